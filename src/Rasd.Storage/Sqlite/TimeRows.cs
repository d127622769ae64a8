using System.Globalization;
using Rasd.Core.Pipeline;

namespace Rasd.Storage.Sqlite;

/// <summary>Writes a document's time expressions.</summary>
internal static class TimeRows
{
    public static async Task InsertAsync(SaveCommands c, string docId, IReadOnlyList<ResolvedTime> times, CancellationToken cancellationToken)
    {
        foreach (var (expression, value) in times)
        {
            await SaveCommands.ExecuteAsync(c.InsertTime, cancellationToken,
                ("$doc", docId), ("$start", expression.Span.Start), ("$end", expression.Span.End), ("$text", expression.Text),
                ("$type", expression.Type.ToString().ToUpperInvariant()), ("$value", value?.Value),
                ("$from", Iso(value?.From)), ("$to", Iso(value?.To)), ("$granularity", value?.Granularity), ("$note", value?.Note));
        }
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
