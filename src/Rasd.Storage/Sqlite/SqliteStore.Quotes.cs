using System.Runtime.CompilerServices;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredQuote> ReadQuotesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = QuoteRows.Select + " ORDER BY q.doc_id, q.start";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return QuoteRows.Read(reader);
        }
    }
}
