using System.Globalization;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>The summary table printed after <c>analyze</c>.</summary>
internal static class Report
{
    public static void Summary(IAnsiConsole console, AnalyzeSummary s, string dbPath)
    {
        var table = new Table().Title($"rasd analyze → {Markup.Escape(dbPath)}").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        Row(table, "articles read", s.Read);
        Row(table, "documents added", s.Saved.Added);
        Row(table, "already stored (same content)", s.Saved.AlreadyStored);
        if (s.Saved.Reanalysed > 0)
        {
            Row(table, "re-analysed (older analysis)", s.Saved.Reanalysed);
        }
        if (s.Saved.Renamed > 0)
        {
            Row(table, "ids suffixed (id taken by other content)", s.Saved.Renamed);
        }
        Row(table, "entity mentions (analysed this run)", s.EntityMentions);
        Row(table, "events (analysed this run)", s.Events);
        Row(table, "failures", s.Failures.Count);
        Row(table, "documents in database", s.InDatabase);
        table.Caption(string.Create(CultureInfo.InvariantCulture, $"{s.Elapsed.TotalSeconds:0.0} s"));
        console.Write(table);
    }

    private static void Row(Table table, string label, long value) =>
        table.AddRow(label, value.ToString("N0", CultureInfo.InvariantCulture));
}
