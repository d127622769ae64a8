using System.Runtime.CompilerServices;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredTime> ReadTimesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT doc_id, start, "end", text, type, value, range_from, range_to, granularity, note
            FROM time_expressions ORDER BY doc_id, start
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            yield return new StoredTime(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                Text(5), Text(6), Text(7), Text(8), Text(9));
        }
    }
}
