using System.Globalization;
using Microsoft.Data.Sqlite;
using Rasd.Core.Events;
using Rasd.Core.Linking;

namespace Rasd.Storage.Sqlite;

/// <summary>
/// Puts a document's new events into clusters, inside the document's transaction: candidates come
/// from the party index (events sharing a person, same family, days within the lag), so the cost
/// of a document depends on how many reports it shares people with, not on the corpus size.
/// </summary>
internal static class ClusterRows
{
    public static async Task AssignAsync(SqliteConnection connection, SqliteTransaction transaction, string docId, IReadOnlyList<ExtractedEvent> events, CancellationToken cancellationToken)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] with { EventId = $"{docId}:e{i + 1}", DocId = docId };
            var member = await ToMemberAsync(connection, transaction, e, cancellationToken);
            var candidates = await CandidatesAsync(connection, transaction, member, cancellationToken);
            var cluster = EventClusterer.ClusterFor(member, candidates) ?? $"cl:{e.EventId}";
            await ExecuteAsync(connection, transaction, """
                INSERT OR REPLACE INTO event_cluster_members (event_id, doc_id, cluster_id, root, date_from, date_to, place_country)
                VALUES ($event, $doc, $cluster, $root, $from, $to, $place)
                """, cancellationToken, ("$event", e.EventId), ("$doc", docId), ("$cluster", cluster), ("$root", member.Root),
                ("$from", Iso(member.From)), ("$to", Iso(member.To)), ("$place", member.PlaceCountry));
            foreach (var party in member.Parties)
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO event_cluster_parties (event_id, entity_id, country, is_person) VALUES ($event, $entity, $country, $person)",
                    cancellationToken, ("$event", e.EventId), ("$entity", party.EntityId), ("$country", party.Country), ("$person", party.IsPerson ? 1 : 0));
            }
            await ExecuteAsync(connection, transaction, "UPDATE events SET cluster_id = $cluster WHERE event_id = $event",
                cancellationToken, ("$cluster", cluster), ("$event", e.EventId));
        }
    }

    private static async Task<ClusterMember> ToMemberAsync(SqliteConnection connection, SqliteTransaction transaction, ExtractedEvent e, CancellationToken cancellationToken)
    {
        var parties = e.Participants.Append(e.Source).Concat(e.Target is null ? [] : [e.Target])
            .DistinctBy(p => p.EntityId).Select(p => new Party(p.EntityId, p.Country, p.IsPerson)).ToList();
        var (from, to) = Days(e);
        if (from is null)
        {
            // An event the text does not date happened around the document's date (or range).
            await using var published = Command(connection, transaction,
                "SELECT coalesce(published, published_from), coalesce(published, published_to) FROM documents WHERE doc_id = $doc", ("$doc", e.DocId));
            await using var reader = await published.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (from, to) = (Day(Text(reader, 0)), Day(Text(reader, 1)));
            }
        }
        string? place = null;
        if (e.Location is { } location)
        {
            await using var command = Command(connection, transaction, "SELECT country FROM entities WHERE entity_id = $id", ("$id", location.EntityId));
            place = await command.ExecuteScalarAsync(cancellationToken) as string;
        }
        return new ClusterMember(e.EventId, e.DocId, e.Root, parties, from, to, place);
    }

    /// <summary>Every member of every cluster that has a candidate: a report sharing a person, of the same family, days within the lag.</summary>
    private static async Task<List<(string ClusterId, ClusterMember Member)>> CandidatesAsync(
        SqliteConnection connection, SqliteTransaction transaction, ClusterMember member, CancellationToken cancellationToken)
    {
        var people = member.Parties.Where(p => p.IsPerson).Select(p => p.EntityId).ToList();
        if (people.Count == 0 || member.From is not { } from || member.To is not { } to)
        {
            return [];
        }
        var clusters = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = Command(connection, transaction, $"""
            SELECT DISTINCT m.cluster_id FROM event_cluster_parties p JOIN event_cluster_members m ON m.event_id = p.event_id
            WHERE p.entity_id IN ({string.Join(", ", people.Select((_, i) => $"$p{i}"))}) AND m.root = $root AND m.doc_id <> $doc
              AND m.date_from <= $to AND m.date_to >= $from
            """, [("$root", member.Root), ("$doc", member.DocId), ("$from", Iso(from.AddDays(-ClusterRules.LagDays))),
                ("$to", Iso(to.AddDays(ClusterRules.LagDays))), .. people.Select((id, i) => ($"$p{i}", (object?)id))]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                clusters.Add(reader.GetString(0));
            }
        }
        var members = new List<(string, ClusterMember)>();
        foreach (var cluster in clusters)
        {
            members.AddRange(await MembersAsync(connection, transaction, cluster, cancellationToken));
        }
        return members;
    }

    private static async Task<List<(string, ClusterMember)>> MembersAsync(SqliteConnection connection, SqliteTransaction transaction, string cluster, CancellationToken cancellationToken)
    {
        var rows = new List<(string Event, string Doc, string Root, string? From, string? To, string? Place)>();
        await using (var command = Command(connection, transaction,
            "SELECT event_id, doc_id, root, date_from, date_to, place_country FROM event_cluster_members WHERE cluster_id = $cluster", ("$cluster", cluster)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
            }
        }
        var members = new List<(string, ClusterMember)>();
        foreach (var row in rows)
        {
            var parties = new List<Party>();
            await using var command = Command(connection, transaction, "SELECT entity_id, country, is_person FROM event_cluster_parties WHERE event_id = $event", ("$event", row.Event));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                parties.Add(new Party(reader.GetString(0), Text(reader, 1), reader.GetInt64(2) == 1));
            }
            members.Add((cluster, new ClusterMember(row.Event, row.Doc, row.Root, parties, Day(row.From), Day(row.To), row.Place)));
        }
        return members;
    }

    /// <summary>The days an event may fall on: its date (a month or year covers all its days), else its range.</summary>
    internal static (DateOnly? From, DateOnly? To) Days(ExtractedEvent e)
    {
        if (e.Date is { Length: 10 } day)
        {
            var d = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (d, d);
        }
        if (e.Date is { Length: 7 } month)
        {
            var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (first, first.AddMonths(1).AddDays(-1));
        }
        return e.DateRange is { } range ? (range.From, range.To) : (null, null);
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
