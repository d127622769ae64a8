using Rasd.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rasd.Core.Search;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd search QUERY [--from] [--to] [--outlet] [--entity] [--limit] [--db] [--format]</c>:
/// ranked full-text search with highlighted snippets (see docs/search.md).
/// </summary>
internal static class SearchCommand
{

    public static Command Create()
    {
        var text = new Argument<string>("query") { Description = "Words that must all occur (any spelling variant or clitic form); \"a phrase\" in double quotes" };
        var from = new Option<string?>("--from") { Description = "Published on or after this day, YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Published on or before this day, YYYY-MM-DD" };
        var outlet = new Option<string?>("--outlet") { Description = "Only this outlet (id, English or Arabic name)" };
        var entity = new Option<string?>("--entity") { Description = "Only documents that mention this entity (id, English or Arabic name, or as the texts write it)" };
        var limit = new Option<int>("--limit") { Description = "At most this many hits (default 20)", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "text (default) or jsonl", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var database = CommonOptions.Database();

        var command = new Command("search", "Search stored documents, best match first, with highlighted snippets")
        {
            text, from, to, outlet, entity, limit, database, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var output = parse.InvocationConfiguration.Output;
            if (!IsoDay.TryParseOptional(parse.GetValue(from), out var fromDay) || !IsoDay.TryParseOptional(parse.GetValue(to), out var toDay))
            {
                await error.WriteLineAsync("rasd: --from and --to take a day as YYYY-MM-DD");
                return 2;
            }
            var path = parse.GetValue(database)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"rasd: {path}: no such database; run 'rasd analyze' first");
                return 2;
            }

            await using var store = await SqliteStore.OpenAsync(path, cancellationToken);
            var query = new SearchQuery(parse.GetValue(text)!, fromDay, toDay, parse.GetValue(outlet), parse.GetValue(entity), parse.GetValue(limit));
            var results = await store.SearchAsync(query, cancellationToken);
            foreach (var problem in results.Unresolved)
            {
                await error.WriteLineAsync($"rasd: no {problem} in {path}");
            }
            if (parse.GetValue(format) == "jsonl")
            {
                await WriteJsonlAsync(output, results.Hits);
            }
            else
            {
                await WriteTextAsync(output, results.Hits, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
            }
            await output.FlushAsync(cancellationToken);
            return results.Unresolved.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, IReadOnlyList<SearchResult> hits, bool terminal)
    {
        // On a terminal matches are bold yellow; in a file or pipe they are wrapped in [ ].
        var (open, close) = terminal ? ("\u001b[1;33m", "\u001b[0m") : ("[", "]");
        var rank = 0;
        foreach (var hit in hits)
        {
            rank++;
            var outlet = hit.OutletNameAr ?? hit.OutletNameEn ?? "-";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{rank}. {hit.DocId}  {hit.Published ?? "-"}  {outlet}  score {hit.Score:0.###}"));
            var title = new Snippet(new Core.TextSpan(0, hit.Title.Length), hit.Title, hit.TitleHighlights, false, false);
            await output.WriteLineAsync("   " + title.Mark(open, close));
            await output.WriteLineAsync("   " + hit.Snippet.Mark(open, close).ReplaceLineEndings(" "));
        }
        if (rank == 0)
        {
            await output.WriteLineAsync("no documents found");
        }
    }

    private static async Task WriteJsonlAsync(TextWriter output, IReadOnlyList<SearchResult> hits)
    {
        var lines = new Export.JsonlLines(output);
        foreach (var hit in hits)
        {
            await lines.WriteAsync(json =>
            {
                json.WriteStartObject();
                json.WriteString("doc_id", hit.DocId);
                json.WriteNumber("score", Math.Round(hit.Score, 4));
                json.WriteString("title", hit.Title);
                if (hit.OutletNameEn is null && hit.OutletNameAr is null)
                {
                    json.WriteNull("outlet");
                }
                else
                {
                    json.WriteStartObject("outlet");
                    json.WriteString("name_en", hit.OutletNameEn);
                    json.WriteString("name_ar", hit.OutletNameAr);
                    json.WriteEndObject();
                }
                json.WriteString("published", hit.Published);
                json.WriteString("snippet", hit.Snippet.Text);
                json.WriteNumber("snippet_start", hit.Snippet.Range.Start);
                json.WriteNumber("snippet_end", hit.Snippet.Range.End);
                WriteSpans(json, "highlights", hit.Snippet.Highlights);
                WriteSpans(json, "title_highlights", hit.TitleHighlights);
                json.WriteEndObject();
            });
        }
    }

    // Offsets into the snippet (or title) text; end is exclusive.
    private static void WriteSpans(Utf8JsonWriter json, string name, IReadOnlyList<Core.TextSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
