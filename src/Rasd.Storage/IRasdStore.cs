using Rasd.Core.Framing;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;
using Rasd.Core.Quotes;
using Rasd.Core.Resolution;
using Rasd.Core.Search;

namespace Rasd.Storage;

/// <summary>
/// Where analysed documents are kept. One schema, several back ends: SQLite is the embedded
/// default; a PostgreSQL back end implements the same contract for teams.
/// </summary>
public interface IRasdStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch of documents in one transaction: either all of the batch is stored or none
    /// is. A document whose content hash is stored already is skipped when it was analysed by
    /// <paramref name="analysisVersion"/> or later (re-ingesting is a no-op), and its analysis is
    /// replaced when it was analysed by an older version.
    /// </summary>
    Task<SaveResult> SaveAsync(IReadOnlyList<DocumentRecord> batch, int analysisVersion, CancellationToken cancellationToken = default);

    /// <summary>Every entity with its mentions, ordered by entity id.</summary>
    IAsyncEnumerable<StoredEntity> ReadEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored time expression, ordered by document and offset.</summary>
    IAsyncEnumerable<StoredTime> ReadTimesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored quote with its speaker and source, ordered by document and offset.</summary>
    IAsyncEnumerable<StoredQuote> ReadQuotesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every event cluster (one per real event across documents), with its reports and conflicts.</summary>
    IAsyncEnumerable<StoredCluster> ReadClustersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored event, ordered by document and ordinal.</summary>
    IAsyncEnumerable<Rasd.Core.Events.ExtractedEvent> ReadEventsAsync(CancellationToken cancellationToken = default);

    /// <summary>Roles the analysed texts state for an office, oldest first.</summary>
    Task<IReadOnlyList<RoleObservation>> RoleObservationsAsync(string role, string country, CancellationToken cancellationToken = default);

    /// <summary>All stored documents, ordered by document id.</summary>
    IAsyncEnumerable<Document> ReadDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of stored documents.</summary>
    Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search over the normalised, light-stemmed index; <paramref name="terms"/> are
    /// already in index form (see <c>SearchText.Terms</c>). Best match first.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search as <c>rasd search</c> runs it: the query parsed by <see cref="SearchQueryParser"/>,
    /// filtered by publication days, outlet and entity (names in Arabic or English), ranked by bm25,
    /// each hit with a snippet of its body. A filter that names nothing known is reported, not thrown.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A document's framing markers (in text order), its tone and its mentions' tone, as stored;
    /// null when the document is unknown or was stored without the framing stage.
    /// </summary>
    Task<DocumentFraming?> ReadFramingAsync(string docId, CancellationToken cancellationToken = default);
}

/// <summary>A document ready to store, with its text in the form the search index wants and what analysis found.</summary>
/// <param name="Document">The cleaned document.</param>
/// <param name="SearchTitle">Title as normalised, light-stemmed terms separated by spaces.</param>
/// <param name="SearchBody">Body as normalised, light-stemmed terms separated by spaces.</param>
/// <param name="Entities">Linked entity mentions and stated roles, when the entity stages ran.</param>
/// <param name="Times">Time expressions with their values, when the time stage ran.</param>
/// <param name="Events">Events, one per real event, when the event stage ran.</param>
/// <param name="Quotes">Quotes with their speakers, when the quote stage ran.</param>
/// <param name="Framing">Framing markers and tone, when the framing stage ran.</param>
public sealed record DocumentRecord(
    Document Document, string SearchTitle, string SearchBody, ResolvedEntities? Entities = null, IReadOnlyList<ResolvedTime>? Times = null,
    IReadOnlyList<Rasd.Core.Events.ExtractedEvent>? Events = null, IReadOnlyList<Quote>? Quotes = null, DocumentFraming? Framing = null);

