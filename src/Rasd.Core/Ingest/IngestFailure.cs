namespace Rasd.Core.Ingest;

/// <summary>
/// A file (or container entry) that could not be read as an article. Expected failures are
/// results, not exceptions: the run goes on and reports them at the end.
/// </summary>
/// <param name="SourcePath">The file or <c>archive.zip!/entry</c> that failed.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record IngestFailure(string SourcePath, string Reason);
