using System.CommandLine;
using System.Globalization;
using Rasd.Core;
using Rasd.Core.Events;
using Rasd.Core.Knowledge;
using Rasd.Core.Linking;
using Rasd.Storage;
using Rasd.Storage.Sqlite;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd timeline [--actor NAME] [--pair NAME NAME] [--from DATE] [--to DATE]</c>: one row per event
/// cluster — date, event type, participants, place, how many documents and outlets reported it.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor (Arabic or English name, entity id or country code)" };
        var pair = new Option<string[]>("--pair") { Description = "Only events between two actors: --pair سوريا Russia", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD" };
        var database = CommonOptions.Database();
        var command = new Command("timeline", "Event clusters over time, one row per real event") { actor, pair, from, to, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!IsoDay.TryParseOptional(parse.GetValue(from), out var first) || !IsoDay.TryParseOptional(parse.GetValue(to), out var last))
            {
                await error.WriteLineAsync("rasd: --from and --to take YYYY-MM-DD");
                return 2;
            }
            if (!File.Exists(parse.GetValue(database)))
            {
                await error.WriteLineAsync($"rasd: {parse.GetValue(database)}: no such database; run 'rasd analyze' first");
                return 2;
            }
            var kb = KnowledgeBaseLoader.LoadDefault();
            var filters = new List<ActorFilter>();
            if (parse.GetValue(actor) is { } name)
            {
                filters.Add(ActorFilter.For(name, kb));
            }
            if (parse.GetValue(pair) is { Length: 2 } names)
            {
                filters.AddRange(names.Select(n => ActorFilter.For(n, kb)));
            }
            var codebook = CameoCodebook.Load(RasdData.File("events/cameo-codes.tsv"));
            await using var store = await SqliteStore.OpenAsync(parse.GetValue(database)!, cancellationToken);
            var rows = new List<TimelineRow>();
            await foreach (var cluster in store.ReadClustersAsync(cancellationToken))
            {
                // A pair needs both sides in one event, each played by a different party.
                if (TimelineRow.Of(cluster, codebook) is { } row && cluster.Events.Any(e => ActorFilter.MatchesAll(e, filters)) && row.Within(first, last))
                {
                    rows.Add(row);
                }
            }
            rows.Sort((a, b) => Nullable.Compare(a.Sort, b.Sort));
            Write(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) }), rows);
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, List<TimelineRow> rows)
    {
        // Piped output has no terminal width; give the table room rather than wrap every cell.
        if (Console.IsOutputRedirected || console.Profile.Width < 120)
        {
            console.Profile.Width = 200;
        }
        var table = new Table().AddColumns("date", "event", "participants", "place", "docs", "outlets", "cluster");
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.When), Markup.Escape(r.Type), Markup.Escape(r.Participants), Markup.Escape(r.Place ?? ""),
                r.Documents.ToString(CultureInfo.InvariantCulture), r.Outlets.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.ClusterId));
        }
        table.Caption($"{rows.Count} event(s)");
        console.Write(table);
    }

}

/// <summary>One timeline row: a cluster as a reader scans it.</summary>
internal sealed record TimelineRow(string ClusterId, string When, DateOnly? Sort, DateOnly? From, DateOnly? To, string Type, string Participants, string? Place, int Documents, int Outlets)
{
    public static TimelineRow? Of(StoredCluster cluster, CameoCodebook codebook)
    {
        var first = cluster.Events[0];
        var type = codebook.Codes.TryGetValue(first.Cameo, out var code) ? $"{first.Cameo} {code.NameEn}" : first.Cameo;
        var parties = cluster.Events.SelectMany(ActorFilter.Parties).DistinctBy(p => p.EntityId).Select(p => p.NameEn ?? p.NameAr);
        var when = cluster.Date is { } day ? Iso(day)
            : cluster.From is { } from && cluster.To is { } to ? (from == to ? Iso(from) : $"{Iso(from)} – {Iso(to)}") : "?";
        if (cluster.Conflicts.Any(c => c.Kind == "date"))
        {
            when += " (conflict)";
        }
        return new TimelineRow(cluster.ClusterId, when, cluster.Date ?? cluster.From, cluster.From, cluster.To, type, string.Join(", ", parties),
            cluster.Events.Select(e => e.Location?.NameEn ?? e.Location?.NameAr).FirstOrDefault(p => p is not null),
            cluster.DocIds.Count, cluster.Outlets.Count);
    }

    public bool Within(DateOnly? first, DateOnly? last) =>
        (first is null || To is null || To >= first) && (last is null || From is null || From <= last);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
