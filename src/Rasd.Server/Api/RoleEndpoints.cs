using System.Globalization;
using Rasd.Core.Knowledge;
using Rasd.Server.Hosting;
using Rasd.Storage;

namespace Rasd.Server.Api;

/// <summary><c>/api/roles</c>: who held an office on a day, the same answer as <c>rasd kb role --format json</c>.</summary>
internal static class RoleEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/roles", QueryAsync).WithName("RoleQuery")
            .WithSummary("Who held role in country on a day: {\"holder\": {entity_id, name_en, name_ar}, from, to, basis} or {\"holder\": null}")
            .Produces<RoleAnswerDocument>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> QueryAsync(string? country, string? role, string? on, KnowledgeBase kb, StorePool stores, CancellationToken cancellationToken)
    {
        if (country is not { Length: 3 } || role is not { Length: > 0 and < 100 })
        {
            return Problems.BadRequest("country (ISO 3166 alpha-3) and role are required.");
        }
        if (!DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problems.BadRequest("on must be a date, YYYY-MM-DD.");
        }
        var iso3 = country.Trim().ToUpperInvariant();
        var roleId = kb.RoleId(role) ?? role.Trim();
        var answer = RoleAnswer.FromKb(kb, roleId, iso3, day);
        if (answer is null)
        {
            await using var lease = await stores.RentAsync(cancellationToken);
            answer = RoleAnswer.FromObservations(await lease.Store.RoleObservationsAsync(roleId, iso3, cancellationToken), day);
        }
        return Results.Text(RoleAnswer.Json(answer), "application/json; charset=utf-8");
    }

    /// <summary>The shape of the answer, for the OpenAPI document only (the body is written by <see cref="RoleAnswer.Json"/>).</summary>
    internal sealed record RoleAnswerDocument(RoleHolder? Holder, string? From, string? To, string? Basis);

    /// <summary>Who held the office.</summary>
    internal sealed record RoleHolder(string EntityId, string? NameEn, string NameAr);
}
