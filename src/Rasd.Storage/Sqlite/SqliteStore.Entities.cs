using System.Globalization;
using System.Runtime.CompilerServices;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredEntity> ReadEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT e.entity_id, e.type, e.name_en, e.name_ar, e.country, m.doc_id, m.start, m."end", m.text
            FROM entities e JOIN mentions m ON m.entity_id = e.entity_id
            ORDER BY e.entity_id, m.doc_id, m.start
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        StoredEntity? current = null;
        var mentions = new List<StoredMention>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (current is not null && current.EntityId != id)
            {
                yield return current with { Mentions = mentions };
                mentions = [];
            }
            if (current is null || current.EntityId != id)
            {
                current = new StoredEntity(id, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), []);
            }
            mentions.Add(new StoredMention(reader.GetString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetString(8)));
        }
        if (current is not null)
        {
            yield return current with { Mentions = mentions };
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RoleObservation>> RoleObservationsAsync(string role, string country, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT o.person_id, o.person_name, e.name_en, o.role, o.country, o.observed_on, o.doc_id
            FROM role_observations o LEFT JOIN entities e ON e.entity_id = o.person_id
            WHERE o.role = $role AND o.country = $country
            ORDER BY o.observed_on, o.doc_id
            """;
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$country", country);
        var observations = new List<RoleObservation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var on = reader.IsDBNull(5) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            observations.Add(new RoleObservation(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4), on, reader.GetString(6)));
        }
        return observations;
    }
}
