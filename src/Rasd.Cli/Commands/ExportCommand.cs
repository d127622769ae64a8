using System.CommandLine;
using Rasd.Cli.Export;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd export KIND [--db FILE] [--format jsonl|csv]</c>: stored results to standard output.</summary>
internal static class ExportCommand
{
    // Kinds that later pipeline stages fill (entities, events, quotes, clusters) join this list
    // with their stage; until then asking for them is an error rather than a silent empty export.
    private static readonly string[] Kinds = ["documents", "entities", "times", "events", "quotes", "clusters"];

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to export: " + string.Join(", ", Kinds) };
        kind.AcceptOnlyFromAmong(Kinds);
        var database = CommonOptions.Database();
        var format = new Option<string>("--format") { Description = "jsonl (default) or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");

        var command = new Command("export", "Write stored results to standard output") { kind, database, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(database)!;
            if (!File.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"rasd: {path}: no such database; run 'rasd analyze' first");
                return 1;
            }

            await using var store = await SqliteStore.OpenAsync(path, cancellationToken);
            var csv = parse.GetValue(format) == "csv";
            if (parse.GetValue(kind) == "entities")
            {
                await ExportEntitiesAsync(store, output, csv, cancellationToken);
            }
            else if (parse.GetValue(kind) == "quotes")
            {
                await QuoteExport.WriteAsync(store, output, csv, cancellationToken);
            }
            else if (parse.GetValue(kind) == "clusters")
            {
                await ClusterExport.WriteAsync(store, output, csv, cancellationToken);
            }
            else if (parse.GetValue(kind) == "events")
            {
                await EventExport.WriteAsync(store, output, csv, cancellationToken);
            }
            else if (parse.GetValue(kind) == "times")
            {
                await TimeExport.WriteAsync(store, output, csv, cancellationToken);
            }
            else
            {
                IDocumentWriter writer = csv ? new DocumentCsvWriter(output) : new DocumentJsonlWriter(output);
                await foreach (var document in store.ReadDocumentsAsync(cancellationToken))
                {
                    await writer.WriteAsync(document);
                }
            }
            await output.FlushAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task ExportEntitiesAsync(IRasdStore store, TextWriter output, bool csv, CancellationToken cancellationToken)
    {
        var jsonl = new EntityJsonlWriter(output);
        if (csv)
        {
            await output.WriteAsync("entity_id,type,name_en,name_ar,aliases_ar,mentions,doc_ids\r\n");
        }
        await foreach (var entity in store.ReadEntitiesAsync(cancellationToken))
        {
            if (!csv)
            {
                await jsonl.WriteAsync(entity);
                continue;
            }
            string?[] row =
            [
                entity.EntityId, entity.Type, entity.NameEn, entity.NameAr, string.Join('|', EntityJsonlWriter.Aliases(entity)),
                entity.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join('|', entity.Mentions.Select(m => m.DocId).Distinct(StringComparer.Ordinal)),
            ];
            await output.WriteAsync(string.Join(',', row.Select(DocumentCsvWriter.Escape)) + "\r\n");
        }
    }
}
