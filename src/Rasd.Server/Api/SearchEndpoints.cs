using Rasd.Core.Text;
using Rasd.Server.Hosting;

namespace Rasd.Server.Api;

/// <summary><c>/api/search</c>: full-text search over normalised, light-stemmed text (spelling variants and clitics folded).</summary>
internal static class SearchEndpoints
{
    private const int MaxQueryLength = 500;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync).WithName("Search").WithSummary("Documents matching q, best first (limit 1–200, default 50)");

    private static async Task<IResult> SearchAsync(string? q, int? limit, StorePool stores, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            return Problems.BadRequest($"q is required (at most {MaxQueryLength} characters).");
        }
        var size = limit ?? 50;
        if (size is < 1 or > 200)
        {
            return Problems.BadRequest("limit must be between 1 and 200.");
        }
        var terms = SearchText.Terms(q);
        await using var lease = await stores.RentAsync(cancellationToken);
        var hits = await lease.Store.SearchAsync(terms, size, cancellationToken);
        var docs = (await lease.Store.DocumentSummariesAsync(hits.Select(h => h.DocId).ToList(), cancellationToken))
            .ToDictionary(d => d.DocId, StringComparer.Ordinal);
        var views = hits.Select(h =>
        {
            var d = docs.GetValueOrDefault(h.DocId);
            var item = d is null ? null : DocumentListItem.From(d);
            return new SearchHitView(h.DocId, Math.Round(h.Score, 4), item?.Title, item?.Outlet, item?.Published);
        }).ToList();
        return TypedResults.Ok(new SearchResults(q, terms, views));
    }
}
