using Microsoft.Data.Sqlite;
using Rasd.Core.Ingest;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async Task<SaveResult> SaveAsync(IReadOnlyList<DocumentRecord> batch, int analysisVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var result = new SaveResult();
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var commands = new SaveCommands(_connection, transaction);
        await using (commands)
        {
            foreach (var record in batch)
            {
                result += await SaveOneAsync(commands, record, analysisVersion, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<SaveResult> SaveOneAsync(SaveCommands c, DocumentRecord record, int analysisVersion, CancellationToken cancellationToken)
    {
        var document = record.Document;
        c.FindByHash.Parameters.Clear();
        c.FindByHash.Parameters.AddWithValue("$hash", document.ContentHash);
        string? storedId = null;
        var storedVersion = 0L;
        await using (var reader = await c.FindByHash.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                storedId = reader.GetString(0);
                storedVersion = reader.GetInt64(1);
            }
        }

        if (storedId is not null)
        {
            if (storedVersion >= analysisVersion)
            {
                return new SaveResult(0, 1, 0);
            }
            // Same content, older analysis: keep the id users already know, replace everything derived.
            document = document with { DocId = storedId };
            await SaveCommands.ExecuteAsync(c.DeleteDocument, cancellationToken, ("$id", storedId));
            await SaveCommands.ExecuteAsync(c.DeleteSearch, cancellationToken, ("$id", storedId));
            await InsertAsync(c, record with { Document = document }, analysisVersion, cancellationToken);
            return new SaveResult(0, 0, 0, 1);
        }

        // Two different articles may share a file name (the default id): keep both, and make the
        // later one's id unique but still stable for the same content.
        var renamed = 0;
        c.IdExists.Parameters.Clear();
        c.IdExists.Parameters.AddWithValue("$id", document.DocId);
        if (await c.IdExists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            document = document with { DocId = $"{document.DocId}-{document.ContentHash[..8]}" };
            renamed = 1;
        }
        await InsertAsync(c, record with { Document = document }, analysisVersion, cancellationToken);
        return new SaveResult(1, 0, renamed);
    }

    private static async Task InsertAsync(SaveCommands c, DocumentRecord record, int analysisVersion, CancellationToken cancellationToken)
    {
        var document = record.Document;
        DocumentColumns.Bind(c.InsertDocument.Parameters, document);
        c.InsertDocument.Parameters.AddWithValue("$analysis_version", analysisVersion);
        await c.InsertDocument.ExecuteNonQueryAsync(cancellationToken);
        await SaveCommands.ExecuteAsync(c.InsertSearch, cancellationToken, ("$id", document.DocId), ("$title", record.SearchTitle), ("$body", record.SearchBody));
        if (record.Entities is { } entities)
        {
            await EntityRows.InsertAsync(c, document.DocId, entities, cancellationToken);
        }
        if (record.Times is { } times)
        {
            await TimeRows.InsertAsync(c, document.DocId, times, cancellationToken);
        }
        if (record.Quotes is { } quotes)
        {
            await QuoteRows.InsertAsync(c, document.DocId, quotes, cancellationToken);
        }
        if (record.Events is { } events)
        {
            await EventRows.InsertAsync(c, document.DocId, events, cancellationToken);
            await ClusterRows.AssignAsync(c.Connection, c.Transaction, document.DocId, events, cancellationToken);
        }
        if (record.Framing is { } framing)
        {
            await FramingRows.InsertAsync(c, document.DocId, framing, cancellationToken);
        }
    }
}
