using System.Runtime.CompilerServices;
using Rasd.Core.Events;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<ExtractedEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT data, cluster_id FROM events ORDER BY doc_id, ordinal";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var e = EventRows.Read(reader.GetString(0));
            yield return e with { ClusterId = reader.IsDBNull(1) ? null : reader.GetString(1) };
        }
    }
}
