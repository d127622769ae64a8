using System.CommandLine;
using System.Globalization;
using Rasd.Core.Events;
using Rasd.Core.Framing;
using Rasd.Core.Linking;
using Rasd.Storage;
using Rasd.Storage.Sqlite;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd compare CLUSTER_ID</c>: the outlets that reported one event side by side — how each dates
/// and places it, whom it names and how (framing markers), its tone, what it leaves out that
/// others report, and where they disagree.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var clusterId = new Argument<string>("cluster") { Description = "A cluster id from `rasd timeline` or `rasd export clusters`" };
        var database = CommonOptions.Database();
        var command = new Command("compare", "Compare how outlets reported one event") { clusterId, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!File.Exists(parse.GetValue(database)))
            {
                await error.WriteLineAsync($"rasd: {parse.GetValue(database)}: no such database; run 'rasd analyze' first");
                return 2;
            }
            await using var store = await SqliteStore.OpenAsync(parse.GetValue(database)!, cancellationToken);
            StoredCluster? cluster = null;
            await foreach (var c in store.ReadClustersAsync(cancellationToken))
            {
                if (c.ClusterId == parse.GetValue(clusterId))
                {
                    cluster = c;
                    break;
                }
            }
            if (cluster is null)
            {
                await error.WriteLineAsync($"rasd: no cluster '{parse.GetValue(clusterId)}'");
                return 1;
            }
            var columns = new List<OutletColumn>();
            foreach (var docId in cluster.DocIds)
            {
                var document = await store.ReadDocumentAsync(docId, cancellationToken);
                var framing = await store.ReadFramingAsync(docId, cancellationToken);
                columns.Add(OutletColumn.Of(docId, document?.Outlet?.NameEn ?? document?.Outlet?.NameAr, cluster.Events.Where(e => e.DocId == docId).ToList(), framing));
            }
            Write(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) }), cluster, columns);
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, StoredCluster cluster, List<OutletColumn> columns)
    {
        if (Console.IsOutputRedirected || console.Profile.Width < 120)
        {
            console.Profile.Width = 220;
        }
        console.MarkupLine($"[bold]{Markup.Escape(cluster.ClusterId)}[/]: {cluster.Events.Count} report(s) in {cluster.DocIds.Count} document(s)");
        foreach (var conflict in cluster.Conflicts)
        {
            var values = string.Join("  |  ", conflict.Values.Select(v => $"{v.Key}: {v.Value}"));
            console.MarkupLine($"[red]conflict ({Markup.Escape(conflict.Kind)}{Markup.Escape(conflict.Subject is null ? "" : " " + conflict.Subject)})[/]: {Markup.Escape(values)}");
        }
        var table = new Table().AddColumn("");
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape($"{column.DocId}\n{column.Outlet ?? "(outlet unknown)"}"));
        }
        var allParties = columns.SelectMany(c => c.Parties).Distinct(StringComparer.Ordinal).ToList();
        var allPlaces = columns.SelectMany(c => c.Places).Distinct(StringComparer.Ordinal).ToList();
        Row(table, "date as written", columns.Select(c => c.Dates));
        Row(table, "place", columns.Select(c => string.Join("، ", c.Places)));
        Row(table, "who is named", columns.Select(c => string.Join("، ", c.Parties)));
        Row(table, "leaves out", columns.Select(c => string.Join("، ", allParties.Except(c.Parties).Concat(allPlaces.Except(c.Places)))));
        Row(table, "framing", columns.Select(c => c.Markers));
        Row(table, "tone", columns.Select(c => c.Tone));
        Row(table, "evidence", columns.Select(c => c.Evidence));
        console.Write(table);
    }

    private static void Row(Table table, string label, IEnumerable<string> cells) =>
        table.AddRow([Markup.Escape(label), .. cells.Select(Markup.Escape)]);
}

/// <summary>One document's report of a cluster, as the comparison shows it.</summary>
internal sealed record OutletColumn(string DocId, string? Outlet, IReadOnlyList<string> Parties, IReadOnlyList<string> Places, string Dates, string Markers, string Tone, string Evidence)
{
    public static OutletColumn Of(string docId, string? outlet, IReadOnlyList<ExtractedEvent> events, DocumentFraming? framing)
    {
        var parties = events.SelectMany(ActorFilter.Parties).Select(p => p.NameAr).Distinct(StringComparer.Ordinal).ToList();
        var places = events.Select(e => e.Location?.NameAr).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var dates = string.Join("، ", events.Select(e => e.Date ?? (e.DateRange is { } r ? $"{Iso(r.From)} – {Iso(r.To)}" : "—")).Distinct(StringComparer.Ordinal));
        var markers = framing is null ? "—" : string.Join("\n", framing.Markers.Select(m => $"«{m.Text}» ({m.Stance})").Distinct(StringComparer.Ordinal).Take(12));
        var tone = framing is null ? "—" : framing.Tone.Score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
        var evidence = string.Join("\n", events.SelectMany(e => e.Mentions).Select(m => m.Text).Distinct(StringComparer.Ordinal).Take(3));
        return new OutletColumn(docId, outlet, parties, places, dates, markers, tone, evidence);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
