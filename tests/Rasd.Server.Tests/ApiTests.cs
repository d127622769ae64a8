using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Rasd.Server.Tests;

/// <summary>The JSON API against the real app on loopback.</summary>
[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    private const string MekdadArticle = "000_2dadf7ab2ecb22ff";

    private HttpClient Http => server.Http;

    [Fact]
    public async Task Documents_come_a_page_at_a_time_with_the_total()
    {
        var first = await GetJsonAsync("/api/documents?page=1&page_size=2");
        var second = await GetJsonAsync("/api/documents?page=2&page_size=2");

        Assert.True(first.GetProperty("total").GetInt64() >= 6);
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, first.GetProperty("page_size").GetInt32());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(d => d.GetProperty("doc_id").GetString()).ToList();
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/documents?page=0")]
    [InlineData("/api/documents?page_size=1000")]
    [InlineData("/api/entities?type=XYZ")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=x&from=2020-13-01")]
    [InlineData("/api/roles?country=SYR&role=foreign-minister&on=17-12-2020")]
    [InlineData("/api/roles?role=foreign-minister&on=2020-12-17")]
    [InlineData("/api/timeline?pair=سوريا")]
    [InlineData("/api/timeline?from=17-12-2020")]
    [InlineData("/api/timeline?family=consult")]
    [InlineData("/api/timeline?page_size=500")]
    [InlineData("/api/relations?by=year")]
    public async Task Bad_parameters_are_a_400_problem(string path)
    {
        var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        var response = await Http.GetAsync("/api/documents/no-such-document");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-document", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_carries_entities_and_times_whose_offsets_point_at_their_text_in_the_body()
    {
        var doc = await GetJsonAsync($"/api/documents/{MekdadArticle}");
        var body = doc.GetProperty("body").GetString()!;

        Assert.Equal("المقداد: العلاقات بين موسكو ودمشق استراتيجية وسنعززها", doc.GetProperty("title").GetString());
        var entities = doc.GetProperty("entities").EnumerateArray().ToList();
        Assert.Contains(entities, e => e.GetProperty("entity_id").GetString() == "per:faisal-mekdad");
        Assert.Contains(entities, e => e.GetProperty("entity_id").GetString() == "per:sergey-lavrov");
        foreach (var span in entities.Concat(doc.GetProperty("times").EnumerateArray()))
        {
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            Assert.Equal(span.GetProperty("text").GetString(), body[start..end]);
        }
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("boilerplate_removed").ValueKind);
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("quotes").ValueKind);
    }

    [Fact]
    public async Task An_entity_has_its_name_variants_kb_roles_mentions_and_counterparts()
    {
        var mekdad = await GetJsonAsync("/api/entities/per:faisal-mekdad");

        Assert.Equal("Faisal Mekdad", mekdad.GetProperty("name_en").GetString());
        Assert.Contains(mekdad.GetProperty("variants").EnumerateArray(), v => v.GetProperty("text").GetString() == "المقداد");
        Assert.Contains(mekdad.GetProperty("roles").EnumerateArray(), r =>
            r.GetProperty("role").GetString() == "foreign-minister" && r.GetProperty("country").GetString() == "SYR"
            && r.GetProperty("from").GetString() == "2020-11-22" && r.GetProperty("basis").GetString() == "kb");
        Assert.Contains(mekdad.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("doc_id").GetString() == MekdadArticle);
        Assert.Contains(mekdad.GetProperty("counterparts").EnumerateArray(), c => c.GetProperty("entity_id").GetString() == "per:sergey-lavrov");
    }

    [Fact]
    public async Task Entities_are_listed_most_mentioned_first_and_filter_by_type()
    {
        var people = await GetJsonAsync("/api/entities?type=PER&page_size=50");
        var counts = people.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("mentions").GetInt32()).ToList();

        Assert.All(people.GetProperty("items").EnumerateArray(), e => Assert.Equal("PER", e.GetProperty("type").GetString()));
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Searching_al_assad_finds_documents_with_titles()
    {
        var results = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("الأسد"));

        var hits = results.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.GetProperty("title").GetString())));
        // Snippet highlights are offsets into the snippet's text and cover a form of the word.
        var snippet = hits[0].GetProperty("snippet");
        var highlight = snippet.GetProperty("highlights")[0];
        Assert.Contains("أسد", snippet.GetProperty("text").GetString()![highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_role_query_answers_as_rasd_kb_role_does()
    {
        var response = await Http.GetAsync("/api/roles?country=SYR&role=foreign-minister&on=2020-12-17");
        var unknown = await Http.GetStringAsync("/api/roles?country=XXX&role=foreign-minister&on=2020-12-17");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"holder":{"entity_id":"per:faisal-mekdad","name_en":"Faisal Mekdad","name_ar":"فيصل المقداد"},"from":"2020-11-22","to":"2024-12-08","basis":"kb"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal("""{"holder": null}""", unknown);
    }

    [Fact]
    public async Task Posting_without_the_api_key_is_a_401_and_stores_nothing()
    {
        var before = (await GetJsonAsync("/api/documents?page_size=1")).GetProperty("total").GetInt64();

        var response = await Http.PostAsJsonAsync("/api/articles", new { title = "بلا مفتاح", text = "نص لا ينبغي أن يحفظ في قاعدة البيانات." });
        var wrong = await PostAsync(JsonBody(new { text = "نص آخر لا ينبغي حفظه." }), key: "wrong-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(before, (await GetJsonAsync("/api/documents?page_size=1")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Posting_an_article_with_the_key_analyses_and_stores_it()
    {
        var text = "التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو يوم الخميس لبحث العلاقات الثنائية.";

        var response = await PostAsync(JsonBody(new { title = "المقداد يلتقي لافروف", text, published = "2021-03-04", outlet = "Euronews", url = "https://example.org/a" }));
        var again = await PostAsync(JsonBody(new { title = "المقداد يلتقي لافروف", text, published = "2021-03-04", outlet = "Euronews", url = "https://example.org/a" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articles")[0];
        Assert.Equal("added", outcome.GetProperty("status").GetString());
        var docId = outcome.GetProperty("doc_id").GetString()!;
        Assert.Equal($"/api/documents/{docId}", response.Headers.Location?.OriginalString);
        var stored = await GetJsonAsync($"/api/documents/{docId}");
        Assert.Equal("2021-03-04", stored.GetProperty("published").GetString());
        Assert.Contains(stored.GetProperty("entities").EnumerateArray(), e => e.GetProperty("entity_id").GetString() == "per:sergey-lavrov");
        // The event stage ran too: a meeting between the two ministers, its evidence at its offsets.
        var meeting = Assert.Single(stored.GetProperty("events").EnumerateArray());
        var evidence = meeting.GetProperty("evidence");
        Assert.Equal(evidence.GetProperty("text").GetString(),
            stored.GetProperty("body").GetString()![evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        Assert.Equal("already_stored", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articles")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_file_upload_goes_through_the_same_readers_as_rasd_analyze()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("مقال مرفوع\nقال الرئيس الروسي فلاديمير بوتين إن التعاون مع دمشق مستمر."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent { { file, "file", "uploaded-article.txt" } };

        var response = await PostAsync(form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await GetJsonAsync("/api/documents/uploaded-article");
        Assert.Equal("مقال مرفوع", stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_a_413_and_other_media_types_a_415()
    {
        // Expect: 100-continue lets the server refuse before the body is sent (else the refusal races the upload).
        var huge = await PostAsync(JsonBody(new { text = new string('ا', 300 * 1024) }), expectContinue: true);
        var plain = await PostAsync(new StringContent("نص", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_without_a_stack_trace()
    {
        var response = await PostAsync(new StringContent("{\"text\": [1, 2", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var openApi = await GetJsonAsync("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/entities", "/api/search", "/api/roles", "/api/articles" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task Pages_are_served_with_a_script_policy_that_forbids_inline_scripts()
    {
        var response = await Http.GetAsync($"/articles/{MekdadArticle}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("dir=\"rtl\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_has_the_four_clusters_two_documents_report_oldest_first()
    {
        var timeline = await GetJsonAsync("/api/timeline");
        var rows = timeline.GetProperty("clusters").EnumerateArray().ToList();

        var shared = rows.Where(r => r.GetProperty("documents").GetInt32() == 2).ToList();
        Assert.True(shared.Count >= 4, $"{shared.Count} clusters with two documents");
        Assert.Contains(shared, r => Names(r).IsSupersetOf(["Faisal Mekdad", "Sergey Lavrov"]) && r.GetProperty("conflict").GetBoolean());
        Assert.Contains(shared, r => Names(r).Contains("Faisal Mekdad") && Countries(r).Contains("IRN"));
        Assert.Contains(shared, r => Names(r).IsSupersetOf(["Asaad al-Shaibani", "Sergey Lavrov"]));
        Assert.Contains(shared, r => Names(r).IsSupersetOf(["Murhaf Abu Qasra", "Andrey Belousov"]));
        var days = rows.Select(r => r.GetProperty("date").GetString() ?? r.GetProperty("from").GetString()).OfType<string>().ToList();
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
        Assert.Equal(rows.Count, timeline.GetProperty("total").GetInt32());
        var second = await GetJsonAsync("/api/timeline?page=2&page_size=5");
        Assert.Equal(rows[5].GetProperty("cluster_id").GetString(), second.GetProperty("clusters")[0].GetProperty("cluster_id").GetString());
        var c1 = shared.First(r => Names(r).Contains("Sergey Lavrov") && Names(r).Contains("Faisal Mekdad"));
        Assert.Equal("042", c1.GetProperty("cameo").GetString());
        Assert.Equal("Make a visit", c1.GetProperty("cameo_name").GetString());
        Assert.Equal("موسكو", c1.GetProperty("place_ar").GetString());
    }

    [Theory]
    [InlineData("pair=سوريا,Russia")]
    [InlineData("pair=SYR،روسيا")]
    [InlineData("actor=لافروف")]
    public async Task The_timeline_filters_by_actor_or_pair_in_either_language(string query)
    {
        var rows = (await GetJsonAsync("/api/timeline?" + query)).GetProperty("clusters").EnumerateArray().ToList();

        Assert.Contains(rows, r => Names(r).IsSupersetOf(["Faisal Mekdad", "Sergey Lavrov"]));
        Assert.DoesNotContain(rows, r => Names(r).SetEquals(["Faisal Mekdad", "Ayman Safadi"]));
        Assert.All(rows, r => Assert.Contains("RUS", Countries(r)));
    }

    [Fact]
    public async Task The_timeline_filters_by_date_range_and_event_family()
    {
        var december = (await GetJsonAsync("/api/timeline?from=2020-12-01&to=2020-12-31")).GetProperty("clusters").EnumerateArray().ToList();
        var consult = (await GetJsonAsync("/api/timeline?family=04")).GetProperty("clusters").EnumerateArray().ToList();

        Assert.NotEmpty(december);
        Assert.All(december, r => Assert.StartsWith("2020-12", r.GetProperty("date").GetString() ?? r.GetProperty("from").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(consult);
        Assert.Contains(consult, r => r.GetProperty("cameo").GetString() == "042");
        Assert.DoesNotContain(consult, r => r.GetProperty("cameo").GetString()!.StartsWith('1'));
    }

    [Fact]
    public async Task A_cluster_compares_its_documents_with_the_date_conflict_and_framing()
    {
        var id = (await GetJsonAsync("/api/timeline?pair=Mekdad,Lavrov")).GetProperty("clusters").EnumerateArray()
            .First(r => r.GetProperty("documents").GetInt32() == 2).GetProperty("cluster_id").GetString()!;

        var cluster = await GetJsonAsync("/api/clusters/" + Uri.EscapeDataString(id));

        var conflict = Assert.Single(cluster.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("date", conflict.GetProperty("kind").GetString());
        var values = conflict.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("doc_id").GetString()!, v => v.GetProperty("text").GetString()!);
        Assert.Equal("2020-12-17 (اليوم الخميس)", values[MekdadArticle]);
        Assert.Equal("2020-12-18 (يوم الجمعة الماضي)", values["002_b6e17d915fa2deda"]);
        var documents = cluster.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("doc_id").GetString()!);
        Assert.Equal([MekdadArticle, "002_b6e17d915fa2deda"], documents.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(documents["002_b6e17d915fa2deda"].GetProperty("markers").EnumerateArray(),
            m => m.GetProperty("text").GetString() == "نظام الأسد" && m.GetProperty("stance").GetString() == "hostile");
        Assert.Contains(documents[MekdadArticle].GetProperty("markers").EnumerateArray(), m => m.GetProperty("stance").GetString() == "official");
        Assert.True(documents[MekdadArticle].GetProperty("tone").GetDouble() > documents["002_b6e17d915fa2deda"].GetProperty("tone").GetDouble());
        Assert.All(documents.Values, d => Assert.NotEmpty(d.GetProperty("evidence").EnumerateArray()));
        Assert.All(documents.Values, d => Assert.Equal(JsonValueKind.Array, d.GetProperty("leaves_out").ValueKind));
        Assert.NotEmpty(cluster.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_cluster_is_a_404_problem()
    {
        var response = await Http.GetAsync("/api/clusters/cl:no-such");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Syria_russia_relations_weigh_cooperation_and_conflict_per_month_with_their_sources()
    {
        var relations = await GetJsonAsync("/api/relations");
        var weekly = await GetJsonAsync("/api/relations?a=سوريا&b=Russia&by=week");

        Assert.Equal("SYR", relations.GetProperty("a").GetProperty("country").GetString());
        Assert.Equal("روسيا", relations.GetProperty("b").GetProperty("name_ar").GetString());
        var periods = relations.GetProperty("periods").EnumerateArray().ToList();
        var december = periods.Single(p => p.GetProperty("period").GetString() == "2020-12");
        Assert.True(december.GetProperty("cooperation").GetDouble() > 0);
        Assert.Equal(2, december.GetProperty("sources").GetInt32());
        // Months run without gaps, so the chart's axis is time.
        Assert.Equal(periods.Count, periods.Select(p => p.GetProperty("period").GetString()).Distinct().Count());
        Assert.Contains(periods, p => p.GetProperty("conflict").GetDouble() > 0);
        var clusterIds = relations.GetProperty("clusters").EnumerateArray().Select(c => c.GetProperty("cluster_id").GetString()).ToHashSet();
        Assert.All(periods.SelectMany(p => p.GetProperty("cluster_ids").EnumerateArray()), id => Assert.Contains(id.GetString(), clusterIds));
        Assert.Contains(weekly.GetProperty("periods").EnumerateArray(), p => p.GetProperty("period").GetString() == "2020-W51");
        Assert.Equal(clusterIds.Count, weekly.GetProperty("clusters").GetArrayLength());
    }

    private static HashSet<string> Names(JsonElement row) =>
        row.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name_en").GetString()).OfType<string>().ToHashSet();

    private static HashSet<string> Countries(JsonElement row) =>
        row.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("country").GetString()).OfType<string>().ToHashSet();

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static StringContent JsonBody(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string key = ServerFixture.ApiKey, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        request.Headers.ExpectContinue = expectContinue;
        request.Headers.Add("X-Api-Key", key);
        return await Http.SendAsync(request);
    }
}
