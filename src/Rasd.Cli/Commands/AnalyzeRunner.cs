using System.Diagnostics;
using Rasd.Core.Ingest;
using Rasd.Core.Text;
using Rasd.Storage;
using Rasd.Storage.Sqlite;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>
/// Streams articles from the inputs through the pipeline into the store, a batch per
/// transaction, so memory stays bounded however large the corpus.
/// </summary>
internal sealed class AnalyzeRunner(IAnsiConsole console)
{
    private const int BatchSize = 256;

    public async Task<AnalyzeSummary> RunAsync(IReadOnlyList<string> paths, string dbPath, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var builder = new DocumentBuilder(IngestRules.LoadDefault());
        var reader = new ArticleReader();
        var failures = new List<IngestFailure>();
        var batch = new List<DocumentRecord>(BatchSize);
        int read = 0;
        var saved = new SaveResult();

        await using var store = await SqliteStore.OpenAsync(dbPath, cancellationToken);

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var result = await store.SaveAsync(batch, cancellationToken);
            saved = new SaveResult(saved.Added + result.Added, saved.AlreadyStored + result.AlreadyStored, saved.Renamed + result.Renamed);
            batch.Clear();
        }

        foreach (var item in reader.Read(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Failure is { } failure)
            {
                failures.Add(failure);
                continue;
            }

            var article = item.Article!;
            read++;
            try
            {
                var document = builder.Build(article);
                batch.Add(new DocumentRecord(document, SearchText.Build(document.Title), SearchText.Build(document.Body)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one stage must not cost the user the rest of the run.
                failures.Add(new IngestFailure(article.SourcePath, $"internal error while analysing: {e.Message}"));
                continue;
            }

            if (batch.Count == BatchSize)
            {
                await FlushAsync();
                if (read % (BatchSize * 8) == 0)
                {
                    console.MarkupLine($"[grey]{read:N0} articles…[/]");
                }
            }
        }
        await FlushAsync();

        return new AnalyzeSummary(read, saved.Added, saved.AlreadyStored, saved.Renamed,
            await store.CountDocumentsAsync(cancellationToken), failures, stopwatch.Elapsed);
    }
}
