using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rasd.Core;
using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;
using Rasd.Core.Recognition.Ner;
using Rasd.Server.Ingest;
using Rasd.Storage.Sqlite;

namespace Rasd.Server.Tests;

/// <summary>
/// The real app on a free loopback port over a fresh database holding the samples and one
/// hostile article, shared by every test (one server, one browser: see <see cref="Browser"/>).
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-5f0c";
    public const string HostileDocId = "hostile-article";

    /// <summary>Script and event-handler payloads that must render as text.</summary>
    public const string HostileText =
        "قال مصدر في دمشق <script>window.__rasdPwned = 'script'</script> إن الرئيس السوري بشار الأسد " +
        "<img src=x onerror=\"window.__rasdPwned = 'img'\"> التقى وزير الخارجية الروسي سيرغي لافروف.\n" +
        "فقرة ثانية فيها </div><b onmouseover=alert(1)>نص</b> & \"علامات\".";

    private readonly string _folder = Directory.CreateTempSubdirectory("rasd-server-tests-").FullName;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public Browser Browser { get; } = new();

    public async Task InitializeAsync()
    {
        var database = Path.Combine(_folder, "rasd.db");
        var knowledge = KnowledgeBaseLoader.LoadDefault();
        var analyzer = Analyzer(knowledge);
        await SeedAsync(database, analyzer);

        var settings = new ServerSettings("http://127.0.0.1:0", database, ApiKey, []) { MaxRequestBytes = 256 * 1024 };
        _app = RasdServer.Build(settings, knowledge, _ => analyzer, logging => logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>The analyser <c>rasd analyze</c> uses: rules, knowledge base and the shipped tagger.</summary>
    private static DocumentAnalyzer Analyzer(KnowledgeBase knowledge)
    {
        var model = RasdData.File(NerTagger.DefaultModelPath);
        var tagger = File.Exists(model) ? NerTagger.Load(model) : null;
        if (tagger is { UsesGazetteer: true })
        {
            tagger = tagger.WithGazetteer(KbGazetteerFeatures.CreateDefault(knowledge));
        }
        return new DocumentAnalyzer(IngestRules.LoadDefault(), knowledge, tagger);
    }

    private static async Task SeedAsync(string database, DocumentAnalyzer analyzer)
    {
        var articles = new ArticleReader().Read([RepositoryFile("samples")]).Select(r => r.Article!).ToList();
        articles.Add(new RawArticle("test:hostile", HostileDocId, HostileText, RawFormat.Json,
            Title: "عنوان <script>window.__rasdPwned = 'title'</script>", Outlet: "Euronews", Published: new GivenDate("2020-12-18", false),
            Url: "javascript:window.__rasdPwned='url'"));
        await using var store = await SqliteStore.OpenAsync(database);
        await new ArticleIngestor(new Lazy<DocumentAnalyzer>(analyzer)).IngestAsync(store, articles, CancellationToken.None);
    }

    /// <summary>A file or folder of the repository (found from the test binary upwards).</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rasd.slnx")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }
        throw new InvalidOperationException("Rasd.slnx not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
