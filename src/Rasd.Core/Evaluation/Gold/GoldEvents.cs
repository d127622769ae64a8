using System.Globalization;
using System.Text.Json;

namespace Rasd.Core.Evaluation.Gold;

/// <summary>
/// A gold event of one document: its CAMEO roots, the pair of actors (canonical English names or
/// CAMEO actor codes) and alternative pairs, and, where the text allows grading them, its date
/// (a day, or an inclusive range), place and status.
/// </summary>
public sealed record GoldEvent(
    string Id,
    bool Required,
    IReadOnlyList<string> Roots,
    IReadOnlyList<IReadOnlyList<string>> Pairs,
    bool Symmetric,
    DateOnly? Date,
    (DateOnly From, DateOnly To)? DateRange,
    IReadOnlyList<string> Locations,
    string? Status);

/// <summary>Reads the <c>events</c> of each document of a gold file.</summary>
public static class GoldEvents
{
    /// <summary>Gold events by document id.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> Read(JsonElement root)
    {
        var byDocument = new Dictionary<string, IReadOnlyList<GoldEvent>>(StringComparer.Ordinal);
        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            var list = new List<GoldEvent>();
            if (document.TryGetProperty("events", out var items))
            {
                list.AddRange(items.EnumerateArray().Select(Event));
            }
            byDocument[document.GetProperty("doc_id").GetString()!] = list;
        }
        return byDocument;
    }

    /// <summary>The <c>scored_roots</c> list, empty when absent.</summary>
    public static IReadOnlyList<string> ScoredRoots(JsonElement root) =>
        root.TryGetProperty("scored_roots", out var roots) ? Strings(roots) : [];

    private static GoldEvent Event(JsonElement e)
    {
        var pairs = new List<IReadOnlyList<string>> { Strings(e.GetProperty("pair")) };
        if (e.TryGetProperty("alt_pairs", out var alternatives))
        {
            pairs.AddRange(alternatives.EnumerateArray().Select(Strings));
        }
        var locations = new List<string>();
        if (e.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.String)
        {
            locations.Add(location.GetString()!);
            if (e.TryGetProperty("alt_locations", out var alt))
            {
                locations.AddRange(Strings(alt));
            }
        }
        (DateOnly, DateOnly)? range = e.TryGetProperty("date_range", out var r) && r.ValueKind == JsonValueKind.Array
            ? (Day(r[0])!.Value, Day(r[1])!.Value)
            : null;
        return new GoldEvent(
            e.GetProperty("id").GetString()!,
            e.TryGetProperty("required", out var required) && required.GetBoolean(),
            Strings(e.GetProperty("roots")),
            pairs,
            e.TryGetProperty("symmetric", out var symmetric) && symmetric.GetBoolean(),
            e.TryGetProperty("date", out var date) ? Day(date) : null,
            range,
            locations,
            e.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(a => a.GetString()!).ToList();

    private static DateOnly? Day(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
