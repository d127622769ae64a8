using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;
using Rasd.Server.Api;
using Rasd.Server.Hosting;
using Rasd.Server.Ingest;

namespace Rasd.Server;

/// <summary>
/// The HTTP API and web UI over a Rasd database, on Kestrel. Build it, then run it
/// (<c>rasd serve</c>) or start it on a free loopback port (tests).
/// </summary>
public static class RasdServer
{
    /// <summary>
    /// Builds the application. <paramref name="analyzer"/> makes the pipeline that posted
    /// articles go through; it is called on the first post only.
    /// </summary>
    public static WebApplication Build(ServerSettings settings, KnowledgeBase knowledge, Func<KnowledgeBase, DocumentAnalyzer> analyzer,
        Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes;
        });
        // One line per request is noise at a terminal; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        logging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = settings.MaxRequestBytes);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Arabic stays readable in the JSON; HTML-significant characters are still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Rasd API";
            document.Info.Description = "Arabic news event intelligence: documents, entities, event clusters, timeline, relations, search, roles and article ingest.";
            return Task.CompletedTask;
        }));
        services.AddSingleton(knowledge);
        services.AddSingleton(new StorePool(settings.DatabasePath));
        services.AddSingleton<EntityRanking>();
        services.AddSingleton<ClusterCache>();
        services.AddSingleton(new ArticleIngestor(new Lazy<DocumentAnalyzer>(() => analyzer(knowledge))));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = WebAssets.Files });

        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api").WithTags("Rasd");
        DocumentEndpoints.Map(api);
        EntityEndpoints.Map(api);
        SearchEndpoints.Map(api);
        RoleEndpoints.Map(api);
        ClusterEndpoints.Map(api);
        IngestEndpoints.Map(api, new ApiKeyFilter(settings.ApiKey));

        foreach (var (route, file) in WebAssets.Pages)
        {
            app.MapGet(route, () => Results.Stream(WebAssets.Files.GetFileInfo(file).CreateReadStream(), "text/html; charset=utf-8"))
                .ExcludeFromDescription();
        }
        return app;
    }

    /// <summary>Bad requests the server detects while reading a body (too large, malformed) keep their status; anything else is a 500 without details.</summary>
    private static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
