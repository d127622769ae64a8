using System.Diagnostics;
using Rasd.Core;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary>
/// Streams articles from the inputs through the pipeline into the store. Articles are taken a
/// batch at a time: the batch is analysed in parallel (each article alone; stages are
/// thread-safe) and stored in one transaction, so memory stays bounded however large the corpus.
/// </summary>
internal sealed class AnalyzeRunner(IProgressSink progress, DocumentAnalyzer analyzer)
{
    private const int BatchSize = 256;

    private readonly ArticleReader _reader = new();
    private int _mentions;
    private int _events;

    public async Task<AnalyzeSummary> RunAsync(IReadOnlyList<string> paths, string dbPath, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var failures = new List<IngestFailure>();
        var pending = new List<RawArticle>(BatchSize);
        var read = 0;
        var saved = new SaveResult();

        await using IRasdStore store = await SqliteStore.OpenAsync(dbPath, cancellationToken);

        var files = ArticleReader.ExpandFiles(paths).ToList();
        progress.Start(files.Sum(SizeOf));
        foreach (var file in files)
        {
            foreach (var item in _reader.Read([file]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Failure is { } failure)
                {
                    failures.Add(failure);
                    continue;
                }
                pending.Add(item.Article!);
                read++;
                if (pending.Count == BatchSize)
                {
                    saved += await StoreBatchAsync(store, pending, failures, cancellationToken);
                }
            }
            progress.Advance(SizeOf(file), read);
        }
        saved += await StoreBatchAsync(store, pending, failures, cancellationToken);
        progress.Stop();

        return new AnalyzeSummary(read, saved, _mentions, _events, await store.CountDocumentsAsync(cancellationToken), failures, stopwatch.Elapsed);
    }

    private async Task<SaveResult> StoreBatchAsync(IRasdStore store, List<RawArticle> pending, List<IngestFailure> failures, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return default;
        }
        var records = new DocumentRecord?[pending.Count];
        var errors = new IngestFailure?[pending.Count];
        Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                records[i] = DocumentRecords.Of(analyzer.Analyze(pending[i]));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one stage must not cost the user the rest of the run.
                errors[i] = new IngestFailure(pending[i].SourcePath, $"internal error while analysing: {e.Message}");
            }
        });
        pending.Clear();
        failures.AddRange(errors.OfType<IngestFailure>());
        var stored = records.OfType<DocumentRecord>().ToList();
        _mentions += stored.Sum(r => r.Entities?.Mentions.Count ?? 0);
        _events += stored.Sum(r => r.Events?.Count ?? 0);
        return await store.SaveAsync(stored, AnalysisVersion.Current, cancellationToken);
    }

    private static long SizeOf(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
}
