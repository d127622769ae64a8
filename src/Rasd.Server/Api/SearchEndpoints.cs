using Rasd.Core;
using System.Globalization;
using Rasd.Core.Search;
using Rasd.Server.Hosting;

namespace Rasd.Server.Api;

/// <summary><c>/api/search</c>: the search of <c>rasd search</c> (normalised, light-stemmed; phrases in quotes; filters), with snippets.</summary>
internal static class SearchEndpoints
{
    private const int MaxQueryLength = 500;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Documents matching q (all words, any spelling variant; \"phrases\" in double quotes), best first, with snippets; " +
                         "filters from/to (YYYY-MM-DD), outlet, entity; limit 1–200 (default 20)")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> SearchAsync(string? q, string? from, string? to, string? outlet, string? entity, int? limit, StorePool stores,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            return Problems.BadRequest($"q is required (at most {MaxQueryLength} characters).");
        }
        var size = limit ?? 20;
        if (size is < 1 or > 200)
        {
            return Problems.BadRequest("limit must be between 1 and 200.");
        }
        if (!IsoDay.TryParseOptional(from, out var fromDay) || !IsoDay.TryParseOptional(to, out var toDay))
        {
            return Problems.BadRequest("from and to must be dates, YYYY-MM-DD.");
        }
        var query = new SearchQuery(q, fromDay, toDay, Blank(outlet), Blank(entity), size);
        await using var lease = await stores.RentAsync(cancellationToken);
        var results = await lease.Store.SearchAsync(query, cancellationToken);
        var hits = results.Hits.Select(h => new SearchHitView(
            h.DocId, Math.Round(h.Score, 4), h.Title,
            h.OutletNameEn is null && h.OutletNameAr is null ? null : new OutletNames(h.OutletNameEn, h.OutletNameAr), h.Published,
            new SnippetView(h.Snippet.Text, h.Snippet.Range.Start, h.Snippet.Range.End, h.Snippet.Highlights.Select(s => new SpanView(s.Start, s.End)).ToList(),
                h.Snippet.StartsInside, h.Snippet.EndsInside),
            h.TitleHighlights.Select(s => new SpanView(s.Start, s.End)).ToList())).ToList();
        return TypedResults.Ok(new SearchResponse(q, hits, results.Unresolved));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
