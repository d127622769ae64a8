using Rasd.Core;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Server.Ingest;

/// <summary>What happened to one posted article.</summary>
/// <param name="DocId">The id it is stored under (null when it could not be read).</param>
/// <param name="Status"><c>added</c>, <c>already_stored</c> or <c>failed</c>.</param>
/// <param name="Error">Why it could not be read, for a failure.</param>
public sealed record IngestOutcome(string? DocId, string Status, string? Error = null);

/// <summary>
/// Runs the per-document pipeline on posted articles and stores them, as <c>rasd analyze</c>
/// does for files. The analyser is built on first use: loading the tagger is the slow part of
/// starting, and a read-only server never needs it.
/// </summary>
public sealed class ArticleIngestor(Lazy<DocumentAnalyzer> analyzer)
{
    private readonly ArticleReader _reader = new() { MaxWholeFileBytes = 16L * 1024 * 1024 };

    /// <summary>Analyses and stores the articles; each gets an outcome, in order.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(SqliteStore store, IReadOnlyList<RawArticle> articles, CancellationToken cancellationToken)
    {
        var outcomes = new List<IngestOutcome>(articles.Count);
        foreach (var raw in articles)
        {
            AnalysedDocument analysed;
            try
            {
                analysed = analyzer.Value.Analyze(raw);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // As in `rasd analyze`: a stage that fails on one article costs that article only.
                outcomes.Add(new IngestOutcome(null, "failed", $"internal error while analysing: {e.GetType().Name}"));
                continue;
            }
            var document = analysed.Document;
            var record = DocumentRecords.Of(analysed);
            var saved = await store.SaveAsync([record], AnalysisVersion.Current, cancellationToken);
            var docId = await store.DocIdOfContentAsync(document.ContentHash, cancellationToken) ?? document.DocId;
            outcomes.Add(new IngestOutcome(docId, saved.Added + saved.Reanalysed > 0 ? "added" : "already_stored"));
        }
        return outcomes;
    }

    /// <summary>
    /// Reads an uploaded file with the same readers as <c>rasd analyze</c> (text, HTML, feeds,
    /// JSON, JSONL, zip). The file is written under its own name in a fresh folder, since the
    /// name gives the document id; the folder is removed afterwards.
    /// </summary>
    public (List<RawArticle> Articles, List<IngestFailure> Failures) ReadUpload(string fileName, Stream content)
    {
        var folder = Directory.CreateTempSubdirectory("rasd-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, SafeFileName(fileName));
            using (var file = File.Create(path))
            {
                content.CopyTo(file);
            }
            var articles = new List<RawArticle>();
            var failures = new List<IngestFailure>();
            foreach (var result in _reader.Read([path]))
            {
                if (result.Article is { } article)
                {
                    articles.Add(article with { SourcePath = "upload:" + article.SourcePath[(folder.FullName.Length + 1)..] });
                }
                else if (result.Failure is { } failure)
                {
                    failures.Add(failure with { SourcePath = "upload:" + SafeFileName(fileName) });
                }
            }
            return (articles, failures);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The last path segment, with anything but letters, digits, '.', '-' and '_' replaced.</summary>
    internal static string SafeFileName(string name)
    {
        var last = name.Replace('\\', '/').Split('/')[^1];
        var chars = last.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        var safe = new string(chars).TrimStart('.');
        return safe.Length == 0 ? "upload.txt" : safe[..Math.Min(safe.Length, 120)];
    }
}
