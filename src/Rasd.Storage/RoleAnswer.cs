using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rasd.Core.Knowledge;

namespace Rasd.Storage;

/// <summary>The answer to a role query, in the JSON shape of the CLI contract.</summary>
/// <param name="EntityId">The holder's entity id.</param>
/// <param name="NameEn">The holder's English name, when known.</param>
/// <param name="NameAr">The holder's Arabic name.</param>
/// <param name="From">First day of the term (or of the observations).</param>
/// <param name="To">Last day, when the term has ended.</param>
/// <param name="Basis"><c>kb</c> or <c>observed</c>.</param>
public sealed record RoleAnswer(string EntityId, string? NameEn, string NameAr, DateOnly From, DateOnly? To, string Basis)
{
    // An observation says someone held the office on the day of the article; it answers for days
    // near it only, never for years away.
    private const int ObservationReachDays = 366;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The knowledge base's answer: who held <paramref name="role"/> in <paramref name="country"/> on <paramref name="day"/>.</summary>
    public static RoleAnswer? FromKb(KnowledgeBase kb, string role, string country, DateOnly day)
    {
        if (kb.WhoHeld(role, country, day) is not { } term || kb.Entity(term.PersonId) is not { } person)
        {
            return null;
        }
        return new RoleAnswer(person.Id, person.NameEn, person.NameAr, term.From, term.To, "kb");
    }

    /// <summary>The answer of roles stated in analysed texts near <paramref name="day"/>, when the knowledge base is silent.</summary>
    public static RoleAnswer? FromObservations(IReadOnlyList<RoleObservation> observations, DateOnly day)
    {
        var dated = observations.Where(o => o.ObservedOn is { } d && Math.Abs(d.DayNumber - day.DayNumber) <= ObservationReachDays).ToList();
        if (dated.Count == 0)
        {
            return null;
        }
        var nearest = dated.MinBy(o => Math.Abs(o.ObservedOn!.Value.DayNumber - day.DayNumber))!;
        var same = dated.Where(o => o.PersonId == nearest.PersonId).Select(o => o.ObservedOn!.Value).ToList();
        return new RoleAnswer(nearest.PersonId, nearest.NameEn, nearest.PersonName, same.Min(), same.Max(), "observed");
    }

    /// <summary>The CLI contract's JSON: <c>{"holder": {...}, "from", "to", "basis"}</c> or <c>{"holder": null}</c>.</summary>
    public static string Json(RoleAnswer? answer)
    {
        if (answer is null)
        {
            return """{"holder": null}""";
        }
        var holder = new Dictionary<string, object?>
        {
            ["holder"] = new Dictionary<string, object?> { ["entity_id"] = answer.EntityId, ["name_en"] = answer.NameEn, ["name_ar"] = answer.NameAr },
            ["from"] = Iso(answer.From),
            ["to"] = answer.To is { } to ? Iso(to) : null,
            ["basis"] = answer.Basis,
        };
        return JsonSerializer.Serialize(holder, Options);
    }

    /// <summary>One line for a person at a terminal.</summary>
    public static string Text(RoleAnswer? answer, string role, string country, DateOnly day) => answer is null
        ? $"{role} of {country} on {Iso(day)}: unknown"
        : $"{role} of {country} on {Iso(day)}: {answer.NameEn ?? answer.NameAr} ({answer.NameAr}), {Iso(answer.From)} – {(answer.To is { } to ? Iso(to) : "")} [{answer.Basis}]";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
