using Rasd.Server.Hosting;

namespace Rasd.Server.Api;

/// <summary><c>/api/documents</c>: stored articles, a page at a time or one with everything found in it.</summary>
internal static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", ListAsync).WithName("ListDocuments").WithSummary("Documents, newest first, a page at a time");
        api.MapGet("/documents/{id}", GetAsync).WithName("GetDocument")
            .WithSummary("One document: cleaned body, removed boilerplate, entity mentions, time expressions, quotes and events with offsets into the body")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(StorePool stores, int? page, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page_size")] int? pageSize, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(page, pageSize, out var offset, out var size, out var problem))
        {
            return problem!;
        }
        await using var lease = await stores.RentAsync(cancellationToken);
        var items = await lease.Store.ListDocumentsAsync(offset, size, cancellationToken);
        var total = await lease.Store.CountDocumentsAsync(cancellationToken);
        return TypedResults.Ok(new PageOf<DocumentListItem>(items.Select(DocumentListItem.From).ToList(), page ?? 1, size, total));
    }

    private static async Task<IResult> GetAsync(string id, StorePool stores, CancellationToken cancellationToken)
    {
        await using var lease = await stores.RentAsync(cancellationToken);
        var store = lease.Store;
        if (await store.ReadDocumentAsync(id, cancellationToken) is not { } document)
        {
            return Problems.NotFound($"No document has the id '{id}'.");
        }
        var mentions = await store.MentionsInAsync(id, cancellationToken);
        var times = await store.TimesInAsync(id, cancellationToken);
        var quotes = await store.QuotesInAsync(id, cancellationToken);
        var events = await store.EventsInAsync(id, cancellationToken);
        return TypedResults.Ok(DocumentView.From(document, mentions, times, quotes, events));
    }
}
