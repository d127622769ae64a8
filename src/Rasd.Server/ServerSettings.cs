namespace Rasd.Server;

/// <summary>How <c>rasd serve</c> was started.</summary>
/// <param name="Urls">Addresses to listen on; loopback unless the user says otherwise.</param>
/// <param name="DatabasePath">The SQLite database file.</param>
/// <param name="ApiKey">Key that write endpoints require; null disables writes.</param>
/// <param name="KnowledgeBaseDirectories">Extra knowledge-base folders, as <c>--kb</c>.</param>
public sealed record ServerSettings(string Urls, string DatabasePath, string? ApiKey, IReadOnlyList<string> KnowledgeBaseDirectories)
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Largest request body accepted, in bytes (an article upload, JSON or a file).</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Header that carries the API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";
}
