namespace Rasd.Core.Time;

// Expressions relative to the reference: days (أمس), weekdays (الجمعة الماضي), parts of day (مساء اليوم),
// periods (الأسبوع الماضي، هذا العام), centuries, and single words (مؤخرا، يوميا، الصيف، الخمسينيات).
public sealed partial class TimeTagger
{
    private bool Fuzzy(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        var end = t.TryPhrase(i, lexicon.Fuzzy, lexicon.LongestPhrase, out var value, out var prefix);
        if (end < 0)
        {
            return false;
        }
        hit = new Hit(end, TimexType.Date, new TimeParts { FixedValue = value }, prefix);
        return true;
    }

    /// <summary>مساء اليوم (الاثنين)، صباح الثلاثاء، مساء يوم الأحد; alone (مساء) a time of the reference day.</summary>
    private bool PartOfDay(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.TryLookup(i, lexicon.PartsOfDay, out var part, out var prefix))
        {
            return false;
        }
        if ((RelativeDay(t, i + 1, out var day) || Weekday(t, i + 1, out day)) && t.Adjacent(i + 1))
        {
            hit = new Hit(day.End, TimexType.Time, day.Parts with { PartOfDay = part }, prefix);
            return true;
        }
        // Only the adverb (مساءً، ليلا) stands alone; a bare noun (الصباح، ليلة) needs a day.
        var key = t.Key(i)[prefix..];
        if (!(key.EndsWith('ا') || key == "مساء") || t.TryLookup(i + 1, lexicon.Units, out _, out _))
        {
            return false;
        }
        hit = new Hit(i + 1, TimexType.Time, new TimeParts { PartOfDay = part }, prefix);
        return true;
    }

    /// <summary>اليوم، أمس، أول من أمس، غدا، بعد غد; with a weekday beside it (أمس الأحد، بعد غد «الثلاثاء»).</summary>
    private bool RelativeDay(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        var end = t.TryPhrase(i, lexicon.Days, lexicon.LongestPhrase, out var offset, out var prefix);
        if (end < 0)
        {
            return false;
        }
        // اليوم الأول، اليوم الثاني: a day of an event, not a date (TimeML gold marks it a one-day duration).
        if (end == i + 1 && offset == 0 && t.TryLookup(end, lexicon.Numbers, out var ordinal, out var p) && p == 0 && ordinal.IsOrdinal && t.Adjacent(end))
        {
            hit = new Hit(end + 1, TimexType.Duration, new TimeParts { FixedValue = "P1D" }, prefix);
            return true;
        }
        var parts = new TimeParts { DayOffset = offset };
        var open = t.IsPunctuation(end, "(«\"“") ? 1 : 0;
        if (t.TryLookup(end + open, lexicon.Weekdays, out var weekday, out var wp) && wp == 0 && (open == 1 || t.Adjacent(end)))
        {
            end += open + 1;
            if (open == 1 && t.IsPunctuation(end, ")»\"”"))
            {
                end++;
            }
            parts = parts with { Weekday = weekday, WeekdayRelation = Relation.Current };
        }
        hit = new Hit(end, TimexType.Date, parts, prefix);
        return true;
    }

    /// <summary>الخميس، يوم الجمعة الماضي، الثلاثاء المقبل.</summary>
    private bool Weekday(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        var w = i;
        var prefix = 0;
        if (t.TryLookup(i, lexicon.Units, out var unit, out var up) && unit is { Unit: "D", Count: 1 } && t.Key(i)[up..] == "يوم")
        {
            w++;
            prefix = up;
        }
        if (!t.TryLookup(w, lexicon.Weekdays, out var weekday, out var wp) || (w > i && !t.Adjacent(w)))
        {
            return false;
        }
        // A bare weekday word without the article (أحد "one", جمعة a name) is a weekday only after يوم.
        if (w == i && !t.Key(w)[wp..].StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        prefix = w == i ? wp : prefix;
        var end = w + 1;
        Relation? relation = null;
        if (t.TryLookup(end, lexicon.Relations, out var r, out var rp) && rp == 0 && t.Adjacent(end) && r != Relation.Current)
        {
            relation = r;
            end++;
        }
        hit = new Hit(end, TimexType.Date, new TimeParts { Weekday = weekday, WeekdayRelation = relation }, prefix);
        return true;
    }

    /// <summary>هذا العام، هذه السنة، هذا الأسبوع.</summary>
    private bool ThisPeriod(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.TryLookup(i, lexicon.Relations, out var relation, out var prefix) || relation != Relation.Current || !t.Key(i).EndsWith('ه') && !t.Key(i).EndsWith("هذا", StringComparison.Ordinal))
        {
            return false;
        }
        if (!t.TryLookup(i + 1, lexicon.Units, out var unit, out _) || unit.Count != 1 || !t.Key(i + 1).StartsWith("ال", StringComparison.Ordinal) || !t.Adjacent(i + 1))
        {
            return false;
        }
        hit = new Hit(i + 2, TimexType.Date, new TimeParts { Period = (UnitName(unit.Unit), 0) }, prefix);
        return true;
    }

    /// <summary>
    /// الأسبوع الماضي، الشهر الجاري، العام المقبل (a period); الأيام الماضية، الأشهر القادمة (past or future, fuzzy);
    /// العامين الماضيين، السنوات الخمس الماضية (durations reaching the reference).
    /// </summary>
    private bool UnitWithRelation(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.TryLookup(i, lexicon.Units, out var unit, out var prefix) || !t.Key(i)[prefix..].StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        var end = i + 1;
        int? count = null;
        if (unit.Count == 0 && t.TryLookup(end, lexicon.Numbers, out var n, out var np) && np == 0 && !n.IsOrdinal && t.Adjacent(end))
        {
            count = n.Value;
            end++;
        }
        if (!t.TryLookup(end, lexicon.Relations, out var relation, out var rp) || rp > 0 || !t.Adjacent(end) || t.Key(end) is "هذا" or "هذه")
        {
            // العامين، اليومين: a dual alone is still a duration, unless it names the years after it (العامين 1910 و1912).
            if (unit.Count == 2 && t.Number(i + 1) is null)
            {
                hit = new Hit(i + 1, TimexType.Duration, new TimeParts { FixedValue = Duration(2, unit.Unit) }, prefix);
                return true;
            }
            return false;
        }
        end++;
        var parts = (unit.Count, count) switch
        {
            (1, _) => new TimeParts { Period = (UnitName(unit.Unit), Offset(relation)) },
            (2, _) => new TimeParts { FixedValue = Duration(2, unit.Unit) },
            (_, { } c) => new TimeParts { FixedValue = Duration(c, unit.Unit) },
            _ => new TimeParts { FixedValue = relation switch { Relation.Past => "PAST_REF", Relation.Next => "FUTURE_REF", _ => "PRESENT_REF" } },
        };
        var type = parts.FixedValue is { } v && v.StartsWith('P') && !v.EndsWith("_REF", StringComparison.Ordinal) ? TimexType.Duration : TimexType.Date;
        hit = new Hit(end, type, parts, prefix);
        return true;
    }

    /// <summary>القرن العشرين، القرن التاسع عشر، القرن الماضي.</summary>
    private bool Century(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.TryLookup(i, lexicon.Cues, out var roles, out var prefix) || !roles.Contains("century") || !t.Key(i)[prefix..].StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        if (t.TryLookup(i + 1, lexicon.Relations, out var relation, out var rp) && rp == 0 && t.Adjacent(i + 1))
        {
            hit = new Hit(i + 2, TimexType.Date, new TimeParts { Period = ("century", Offset(relation)) }, prefix);
            return true;
        }
        if (DayNumber(t, i + 1, out var end) is { } ordinal && t.Adjacent(i + 1))
        {
            hit = new Hit(end, TimexType.Date, new TimeParts { FixedValue = (ordinal - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture) }, prefix);
            return true;
        }
        return false;
    }

    /// <summary>Single words: sets (يوميا), seasons (الصيف), decades (الخمسينيات).</summary>
    private bool Word(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (t.TryLookup(i, lexicon.Sets, out var set, out var prefix))
        {
            hit = new Hit(i + 1, TimexType.Set, new TimeParts { FixedValue = set }, prefix);
            return true;
        }
        if (t.TryLookup(i, lexicon.Seasons, out var season, out prefix))
        {
            var year = YearAt(t, i + 1, out var end, requireShape: true);
            hit = new Hit(year is null ? i + 1 : end, TimexType.Date, new TimeParts { Season = season, Year = year }, prefix);
            return true;
        }
        if (t.TryLookup(i, lexicon.Decades, out var decade, out prefix))
        {
            hit = new Hit(i + 1, TimexType.Date, new TimeParts { Decade = decade }, prefix);
            return true;
        }
        return false;
    }

    private static int Offset(Relation relation) => relation switch { Relation.Past => -1, Relation.Next => 1, _ => 0 };

    private static string UnitName(string unit) => unit switch
    {
        "D" => "day",
        "W" => "week",
        "M" => "month",
        "CE" => "century",
        "DE" => "decade",
        "H" => "hour",
        "MIN" => "minute",
        _ => "year",
    };
}
