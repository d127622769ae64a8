using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Rasd.Core.Data;
using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;
using Rasd.Server;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd serve [--urls URL] [--db FILE] [--api-key KEY] [--kb DIR]</c>: the HTTP API and web UI.</summary>
internal static class ServeCommand
{
    public const string ApiKeyVariable = "RASD_API_KEY";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on; loopback by default", DefaultValueFactory = _ => ServerSettings.DefaultUrls };
        var apiKey = new Option<string?>("--api-key") { Description = $"Key that POST /api/articles requires (else ${ApiKeyVariable}); without one, writing is disabled" };
        var database = CommonOptions.Database();
        var kb = CommonOptions.KnowledgeBase();

        var command = new Command("serve", "Serve the JSON API (OpenAPI at /openapi/v1.json) and the Arabic web UI") { urls, database, apiKey, kb };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(database)!;
            KnowledgeBase knowledge;
            try
            {
                // Open once to create or migrate the database and fail early on a bad file.
                await (await SqliteStore.OpenAsync(dbPath, cancellationToken)).DisposeAsync();
                knowledge = KnowledgeBaseLoader.LoadDefault(parse.GetValue(kb) ?? []);
            }
            catch (Exception e) when (e is StoreException or DataFileException)
            {
                await error.WriteLineAsync($"rasd: {e.Message}");
                return 2;
            }
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            var settings = new ServerSettings(parse.GetValue(urls)!, dbPath, string.IsNullOrEmpty(key) ? null : key, parse.GetValue(kb) ?? []);
            await using var app = RasdServer.Build(settings, knowledge, k => new DocumentAnalyzer(IngestRules.LoadDefault(), k, NerModels.Default(k)));
            await app.StartAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"rasd: serving {dbPath} on {string.Join(", ", app.Urls)}{(settings.ApiKey is null ? " (read-only: no API key)" : "")}; Ctrl+C stops");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
