using Microsoft.Extensions.FileProviders;

namespace Rasd.Server.Hosting;

/// <summary>
/// The pages, styles and scripts of the web UI, embedded in this assembly from <c>wwwroot/</c>
/// so that `rasd serve` needs no files beside it and no front-end build.
/// </summary>
internal static class WebAssets
{
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(WebAssets).Assembly, "Rasd.Server.wwwroot");

    /// <summary>Page routes and the page that renders each (the page's script reads its id from the path).</summary>
    public static readonly (string Route, string File)[] Pages =
    [
        ("/", "index.html"),
        ("/documents", "index.html"),
        ("/articles/{id}", "article.html"),
        ("/entities", "entities.html"),
        ("/entities/{*id}", "entity.html"),
        ("/search", "search.html"),
        ("/ingest", "ingest.html"),
        ("/timeline", "timeline.html"),
        ("/clusters/{id}", "cluster.html"),
        ("/relations", "relations.html"),
    ];
}
