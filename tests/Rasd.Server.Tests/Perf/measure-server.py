#!/usr/bin/env python3
"""Response times of a running `rasd serve`, per endpoint: p50/p95 over varied requests.

One client on one keep-alive connection, requests in sequence (what one analyst clicking
through sees), after a warm-up pass. Usage:
    rasd analyze ../shared/data/saudinewsnet/*.zip --db /tmp/snn.db
    rasd serve --db /tmp/snn.db --urls http://127.0.0.1:5098 &
    python3 tests/Rasd.Server.Tests/Perf/measure-server.py http://127.0.0.1:5098 [N]
"""
import http.client, json, random, statistics, sys, time, urllib.parse

base = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5098")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
random.seed(7)
conn = http.client.HTTPConnection(base.hostname, base.port)

def get(path):
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept": "application/json"})
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200:
        raise SystemExit(f"{path}: {response.status} {body[:200]!r}")
    return elapsed, body

q = urllib.parse.quote
total = json.loads(get("/api/documents?page_size=1")[1])["total"]
doc_ids = [d["doc_id"] for page in random.sample(range(1, total // 100), 5)
           for d in json.loads(get(f"/api/documents?page={page}&page_size=100")[1])["items"]]
entities = [e["entity_id"] for e in json.loads(get("/api/entities?page_size=200")[1])["items"]]
words = ["الأسد", "السعودية", "الملك سلمان", "اليمن", "الحوثي", "إيران", "الاتفاق النووي", "داعش", "سوريا", "روسيا",
         "وزير الخارجية", "الرياض", "مجلس الأمن", "الحج", "النفط", "أمير منطقة", "تركيا", "مصر", "القدس", "الإرهاب"]
roles = [("SYR", "foreign-minister", "2015-07-25"), ("SAU", "head-of-state", "2015-08-01"), ("RUS", "foreign-minister", "2015-07-30"),
         ("IRN", "foreign-minister", "2015-07-22"), ("USA", "head-of-state", "2015-08-05")]

timeline = json.loads(get("/api/timeline")[1])["clusters"]
shared = [c["cluster_id"] for c in timeline if c["documents"] > 1] or [c["cluster_id"] for c in timeline]
clusters = random.sample(shared, min(200, len(shared)))
actors = ["السعودية", "إيران", "اليمن", "روسيا", "Syria", "الملك سلمان", "USA", "مصر", "تركيا", "الحوثي"]

cases = {
    "GET /api/documents (page)": lambda: f"/api/documents?page={random.randint(1, total // 20)}&page_size=20",
    "GET /api/documents/{id}": lambda: "/api/documents/" + q(random.choice(doc_ids)),
    "GET /api/entities (page)": lambda: f"/api/entities?page={random.randint(1, 50)}&page_size=50",
    "GET /api/entities/{id} (top 200)": lambda: "/api/entities/" + q(random.choice(entities), safe=":"),
    "GET /api/search": lambda: "/api/search?q=" + q(random.choice(words)),
    "GET /api/timeline (all clusters)": lambda: "/api/timeline",
    "GET /api/timeline?actor=": lambda: "/api/timeline?actor=" + q(random.choice(actors)),
    "GET /api/clusters/{id}": lambda: "/api/clusters/" + q(random.choice(clusters), safe=":"),
    "GET /api/relations (SYR-RUS)": lambda: "/api/relations?a=SYR&b=RUS",
    "GET /api/roles": lambda: "/api/roles?country=%s&role=%s&on=%s" % random.choice(roles),
    "GET /articles/{id} (page shell)": lambda: "/articles/" + q(random.choice(doc_ids)),
    "GET /rasd.js (static)": lambda: "/rasd.js",
}
print(f"{total} documents; {n} requests per row after {n // 10} warm-up requests")
print("| request | p50 ms | p95 ms | max ms |")
print("|---|---:|---:|---:|")
for name, make in cases.items():
    for _ in range(n // 10):
        get(make())
    times = sorted(get(make())[0] for _ in range(n))
    p = lambda f: times[min(len(times) - 1, int(round(f * (len(times) - 1))))]
    print(f"| {name} | {p(0.5):.1f} | {p(0.95):.1f} | {times[-1]:.1f} |")