/// <summary>Builds the record to store from what the per-document stages found.</summary>
public static class DocumentRecords
{
    /// <summary>
    /// The one place an analysed document becomes a record: every stage's output goes in, so
    /// `rasd analyze`, the HTTP ingest and any later writer store the same thing.
    /// </summary>
    public static DocumentRecord Of(AnalysedDocument analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var document = analysed.Document;
        return new DocumentRecord(document, SearchText.Build(document.Title), SearchText.Build(document.Body), analysed.Entities, analysed.Times,
            analysed.Events, analysed.Quotes, analysed.Framing);
    }
}

/// <summary>An entity as stored, with every mention of it.</summary>
public sealed record StoredEntity(string EntityId, string Type, string? NameEn, string NameAr, string? Country, IReadOnlyList<StoredMention> Mentions);

/// <summary>One mention of an entity: offsets into the document's body (end exclusive).</summary>
public sealed record StoredMention(string DocId, int Start, int End, string Text);

/// <summary>A role an analysed text states: "وزير الدفاع الأردني يوسف الحنيطي" in a document of that date.</summary>
public sealed record RoleObservation(string PersonId, string PersonName, string? NameEn, string Role, string Country, DateOnly? ObservedOn, string DocId);

/// <summary>What a save did.</summary>
/// <param name="Added">Documents newly stored.</param>
/// <param name="AlreadyStored">Documents skipped because the same content was already stored.</param>
/// <param name="Renamed">Stored documents whose id was taken by other content and got a hash suffix.</param>
/// <param name="Reanalysed">Stored documents whose analysis was replaced by a newer version's.</param>
public readonly record struct SaveResult(int Added, int AlreadyStored, int Renamed, int Reanalysed = 0)
{
    /// <summary>Both results added up.</summary>
    public static SaveResult operator +(SaveResult a, SaveResult b) =>
        new(a.Added + b.Added, a.AlreadyStored + b.AlreadyStored, a.Renamed + b.Renamed, a.Reanalysed + b.Reanalysed);

    /// <summary>Both results added up.</summary>
    public static SaveResult Add(SaveResult a, SaveResult b) => a + b;
}

/// <summary>A search result.</summary>
/// <param name="DocId">Matching document.</param>
/// <param name="Score">Relevance (higher is better).</param>
public readonly record struct SearchHit(string DocId, double Score);

/// <summary>A stored time expression with its value (null when the document's date was unknown).</summary>
public sealed record StoredTime(string DocId, int Start, int End, string Text, string Type, string? Value, string? From, string? To, string? Granularity, string? Note);

/// <summary>A stored quote: offsets into the document's body (end exclusive), kind <c>direct</c> or <c>indirect</c>.</summary>
public sealed record StoredQuote(string DocId, int Start, int End, string Text, string Kind, QuoteActor? Speaker, QuoteActor? AttributedTo);

/// <summary>A quote's speaker or source as the export shows it.</summary>
public sealed record QuoteActor(string EntityId, string? NameEn, string NameAr, string? ActorCode, string? Country);

/// <summary>
/// An event cluster: the reports of one real event across documents, with where they disagree.
/// </summary>
/// <param name="ClusterId">Stable id (the first report's event id, prefixed <c>cl:</c>).</param>
/// <param name="Events">Every member event, oldest document first.</param>
/// <param name="DocIds">The documents reporting it.</param>
/// <param name="Outlets">The outlets among them (English and Arabic names).</param>
/// <param name="Date">The day, when the dated reports agree on one.</param>
/// <param name="From">First day any report allows.</param>
/// <param name="To">Last day any report allows.</param>
/// <param name="Conflicts">Where the reports disagree.</param>
public sealed record StoredCluster(
    string ClusterId,
    IReadOnlyList<Rasd.Core.Events.ExtractedEvent> Events,
    IReadOnlyList<string> DocIds,
    IReadOnlyList<(string? NameEn, string? NameAr)> Outlets,
    DateOnly? Date,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<Rasd.Core.Linking.ClusterConflict> Conflicts);
