using Rasd.Core.Ingest;
using Rasd.Storage;

namespace Rasd.Cli.Commands;

/// <summary>What one <c>analyze</c> run did.</summary>
internal sealed record AnalyzeSummary(
    int Read,
    SaveResult Saved,
    int EntityMentions,
    int Events,
    long InDatabase,
    IReadOnlyList<IngestFailure> Failures,
    TimeSpan Elapsed);
