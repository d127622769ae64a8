using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Resolution;

/// <summary>A publication date the text implies, with the reasons that led to it.</summary>
/// <param name="Date">One day, or a range of possible days, with basis <see cref="PublishedBasis.Inferred"/>.</param>
/// <param name="Reasons">Each constraint used, in words ("today is a Thursday", "Faisal Mekdad held foreign-minister…").</param>
public sealed record InferredDate(PublicationDate Date, IReadOnlyList<string> Reasons);

/// <summary>
/// Infers when an undated article was written by solving the constraints its text sets: the
/// terms of office of people it names with their role (Mekdad as Syria's foreign minister
/// bounds the years), phrases that date it (العملية العسكرية الخاصة), today's weekday
/// (اليوم الخميس), the current month (ديسمبر الجاري), months named as past or coming in the same
/// year (حزيران الفائت، أكتوبر المقبل), and, when the text speaks of today, a day it names in the
/// current month (17 ديسمبر الجاري). One day when one candidate remains, else the range.
/// Never reads the clock: an open term of office runs to the knowledge base's as-of day.
/// </summary>
public sealed class PublicationDateInference(Gazetteer gazetteer)
{
    // Without a term of office or a dated phrase there is nothing to pin the years to.
    private KnowledgeBase Kb => gazetteer.Kb;

    /// <summary>The publication date the text implies, or null when it does not bound one.</summary>
    public InferredDate? Infer(AnalysedText text, IReadOnlyList<TimeExpression> times, IReadOnlyList<RoleStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(statements);
        var reasons = new List<string>();
        var constraints = new List<(DateWindows Window, string Reason)>();

        foreach (var statement in statements.Where(s => s.Country is not null).DistinctBy(s => (s.PersonId, s.Role, s.Country)))
        {
            var terms = Kb.TermsOf(statement.PersonId).Where(t => t.Role == statement.Role && t.Country == statement.Country).ToList();
            if (terms.Count > 0)
            {
                constraints.Add((DateWindows.Of(terms.Select(t => (t.From, t.To ?? Kb.AsOf ?? DateOnly.MaxValue))),
                    $"{statement.PersonName} held {statement.Role} of {statement.Country} {string.Join(", ", terms.Select(Term))}"));
            }
        }
        foreach (var era in EraMarkersIn(text))
        {
            constraints.Add((DateWindows.Of([(era.After ?? DateOnly.MinValue, era.Before ?? DateOnly.MaxValue)]), $"speaks of \"{era.Phrase}\""));
        }
        foreach (var year in times.Where(t => t.Parts.Year is not null && (t.Parts.MonthRelation == Relation.Current || t.Parts.Period is ("year", 0))).Select(t => t.Parts.Year!.Value).Distinct())
        {
            constraints.Add((DateWindows.Of([(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))]), $"the current year is {year}"));
        }
        if (constraints.Count == 0)
        {
            return null;
        }

        // Texts also state roles people held before ("منذ سقوط نظام الرئيس بشار الأسد"): the days
        // that agree with the most constraints win, and the ones they contradict are named.
        var domain = constraints.Aggregate(DateWindows.Of([]), (all, c) => all.Union(c.Window));
        var days = DayConstraints.ApplyHard(domain.Days(Kb.AsOf).ToList(), times, reasons);
        if (days.Count == 0)
        {
            return null;
        }
        var scored = days.Select(d => (Day: d, Score: constraints.Count(c => c.Window.Contains(d)))).ToList();
        var best = scored.Max(s => s.Score);
        var candidates = DayConstraints.ApplySoft(scored.Where(s => s.Score == best).Select(s => s.Day).ToList(), times, reasons);
        reasons.InsertRange(0, constraints.Select(c => candidates.Any(c.Window.Contains) ? c.Reason : $"ignored, contradicts the others: {c.Reason}"));
        if (candidates.Count == 0)
        {
            return null;
        }
        var date = candidates.Count == 1
            ? PublicationDate.On(candidates[0], PublishedBasis.Inferred)
            : new PublicationDate(null, candidates[0], candidates[^1], PublishedBasis.Inferred);
        return new InferredDate(date, reasons);
    }

    private static string Term(RoleTerm t) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.From:yyyy-MM-dd}–{(t.To is { } to ? to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "…")}");

    /// <summary>
    /// Dated phrases in the text, compared word by word on stems without article or pronoun
    /// (عمليتها العسكرية الخاصة is العملية العسكرية الخاصة).
    /// </summary>
    private IEnumerable<EraMarker> EraMarkersIn(AnalysedText text)
    {
        var markers = Kb.EraMarkers.Select(m => (Marker: m, Words: Gazetteer.Words(m.Phrase).Select(Bare).ToArray())).ToList();
        if (markers.Count == 0)
        {
            yield break;
        }
        foreach (var words in WordKeys.OfSentences(text))
        {
            var stems = words.Select(w => CliticAnalyzer.Candidates(w.Key).Select(c => Bare(c.Stem)).ToHashSet(StringComparer.Ordinal)).ToList();
            foreach (var (marker, phrase) in markers)
            {
                for (var i = 0; i + phrase.Length <= words.Count; i++)
                {
                    if (phrase.Select((word, k) => stems[i + k].Contains(word)).All(match => match))
                    {
                        yield return marker;
                        break;
                    }
                }
            }
        }
    }

    private static string Bare(string word) => word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;
}
