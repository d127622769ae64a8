using Microsoft.Data.Sqlite;
using Rasd.Core.Ingest;

namespace Rasd.Storage.Sqlite;

// Reads about documents: one document, summaries, and what the analysis stored for it.
public sealed partial class SqliteStore : IRasdQueries
{
    private const string SummaryColumns = "doc_id, title, outlet_name_en, outlet_name_ar, published, published_basis";

    /// <inheritdoc/>
    public async Task<Document?> ReadDocumentAsync(string docId, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns.Names} FROM documents WHERE doc_id = $id";
        command.Parameters.AddWithValue("$id", docId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? DocumentColumns.Read(reader) : null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        // SQLite sorts nulls first ascending, so last here; (published, rowid) is the order of the
        // documents_published index, so a page is read from the index without sorting the table.
        command.CommandText = $"""
            SELECT {SummaryColumns} FROM documents
            ORDER BY published DESC, rowid DESC LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return await ReadSummariesAsync(command, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DocumentSummary>> DocumentSummariesAsync(IReadOnlyCollection<string> docIds, CancellationToken cancellationToken = default)
    {
        if (docIds.Count == 0)
        {
            return [];
        }
        await using var command = _connection.CreateCommand();
        // json_each keeps the statement one shape however many ids there are.
        command.CommandText = $"SELECT {SummaryColumns} FROM documents WHERE doc_id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(docIds));
        return await ReadSummariesAsync(command, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DocumentMention>> MentionsInAsync(string docId, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT m.start, m."end", m.text, e.entity_id, e.type, e.name_en, e.name_ar
            FROM mentions m JOIN entities e ON e.entity_id = m.entity_id
            WHERE m.doc_id = $id ORDER BY m.start, m."end" DESC
            """;
        command.Parameters.AddWithValue("$id", docId);
        var mentions = new List<DocumentMention>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            mentions.Add(new DocumentMention(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), NullableText(reader, 5), reader.GetString(6)));
        }
        return mentions;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredTime>> TimesInAsync(string docId, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT doc_id, start, "end", text, type, value, range_from, range_to, granularity, note
            FROM time_expressions WHERE doc_id = $id ORDER BY start
            """;
        command.Parameters.AddWithValue("$id", docId);
        var times = new List<StoredTime>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            times.Add(new StoredTime(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4),
                NullableText(reader, 5), NullableText(reader, 6), NullableText(reader, 7), NullableText(reader, 8), NullableText(reader, 9)));
        }
        return times;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Rasd.Core.Events.ExtractedEvent>> EventsInAsync(string docId, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT data, cluster_id FROM events WHERE doc_id = $id ORDER BY ordinal";
        command.Parameters.AddWithValue("$id", docId);
        var events = new List<Rasd.Core.Events.ExtractedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(EventRows.Read(reader.GetString(0)) with { ClusterId = NullableText(reader, 1) });
        }
        return events;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredQuote>> QuotesInAsync(string docId, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = QuoteRows.Select + " WHERE q.doc_id = $id ORDER BY q.start";
        command.Parameters.AddWithValue("$id", docId);
        var quotes = new List<StoredQuote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            quotes.Add(QuoteRows.Read(reader));
        }
        return quotes;
    }

    /// <inheritdoc/>
    public async Task<string?> DocIdOfContentAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT doc_id FROM documents WHERE content_hash = $hash";
        command.Parameters.AddWithValue("$hash", contentHash);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<IReadOnlyList<DocumentSummary>> ReadSummariesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var summaries = new List<DocumentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            summaries.Add(new DocumentSummary(reader.GetString(0), reader.GetString(1), NullableText(reader, 2), NullableText(reader, 3),
                NullableText(reader, 4), reader.GetString(5)));
        }
        return summaries;
    }

    private static string? NullableText(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
