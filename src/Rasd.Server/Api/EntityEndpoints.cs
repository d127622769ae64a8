using Rasd.Core.Knowledge;
using Rasd.Server.Hosting;

namespace Rasd.Server.Api;

/// <summary><c>/api/entities</c>: people, organisations and places, with roles over time and counterparts.</summary>
internal static class EntityEndpoints
{
    private const int MentionLimit = 100;
    private const int CounterpartLimit = 15;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/entities", ListAsync).WithName("ListEntities").WithSummary("Entities, most mentioned first; type=PER|ORG|LOC filters");
        api.MapGet("/entities/{*id}", GetAsync).WithName("GetEntity")
            .WithSummary("One entity: names and variants, roles over time (knowledge base and texts), recent mentions, most frequent counterparts")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(StorePool stores, EntityRanking ranking, int? page, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page_size")] int? pageSize,
        string? type, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(page, pageSize, out var offset, out var size, out var problem))
        {
            return problem!;
        }
        if (type is not (null or "PER" or "ORG" or "LOC"))
        {
            return Problems.BadRequest("type must be PER, ORG or LOC.");
        }
        await using var lease = await stores.RentAsync(cancellationToken);
        var all = await ranking.AllAsync(lease.Store, cancellationToken);
        var matching = type is null ? all : all.Where(e => e.Type == type).ToList();
        var items = matching.Skip(offset).Take(size).Select(EntityListItem.From).ToList();
        return TypedResults.Ok(new PageOf<EntityListItem>(items, page ?? 1, size, matching.Count));
    }

    private static async Task<IResult> GetAsync(string id, StorePool stores, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        await using var lease = await stores.RentAsync(cancellationToken);
        var store = lease.Store;
        if (await store.ReadEntityAsync(id, MentionLimit, cancellationToken) is not { } detail)
        {
            return Problems.NotFound($"No entity has the id '{id}'.");
        }
        var docs = (await store.DocumentSummariesAsync(detail.Mentions.Select(m => m.DocId).ToHashSet(StringComparer.Ordinal), cancellationToken))
            .ToDictionary(d => d.DocId, StringComparer.Ordinal);
        var observations = await store.RoleObservationsOfAsync(id, cancellationToken);
        var counterparts = await store.CounterpartsAsync(id, CounterpartLimit, cancellationToken);

        // The first Arabic title of a role in data/kb/titles.tsv names it ("وزير الخارجية").
        string? Arabic(string role) => kb.Titles.FirstOrDefault(t => t.Role == role).Title;
        var roles = kb.TermsOf(id)
            .Select(t => new RoleView(t.Role, Arabic(t.Role), t.Country, Iso(t.From), t.To is { } to ? Iso(to) : null, t.Basis == RoleBasis.Kb ? "kb" : "observed", null))
            .Concat(observations.Where(o => o.ObservedOn is not null)
                .Select(o => new RoleView(o.Role, Arabic(o.Role), o.Country.Length == 0 ? null : o.Country, Iso(o.ObservedOn!.Value), Iso(o.ObservedOn!.Value), "observed", o.DocId))
                .Distinct())
            .OrderBy(r => r.From, StringComparer.Ordinal).ToList();
        var e = detail.Entity;
        var aliases = (kb.Entity(id)?.AliasesAr ?? [e.NameAr]).Concat(detail.Variants.Select(v => v.Text)).Distinct(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new EntityView(
            e.EntityId, e.Type, e.NameEn, e.NameAr, e.Country, e.Mentions, e.Documents, aliases,
            detail.Variants.Select(v => new VariantView(v.Text, v.Count)).ToList(),
            roles,
            detail.Mentions.Select(m => new EntityMentionView(m.DocId, m.Start, m.End, m.Text, docs.GetValueOrDefault(m.DocId)?.Title,
                docs.GetValueOrDefault(m.DocId)?.Published)).ToList(),
            counterparts.Select(c => new CounterpartView(c.EntityId, c.Type, c.NameEn, c.NameAr, c.Documents)).ToList()));
    }

    private static string Iso(DateOnly day) => DocumentView.Iso(day)!;
}
