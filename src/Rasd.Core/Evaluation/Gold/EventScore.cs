using System.Globalization;
using Rasd.Core.Events;

namespace Rasd.Core.Evaluation.Gold;

/// <summary>
/// Event scores of one document or a whole set, by the gold file's rules: recall over required
/// gold events; precision over output events whose CAMEO root is scored; date and place
/// accuracy on matched events where the gold gives them; duplicates (output events that match a
/// gold event another output event already stands for).
/// </summary>
public sealed record EventScore(
    int Required, int RequiredFound, int Scored, int ScoredCorrect, int DatesGraded, int DatesRight,
    int PlacesGraded, int PlacesRight, int Duplicates, IReadOnlyList<string> Lines)
{
    /// <summary>Required gold events found over required gold events (1 when there are none).</summary>
    public double Recall => Required == 0 ? 1 : (double)RequiredFound / Required;

    /// <summary>Correct scored output events over scored output events (1 when there are none).</summary>
    public double Precision => Scored == 0 ? 1 : (double)ScoredCorrect / Scored;

    /// <summary>
    /// Scores one document. An output event matches a gold event when its root is one of the gold
    /// roots and two of its parties match the gold pair or an alternative pair, each by canonical
    /// English name (<see cref="GoldNames.EnglishKey"/>) or by actor code; in order (source,
    /// target) unless the pair is symmetric or the event multilateral. Output events are assigned
    /// to gold events one to one (a maximum matching), so one report cannot stand for two events.
    /// </summary>
    public static EventScore Of(string docId, IReadOnlyList<GoldEvent> gold, IReadOnlyList<ExtractedEvent> output, IReadOnlyList<string> scoredRoots)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scoredRoots);
        var matches = gold.Select(g => output.Select(o => Matches(g, o)).ToArray()).ToArray();
        // Try, for each gold event, the reports that also get its date and place right first, so
        // the matching does not hand a gold event a worse report when a better one is free.
        var preference = gold.Select(g => Enumerable.Range(0, output.Count)
            .OrderByDescending(o => (DateRight(g, output[o]) ? 1 : 0) + (PlaceRight(g, output[o]) ? 1 : 0)).ToArray()).ToArray();
        var order = Enumerable.Range(0, gold.Count).OrderByDescending(g => gold[g].Required).ToList();
        var assigned = Assign(matches, preference, order, output.Count);
        var lines = new List<string>();
        int requiredFound = 0, datesGraded = 0, datesRight = 0, placesGraded = 0, placesRight = 0;
        for (var g = 0; g < gold.Count; g++)
        {
            var o = Array.IndexOf(assigned, g);
            if (o < 0)
            {
                if (gold[g].Required)
                {
                    lines.Add($"{docId}  missed   {gold[g].Id} {string.Join('/', gold[g].Roots)} {string.Join(" – ", gold[g].Pairs[0])}");
                }
                continue;
            }
            requiredFound += gold[g].Required ? 1 : 0;
            var found = output[o];
            if (gold[g].Date is not null || gold[g].DateRange is not null)
            {
                datesGraded++;
                var right = DateRight(gold[g], found);
                datesRight += right ? 1 : 0;
                if (!right)
                {
                    lines.Add($"{docId}  date     {gold[g].Id}: {found.Date ?? "null"} (gold {gold[g].Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? $"{gold[g].DateRange?.From:yyyy-MM-dd}..{gold[g].DateRange?.To:yyyy-MM-dd}"})");
                }
            }
            if (gold[g].Locations.Count > 0)
            {
                placesGraded++;
                var right = PlaceRight(gold[g], found);
                placesRight += right ? 1 : 0;
                if (!right)
                {
                    lines.Add($"{docId}  place    {gold[g].Id}: {found.Location?.NameEn ?? "null"} (gold {gold[g].Locations[0]})");
                }
            }
        }
        int scored = 0, correct = 0, duplicates = 0;
        for (var o = 0; o < output.Count; o++)
        {
            var matchesAny = matches.Any(row => row[o]);
            if (matchesAny && assigned[o] < 0)
            {
                duplicates++;
                lines.Add($"{docId}  duplicate {Describe(output[o])}");
            }
            if (!scoredRoots.Contains(output[o].Root))
            {
                continue;
            }
            scored++;
            correct += matchesAny ? 1 : 0;
            if (!matchesAny)
            {
                lines.Add($"{docId}  spurious {Describe(output[o])}");
            }
        }
        var required = gold.Count(g => g.Required);
        return new EventScore(required, requiredFound, scored, correct, datesGraded, datesRight, placesGraded, placesRight, duplicates, lines);
    }

    /// <summary>Scores added up over documents (micro average).</summary>
    public static EventScore Sum(IEnumerable<EventScore> scores)
    {
        var all = scores.ToList();
        return new EventScore(all.Sum(s => s.Required), all.Sum(s => s.RequiredFound), all.Sum(s => s.Scored), all.Sum(s => s.ScoredCorrect),
            all.Sum(s => s.DatesGraded), all.Sum(s => s.DatesRight), all.Sum(s => s.PlacesGraded), all.Sum(s => s.PlacesRight),
            all.Sum(s => s.Duplicates), all.SelectMany(s => s.Lines).ToList());
    }

    /// <summary>True when <paramref name="output"/> is a report of <paramref name="gold"/> by root and parties.</summary>
    public static bool Matches(GoldEvent gold, ExtractedEvent output)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(output);
        if (!gold.Roots.Contains(output.Root))
        {
            return false;
        }
        var parties = output.Participants.Count > 0 ? output.Participants : new[] { output.Source, output.Target }.OfType<EventActor>().ToList();
        var anyOrder = gold.Symmetric || parties.Count > 2;
        foreach (var pair in gold.Pairs.Where(p => p.Count == 2))
        {
            if (anyOrder)
            {
                for (var i = 0; i < parties.Count; i++)
                {
                    for (var j = 0; j < parties.Count; j++)
                    {
                        if (i != j && Is(pair[0], parties[i]) && Is(pair[1], parties[j]))
                        {
                            return true;
                        }
                    }
                }
            }
            else if (output.Target is { } target && Is(pair[0], output.Source) && Is(pair[1], target))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Is(string gold, EventActor actor) =>
        (actor.NameEn is { } name && GoldNames.EnglishKey(name) == GoldNames.EnglishKey(gold))
        || (actor.ActorCode is { } code && string.Equals(code, gold, StringComparison.Ordinal));

    private static bool PlaceRight(GoldEvent gold, ExtractedEvent found) =>
        found.Location?.NameEn is { } name && gold.Locations.Any(l => GoldNames.EnglishKey(l) == GoldNames.EnglishKey(name));

    private static bool DateRight(GoldEvent gold, ExtractedEvent found)
    {
        var (from, to) = found.Date is { } date ? Days(date) : found.DateRange is { } range ? (range.From, range.To) : (default(DateOnly?), default(DateOnly?));
        if (from is null || to is null)
        {
            return false;
        }
        return gold.Date is { } day ? from == day && to == day
            : gold.DateRange is { } r && r.From <= from && to <= r.To;
    }

    private static (DateOnly?, DateOnly?) Days(string value)
    {
        var parts = value.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            3 => (new DateOnly(parts[0], parts[1], parts[2]), new DateOnly(parts[0], parts[1], parts[2])),
            2 => (new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], 1).AddMonths(1).AddDays(-1)),
            _ => (new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
        };
    }

    /// <summary>Maximum bipartite matching of output events to gold events (augmenting paths); result[o] is the gold index or -1.</summary>
    private static int[] Assign(bool[][] matches, int[][] preference, List<int> order, int outputs)
    {
        var ofOutput = Enumerable.Repeat(-1, outputs).ToArray();
        foreach (var g in order)
        {
            Augment(g, matches, preference, ofOutput, new bool[outputs]);
        }
        return ofOutput;
    }

    private static bool Augment(int g, bool[][] matches, int[][] preference, int[] ofOutput, bool[] seen)
    {
        foreach (var o in preference[g])
        {
            if (!matches[g][o] || seen[o])
            {
                continue;
            }
            seen[o] = true;
            if (ofOutput[o] < 0 || Augment(ofOutput[o], matches, preference, ofOutput, seen))
            {
                ofOutput[o] = g;
                return true;
            }
        }
        return false;
    }

    private static string Describe(ExtractedEvent e) =>
        $"{e.EventId} {e.Cameo} {string.Join(" – ", e.Participants.Select(p => p.NameEn ?? p.NameAr))} {e.Date} {e.Location?.NameEn} {e.Status.ToName()}";
}
