using System.Globalization;
using System.Runtime.CompilerServices;
using Rasd.Core.Events;
using Rasd.Core.Linking;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private static readonly Lazy<ConflictFinder> Conflicts = new(ConflictFinder.CreateDefault);

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCluster> ReadClustersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT m.cluster_id, e.data, e.cluster_id, d.doc_id, d.outlet_name_en, d.outlet_name_ar, m.date_from, m.date_to
            FROM event_cluster_members m
            JOIN events e ON e.event_id = m.event_id
            JOIN documents d ON d.doc_id = m.doc_id
            ORDER BY m.cluster_id, d.doc_id, e.ordinal
            """;
        var rows = new List<(ExtractedEvent Event, string? OutletEn, string? OutletAr, DateOnly? From, DateOnly? To)>();
        string? current = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var cluster = reader.GetString(0);
            if (current is not null && cluster != current)
            {
                yield return await ClusterAsync(current, rows, cancellationToken);
                rows = [];
            }
            current = cluster;
            var e = EventRows.Read(reader.GetString(1)) with { ClusterId = cluster };
            rows.Add((e, Nullable(reader, 4), Nullable(reader, 5), Day(Nullable(reader, 6)), Day(Nullable(reader, 7))));
        }
        if (current is not null)
        {
            yield return await ClusterAsync(current, rows, cancellationToken);
        }
    }

    private async Task<StoredCluster> ClusterAsync(string id, List<(ExtractedEvent Event, string? OutletEn, string? OutletAr, DateOnly? From, DateOnly? To)> rows, CancellationToken cancellationToken)
    {
        var reports = new List<ClusterReport>();
        foreach (var (e, outletEn, outletAr, _, _) in rows)
        {
            var day = e.Date is { Length: 10 } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            reports.Add(new ClusterReport(e.EventId, e.DocId, outletEn ?? outletAr, day, day is null ? null : await DateTextAsync(e, cancellationToken),
                e.Location?.NameAr, e.Mentions.Select(m => m.Text).ToList()));
        }
        var days = reports.Where(r => r.Date is not null).Select(r => r.Date!.Value).Distinct().ToList();
        var froms = rows.Where(r => r.From is not null).Select(r => r.From!.Value).ToList();
        var tos = rows.Where(r => r.To is not null).Select(r => r.To!.Value).ToList();
        var outlets = rows.Where(r => r.OutletEn is not null || r.OutletAr is not null).Select(r => (r.OutletEn, r.OutletAr)).Distinct().ToList();
        return new StoredCluster(id, rows.Select(r => r.Event).ToList(), rows.Select(r => r.Event.DocId).Distinct(StringComparer.Ordinal).ToList(),
            outlets, days.Count == 1 ? days[0] : null, froms.Count > 0 ? froms.Min() : null, tos.Count > 0 ? tos.Max() : null,
            Conflicts.Value.Find(reports));
    }

    /// <summary>How the text states an event's date: the time expression in its evidence that resolved to that day.</summary>
    private async Task<string?> DateTextAsync(ExtractedEvent e, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT text FROM time_expressions
            WHERE doc_id = $doc AND value = $day AND start >= $start AND "end" <= $end
            ORDER BY start LIMIT 1
            """;
        command.Parameters.AddWithValue("$doc", e.DocId);
        command.Parameters.AddWithValue("$day", e.Date);
        var first = e.Mentions.Count > 0 ? e.Mentions : [e.Evidence];
        command.Parameters.AddWithValue("$start", first.Min(m => m.Start));
        command.Parameters.AddWithValue("$end", first.Max(m => m.End));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string? Nullable(Microsoft.Data.Sqlite.SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
