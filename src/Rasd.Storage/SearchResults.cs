using Rasd.Core.Search;

namespace Rasd.Storage;

/// <summary>One document found by <see cref="IRasdStore.SearchAsync(SearchQuery, CancellationToken)"/>.</summary>
/// <param name="DocId">The document.</param>
/// <param name="Score">Relevance, higher is better (negated FTS5 bm25, title weighted 5, body 1).</param>
/// <param name="Title">The document's title as stored.</param>
/// <param name="OutletNameEn">Outlet's English name, when known.</param>
/// <param name="OutletNameAr">Outlet's Arabic name, when known.</param>
/// <param name="Published">Publication day (YYYY-MM-DD), or the first day of its range, or null.</param>
/// <param name="Snippet">The best window of the body, with the matched words marked.</param>
/// <param name="TitleHighlights">Matched words of the title (offsets into <paramref name="Title"/>).</param>
public sealed record SearchResult(
    string DocId, double Score, string Title, string? OutletNameEn, string? OutletNameAr, string? Published,
    Snippet Snippet, IReadOnlyList<Core.TextSpan> TitleHighlights);

/// <summary>What a search found, and which of its filters named nothing the store knows.</summary>
/// <param name="Hits">Best match first.</param>
/// <param name="Unresolved">Filters that matched no outlet or entity ("entity 'X'"); the search then finds nothing.</param>
public sealed record SearchResults(IReadOnlyList<SearchResult> Hits, IReadOnlyList<string> Unresolved);
