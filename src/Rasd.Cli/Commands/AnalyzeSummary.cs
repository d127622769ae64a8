using Rasd.Core.Ingest;

namespace Rasd.Cli.Commands;

/// <summary>What one <c>analyze</c> run did.</summary>
internal sealed record AnalyzeSummary(
    int Read,
    int Added,
    int AlreadyStored,
    int Renamed,
    long InDatabase,
    IReadOnlyList<IngestFailure> Failures,
    TimeSpan Elapsed);
