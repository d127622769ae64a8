using System.Collections.Concurrent;
using Rasd.Storage.Sqlite;

namespace Rasd.Server.Hosting;

/// <summary>
/// Open SQLite stores shared by requests. A <see cref="SqliteStore"/> holds one connection and
/// is not thread-safe, so each request rents one for its duration; WAL lets readers run beside
/// the one writer.
/// </summary>
internal sealed class StorePool(string path) : IAsyncDisposable
{
    private const int MaxIdle = 8;
    private readonly ConcurrentBag<SqliteStore> _idle = [];

    public string Path { get; } = path;

    public async ValueTask<Lease> RentAsync(CancellationToken cancellationToken)
    {
        var store = _idle.TryTake(out var idle) ? idle : await SqliteStore.OpenAsync(Path, cancellationToken);
        return new Lease(this, store);
    }

    private async ValueTask ReturnAsync(SqliteStore store)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Add(store);
        }
        else
        {
            await store.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var store))
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>A store on loan; give it back by disposing the lease.</summary>
    internal readonly struct Lease(StorePool pool, SqliteStore store) : IAsyncDisposable
    {
        public SqliteStore Store { get; } = store;

        public ValueTask DisposeAsync() => pool.ReturnAsync(Store);
    }
}
