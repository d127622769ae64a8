using System.Diagnostics;
using System.Globalization;
using Rasd.Core.Ingest;
using Rasd.Core.Search;
using Rasd.Core.Text;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Bench;

/// <summary>
/// <c>search-bench PATH...</c>: indexes a corpus (title and body search text, no other stages)
/// into a temporary SQLite FTS5 database and into a Lucene.Net index built with its
/// ArabicAnalyzer, then times typical queries on both: median over runs, index sizes, and the
/// top titles side by side so ranking can be judged by reading.
/// </summary>
internal static class SearchBench
{
    private const int Runs = 21;
    private const int Limit = 20;

    /// <summary>Typical queries: people, places, organisations, topics, a phrase, variants and clitics.</summary>
    private static readonly string[] Queries =
    [
        "الأسد", "لافروف موسكو", "الحوثيين", "خادم الحرمين الشريفين", "أسعار النفط",
        "داعش", "\"محمد بن سلمان\"", "الاتفاق النووي إيران", "فيروس كورونا", "الهلال النصر",
    ];

    public static int Run(string[] paths)
    {
        if (paths.Length == 0)
        {
            Console.Error.WriteLine("usage: search-bench PATH... (e.g. ../shared/data/saudinewsnet)");
            return 2;
        }
        var builder = new DocumentBuilder(IngestRules.LoadDefault());
        var documents = new List<Document>();
        foreach (var item in new ArticleReader().Read(paths))
        {
            if (item.Article is { } article)
            {
                documents.Add(builder.Build(article));
            }
        }
        var dir = Path.Combine(Path.GetTempPath(), $"rasd-search-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            return RunAsync(documents, dir).GetAwaiter().GetResult();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<int> RunAsync(List<Document> documents, string dir)
    {
        var w = Console.Out;
        w.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {documents.Count:N0} documents"));

        var dbPath = Path.Combine(dir, "search.db");
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteStore.OpenAsync(dbPath))
        {
            foreach (var batch in documents.Chunk(512))
            {
                await store.SaveAsync(batch.Select(d => new DocumentRecord(d, SearchText.Build(d.Title), SearchText.Build(d.Body))).ToList(), 1);
            }
        }
        var sqliteIndexing = clock.Elapsed;
        var (total, fts) = SqliteSizes(dbPath);

        clock.Restart();
        using var lucene = LuceneIndex.Build(documents, Path.Combine(dir, "lucene"));
        var luceneIndexing = clock.Elapsed;

        w.WriteLine(Invariant($"indexing: SQLite FTS5 {sqliteIndexing.TotalSeconds:0.0} s (documents table + FTS, one transaction per 512), Lucene.Net {luceneIndexing.TotalSeconds:0.0} s"));
        w.WriteLine(Invariant($"size: SQLite file {total / 1e6:0.0} MB, of which FTS5 index {fts / 1e6:0.0} MB; Lucene index {LuceneIndex.Size(Path.Combine(dir, "lucene")) / 1e6:0.0} MB (no stored fields)"));
        w.WriteLine(Invariant($"queries, median of {Runs} runs, top {Limit}:"));
        w.WriteLine("| query | hits (FTS5) | FTS5 ids ms | FTS5 + snippets ms | hits (Lucene) | Lucene ms | overlap@10 |");
        w.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");

        await using var reader = await SqliteStore.OpenAsync(dbPath);
        var titles = documents.ToDictionary(d => d.DocId, d => d.Title, StringComparer.Ordinal);
        var report = new List<string>();
        foreach (var text in Queries)
        {
            var parsed = SearchQueryParser.Parse(text);
            var count = await CountAsync(reader, parsed);
            var ids = Median(async () => (await reader.SearchAsync(parsed.Clauses.SelectMany(c => c).ToList(), Limit)).Count);
            var full = Median(async () => (await reader.SearchAsync(new SearchQuery(text, Limit: Limit))).Hits.Count);
            var ours = (await reader.SearchAsync(new SearchQuery(text, Limit: Limit))).Hits.Select(h => h.DocId).ToList();
            var theirs = lucene.Search(text, Limit, out var luceneCount);
            var luceneTime = Median(() => Task.FromResult(lucene.Search(text, Limit, out _).Count));
            var overlap = ours.Take(10).Intersect(theirs.Take(10), StringComparer.Ordinal).Count();
            w.WriteLine(Invariant($"| {text} | {count:N0} | {await ids:0.00} | {await full:0.00} | {luceneCount:N0} | {await luceneTime:0.00} | {overlap}/10 |"));
            report.Add($"## {text}");
            for (var i = 0; i < 5; i++)
            {
                report.Add($"  {i + 1}. FTS5: {Title(titles, ours, i)}\n     Lucene: {Title(titles, theirs, i)}");
            }
        }
        w.WriteLine();
        report.ForEach(w.WriteLine);
        return 0;
    }

    private static string Title(Dictionary<string, string> titles, List<string> ids, int i) =>
        i < ids.Count ? $"{ids[i]} {titles[ids[i]][..Math.Min(70, titles[ids[i]].Length)]}" : "-";

    private static async Task<long> CountAsync(SqliteStore store, ParsedQuery query) =>
        (await store.SearchAsync(new SearchQuery(string.Join(' ', query.Clauses.Select(c => c.Count == 1 ? c[0] : $"\"{string.Join(' ', c)}\"")), Limit: 1_000_000))).Hits.Count;

    private static (long Total, long Fts) SqliteSizes(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;";
        command.ExecuteNonQuery();
        var total = new FileInfo(path).Length;
        // The FTS5 index's size: the file shrinks by it when the table goes (on a copy, so the benchmark's database stays whole).
        var copy = path + ".copy";
        File.Copy(path, copy);
        using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            other.Open();
            using var drop = other.CreateCommand();
            drop.CommandText = "DROP TABLE documents_search; VACUUM;";
            drop.ExecuteNonQuery();
        }
        var withoutFts = new FileInfo(copy).Length;
        File.Delete(copy);
        return (total, total - withoutFts);
    }

    private static async Task<double> Median(Func<Task<int>> work)
    {
        await work(); // warm-up: JIT, page cache
        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[Runs / 2];
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
