using Rasd.Core.Text;

namespace Rasd.Core.Time;

/// <summary>
/// Finds temporal expressions in analysed text and says what each one states (<see cref="TimeParts"/>),
/// without resolving it: <see cref="TimeNormalizer"/> does that against a reference date. Built once
/// from the lexicons in <c>data/time/</c>; immutable, so thread-safe and reusable.
/// </summary>
/// <remarks>
/// At each token the matchers are tried from the most specific to the least (see <see cref="Match"/>);
/// the first that matches wins and scanning resumes after it, so expressions never overlap.
/// Spans follow TimeML: prepositions (في، منذ، خلال) stay outside, modifiers (أوائل، أكثر من) inside.
/// </remarks>
public sealed partial class TimeTagger
{
    private readonly TimeLexicon lexicon;

    private TimeTagger(TimeLexicon lexicon) => this.lexicon = lexicon;

    /// <summary>The tagger over the lexicons shipped in the data directory.</summary>
    public static TimeTagger Default { get; } = new(TimeLexicon.Default);

    /// <summary>A tagger over the lexicons in <paramref name="directory"/> (and the month names in <paramref name="monthsPath"/>).</summary>
    public static TimeTagger Load(string directory, string monthsPath) => new(TimeLexicon.Load(directory, monthsPath));

    /// <summary>Temporal expressions of <paramref name="text"/>, in order, non-overlapping, offsets into <see cref="AnalysedText.Text"/>.</summary>
    public IReadOnlyList<TimeExpression> Tag(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new TimeTokens(text, lexicon.FirstWords);
        var blocked = Blocked(tokens);
        var found = new List<TimeExpression>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!blocked[i] && TryModified(tokens, i, out var hit) && !Overlaps(blocked, i, hit.End))
            {
                var start = tokens[i].Span.Start + hit.Prefix;
                var end = tokens[hit.End - 1].Span.End;
                found.Add(new TimeExpression(new TextSpan(start, end), text.Text[start..end], hit.Type, hit.Parts));
                i = hit.End;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>A match: end token (exclusive), type, parts and characters of clitic left off the first token.</summary>
    private readonly record struct Hit(int End, TimexType Type, TimeParts Parts, int Prefix = 0);

    private bool TryModified(TimeTokens t, int i, out Hit hit)
    {
        var next = t.TryPhrase(i, lexicon.Modifiers, lexicon.LongestPhrase, out var mod, out var prefix);
        if (next > 0 && (Match(t, next, out hit) || OneUnit(t, next, mod, out hit)))
        {
            hit = hit with { Parts = hit.Parts with { Mod = mod }, Prefix = prefix };
            return true;
        }
        return Match(t, i, out hit);
    }

    private bool Match(TimeTokens t, int i, out Hit hit) =>
        Fuzzy(t, i, out hit)
        || NumericDate(t, i, out hit)
        || DayMonth(t, i, out hit)
        || CuedYear(t, i, out hit)
        || ClockTime(t, i, out hit)
        || Every(t, i, out hit)
        || Ago(t, i, out hit)
        || ThisPeriod(t, i, out hit)
        || Century(t, i, out hit)
        || PartOfDay(t, i, out hit)
        || RelativeDay(t, i, out hit)
        || Weekday(t, i, out hit)
        || MonthName(t, i, out hit)
        || UnitWithRelation(t, i, out hit)
        || CountedDuration(t, i, out hit)
        || BareYear(t, i, out hit)
        || Word(t, i, out hit);

    /// <summary>أكثر من قرن، أقل من عام: a single unit after a comparison is a duration of one.</summary>
    private bool OneUnit(TimeTokens t, int i, string mod, out Hit hit)
    {
        hit = default;
        if (mod is not ("MORE_THAN" or "LESS_THAN" or "APPROX") || !t.TryLookup(i, lexicon.Units, out var unit, out var prefix) || prefix > 0 || unit.Count == 0 || !t.Adjacent(i))
        {
            return false;
        }
        hit = new Hit(i + 1, TimexType.Duration, new TimeParts { FixedValue = Duration(unit.Count, unit.Unit) });
        return true;
    }

    private bool[] Blocked(TimeTokens t)
    {
        var blocked = new bool[t.Count];
        for (var i = 0; i < t.Count; i++)
        {
            var end = t.TryPhrase(i, lexicon.NotTime, lexicon.LongestPhrase, out _, out _);
            for (var k = i; end > i + 1 && k < end; k++)
            {
                blocked[k] = true;
            }
        }
        return blocked;
    }

    private static bool Overlaps(bool[] blocked, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (blocked[k])
            {
                return true;
            }
        }
        return false;
    }
}
