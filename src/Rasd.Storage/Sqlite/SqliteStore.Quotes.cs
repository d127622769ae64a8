using System.Runtime.CompilerServices;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredQuote> ReadQuotesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT q.doc_id, q.start, q."end", q.text, q.kind,
                   q.speaker_id, s.name_en, s.name_ar, q.actor_code, coalesce(s.country, q.country),
                   q.attributed_to, a.name_en, a.name_ar
            FROM quotes q
            LEFT JOIN entities s ON s.entity_id = q.speaker_id
            LEFT JOIN entities a ON a.entity_id = q.attributed_to
            ORDER BY q.doc_id, q.start
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var speaker = Text(5) is { } speakerId ? new QuoteActor(speakerId, Text(6), Text(7) ?? string.Empty, Text(8), Text(9)) : null;
            var source = Text(10) is { } sourceId ? new QuoteActor(sourceId, Text(11), Text(12) ?? string.Empty, null, null) : null;
            yield return new StoredQuote(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), speaker, source);
        }
    }
}
