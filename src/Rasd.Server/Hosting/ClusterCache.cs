using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Server.Hosting;

/// <summary>
/// Every event cluster, kept in memory: reading them means reading every clustered event and the
/// time expressions that date it, and they only change when documents are added. Read again when
/// the number of stored documents differs from the one they were read at (as <see cref="EntityRanking"/>).
/// </summary>
internal sealed class ClusterCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Documents, IReadOnlyList<StoredCluster> All, IReadOnlyDictionary<string, StoredCluster> ById)? _clusters;

    public async Task<IReadOnlyList<StoredCluster>> AllAsync(SqliteStore store, CancellationToken cancellationToken) =>
        (await ReadAsync(store, cancellationToken)).All;

    public async Task<StoredCluster?> FindAsync(SqliteStore store, string id, CancellationToken cancellationToken) =>
        (await ReadAsync(store, cancellationToken)).ById.GetValueOrDefault(id);

    private async Task<(long Documents, IReadOnlyList<StoredCluster> All, IReadOnlyDictionary<string, StoredCluster> ById)> ReadAsync(
        SqliteStore store, CancellationToken cancellationToken)
    {
        var documents = await store.CountDocumentsAsync(cancellationToken);
        if (_clusters is { } ready && ready.Documents == documents)
        {
            return ready;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_clusters is not { } current || current.Documents != documents)
            {
                var all = new List<StoredCluster>();
                await foreach (var cluster in store.ReadClustersAsync(cancellationToken))
                {
                    all.Add(cluster);
                }
                _clusters = (documents, all, all.ToDictionary(c => c.ClusterId, StringComparer.Ordinal));
            }
            return _clusters.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
