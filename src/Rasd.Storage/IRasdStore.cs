using Rasd.Core.Ingest;

namespace Rasd.Storage;

/// <summary>
/// Where analysed documents are kept. One schema, several back ends: SQLite is the embedded
/// default; a PostgreSQL back end implements the same contract for teams.
/// </summary>
public interface IRasdStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch of documents in one transaction: either all new documents of the batch
    /// are stored or none is. Documents whose content hash is already stored are skipped, so
    /// re-ingesting is a no-op.
    /// </summary>
    Task<SaveResult> SaveAsync(IReadOnlyList<DocumentRecord> batch, CancellationToken cancellationToken = default);

    /// <summary>All stored documents, ordered by document id.</summary>
    IAsyncEnumerable<Document> ReadDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of stored documents.</summary>
    Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search over the normalised, light-stemmed index; <paramref name="terms"/> are
    /// already in index form (see <c>SearchText.Terms</c>). Best match first.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken = default);
}

/// <summary>A document ready to store, with its text in the form the search index wants.</summary>
/// <param name="Document">The cleaned document.</param>
/// <param name="SearchTitle">Title as normalised, light-stemmed terms separated by spaces.</param>
/// <param name="SearchBody">Body as normalised, light-stemmed terms separated by spaces.</param>
public sealed record DocumentRecord(Document Document, string SearchTitle, string SearchBody);

/// <summary>What a save did.</summary>
/// <param name="Added">Documents newly stored.</param>
/// <param name="AlreadyStored">Documents skipped because the same content was already stored.</param>
/// <param name="Renamed">Stored documents whose id was taken by other content and got a hash suffix.</param>
public readonly record struct SaveResult(int Added, int AlreadyStored, int Renamed);

/// <summary>A search result.</summary>
/// <param name="DocId">Matching document.</param>
/// <param name="Score">Relevance (higher is better).</param>
public readonly record struct SearchHit(string DocId, double Score);
