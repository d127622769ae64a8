namespace Rasd.Core;

/// <summary>
/// Where the shipped knowledge and pattern files live. Every binary that references
/// Rasd.Core gets a copy of the repository's <c>data/</c> folder next to it.
/// </summary>
public static class RasdData
{
    /// <summary>The data folder copied next to the running binary.</summary>
    public static string DefaultDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Full path of a shipped data file, e.g. <c>File("ingest/outlets.tsv")</c>.</summary>
    public static string File(string relativePath) => Path.Combine(DefaultDirectory, relativePath);
}
