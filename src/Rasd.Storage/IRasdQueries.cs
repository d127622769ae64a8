using Rasd.Core.Ingest;

namespace Rasd.Storage;

/// <summary>
/// Point and page reads for people browsing the store (the HTTP API and web UI), as opposed to
/// the whole-table streams of <see cref="IRasdStore"/> that exports use.
/// </summary>
public interface IRasdQueries
{
    /// <summary>One document, or null when no document has that id.</summary>
    Task<Document?> ReadDocumentAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>A page of documents, newest publication date first (undated last), then the most recently stored first.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Summaries of the given documents, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<DocumentSummary>> DocumentSummariesAsync(IReadOnlyCollection<string> docIds, CancellationToken cancellationToken = default);

    /// <summary>Every entity mention in one document, by offset.</summary>
    Task<IReadOnlyList<DocumentMention>> MentionsInAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>Every time expression in one document, by offset.</summary>
    Task<IReadOnlyList<StoredTime>> TimesInAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>Every event of one document, in order.</summary>
    Task<IReadOnlyList<Rasd.Core.Events.ExtractedEvent>> EventsInAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>Every quote in one document, by offset.</summary>
    Task<IReadOnlyList<StoredQuote>> QuotesInAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>A page of entities, most mentioned first; <paramref name="type"/> (PER, ORG, LOC) filters when given.</summary>
    Task<IReadOnlyList<EntitySummary>> ListEntitiesAsync(int offset, int limit, string? type, CancellationToken cancellationToken = default);

    /// <summary>Number of entities (of a type, when given).</summary>
    Task<long> CountEntitiesAsync(string? type, CancellationToken cancellationToken = default);

    /// <summary>One entity with at most <paramref name="mentionLimit"/> of its mentions (newest documents first), or null.</summary>
    Task<EntityDetail?> ReadEntityAsync(string entityId, int mentionLimit, CancellationToken cancellationToken = default);

    /// <summary>The entities named most often in the same documents as <paramref name="entityId"/>.</summary>
    Task<IReadOnlyList<Counterpart>> CounterpartsAsync(string entityId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The id of the document stored with this content hash, or null.</summary>
    Task<string?> DocIdOfContentAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Roles the analysed texts state for one person, oldest first.</summary>
    Task<IReadOnlyList<RoleObservation>> RoleObservationsOfAsync(string personId, CancellationToken cancellationToken = default);
}

/// <summary>What a list of documents shows of each.</summary>
public sealed record DocumentSummary(string DocId, string Title, string? OutletNameEn, string? OutletNameAr, string? Published, string PublishedBasis);

/// <summary>An entity mention in a document, with the entity it was linked to.</summary>
public sealed record DocumentMention(int Start, int End, string Text, string EntityId, string Type, string? NameEn, string NameAr);

/// <summary>An entity with how often it is mentioned.</summary>
public sealed record EntitySummary(string EntityId, string Type, string? NameEn, string NameAr, string? Country, int Mentions, int Documents);

/// <summary>An entity, its mention counts, the ways texts wrote it and some of its mentions.</summary>
public sealed record EntityDetail(EntitySummary Entity, IReadOnlyList<NameVariant> Variants, IReadOnlyList<StoredMention> Mentions);

/// <summary>One way the texts wrote an entity's name, and how often.</summary>
public sealed record NameVariant(string Text, int Count);

/// <summary>An entity named in the same documents as another, and in how many.</summary>
public sealed record Counterpart(string EntityId, string Type, string? NameEn, string NameAr, int Documents);
