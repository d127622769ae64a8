using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Rasd.Storage.Sqlite;

// Reads about entities: lists, one entity with its mentions, its counterparts, the roles the texts state.
public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<EntitySummary>> ListEntitiesAsync(int offset, int limit, string? type, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT e.entity_id, e.type, e.name_en, e.name_ar, e.country, count(*), count(DISTINCT m.doc_id)
            FROM entities e JOIN mentions m ON m.entity_id = e.entity_id
            WHERE $type IS NULL OR e.type = $type
            GROUP BY e.entity_id ORDER BY count(*) DESC, e.entity_id LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$type", type is null ? DBNull.Value : type);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var entities = new List<EntitySummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entities.Add(ReadEntitySummary(reader));
        }
        return entities;
    }

    /// <inheritdoc/>
    public async Task<long> CountEntitiesAsync(string? type, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entities WHERE $type IS NULL OR type = $type";
        command.Parameters.AddWithValue("$type", type is null ? DBNull.Value : type);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc/>
    public async Task<EntityDetail?> ReadEntityAsync(string entityId, int mentionLimit, CancellationToken cancellationToken = default)
    {
        EntitySummary summary;
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT e.entity_id, e.type, e.name_en, e.name_ar, e.country,
                       (SELECT count(*) FROM mentions m WHERE m.entity_id = e.entity_id),
                       (SELECT count(DISTINCT m.doc_id) FROM mentions m WHERE m.entity_id = e.entity_id)
                FROM entities e WHERE e.entity_id = $id
                """;
            command.Parameters.AddWithValue("$id", entityId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            summary = ReadEntitySummary(reader);
        }

        var variants = new List<NameVariant>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT text, count(*) FROM mentions WHERE entity_id = $id GROUP BY text ORDER BY count(*) DESC, text";
            command.Parameters.AddWithValue("$id", entityId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                variants.Add(new NameVariant(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        var mentions = new List<StoredMention>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT m.doc_id, m.start, m."end", m.text FROM mentions m JOIN documents d ON d.doc_id = m.doc_id
                WHERE m.entity_id = $id ORDER BY d.published IS NULL, d.published DESC, m.doc_id, m.start LIMIT $limit
                """;
            command.Parameters.AddWithValue("$id", entityId);
            command.Parameters.AddWithValue("$limit", mentionLimit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                mentions.Add(new StoredMention(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3)));
            }
        }
        return new EntityDetail(summary, variants, mentions);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Counterpart>> CounterpartsAsync(string entityId, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            WITH docs AS (SELECT DISTINCT doc_id FROM mentions WHERE entity_id = $id)
            SELECT e.entity_id, e.type, e.name_en, e.name_ar, count(DISTINCT m.doc_id) AS n
            FROM docs JOIN mentions m ON m.doc_id = docs.doc_id JOIN entities e ON e.entity_id = m.entity_id
            WHERE m.entity_id <> $id
            GROUP BY e.entity_id ORDER BY n DESC, e.entity_id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$id", entityId);
        command.Parameters.AddWithValue("$limit", limit);
        var counterparts = new List<Counterpart>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counterparts.Add(new Counterpart(reader.GetString(0), reader.GetString(1), NullableText(reader, 2), reader.GetString(3), reader.GetInt32(4)));
        }
        return counterparts;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RoleObservation>> RoleObservationsOfAsync(string personId, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT o.person_id, o.person_name, e.name_en, o.role, o.country, o.observed_on, o.doc_id
            FROM role_observations o LEFT JOIN entities e ON e.entity_id = o.person_id
            WHERE o.person_id = $id ORDER BY o.observed_on, o.doc_id
            """;
        command.Parameters.AddWithValue("$id", personId);
        var observations = new List<RoleObservation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var on = reader.IsDBNull(5) ? (DateOnly?)null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            observations.Add(new RoleObservation(reader.GetString(0), reader.GetString(1), NullableText(reader, 2),
                reader.GetString(3), NullableText(reader, 4) ?? "", on, reader.GetString(6)));
        }
        return observations;
    }

    private static EntitySummary ReadEntitySummary(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), NullableText(reader, 2), reader.GetString(3), NullableText(reader, 4), reader.GetInt32(5), reader.GetInt32(6));
}
