using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Rasd.Core.Ingest;

namespace Rasd.Storage.Sqlite;

/// <summary>
/// The embedded back end: one SQLite file, FTS5 for search. Not thread-safe; use one store
/// per writer (SQLite allows one writer at a time anyway).
/// </summary>
public sealed partial class SqliteStore : IRasdStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the database file and migrates it to the newest schema.</summary>
    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", cancellationToken);
            await SqliteMigrator.MigrateAsync(connection, cancellationToken);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new StoreException($"{path}: cannot open as a Rasd database ({e.Message})", e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new SqliteStore(connection);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> ReadDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns.Names} FROM documents ORDER BY doc_id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return DocumentColumns.Read(reader);
        }
    }

    /// <inheritdoc/>
    public async Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM documents";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken = default)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        await using var command = _connection.CreateCommand();
        // Title matches weigh more than body matches; bm25 is lower-is-better, so negate it.
        command.CommandText = """
            SELECT doc_id, -bm25(documents_search, 0.0, 5.0, 1.0) AS score
            FROM documents_search WHERE documents_search MATCH $query
            ORDER BY score DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$query", string.Join(' ', terms.Select(Quote)));
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetDouble(1)));
        }
        return hits;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    // FTS5 query syntax: a double-quoted string is one literal term; quotes inside are doubled.
    private static string Quote(string term) => $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
