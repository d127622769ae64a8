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
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

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
