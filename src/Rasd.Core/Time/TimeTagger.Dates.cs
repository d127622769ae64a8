using System.Globalization;
using Rasd.Core.Ingest;
using Rasd.Core.Text;

namespace Rasd.Core.Time;

// Calendar dates: numeric (17/12/2020), day + month (+ year, + relation), month (+ year, + relation), years.
public sealed partial class TimeTagger
{
    private static readonly string[] NumericFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    private static bool NumericDate(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.IsKind(i, TokenKind.Number))
        {
            return false;
        }
        var key = t.Key(i);
        if (DateOnly.TryParseExact(key, NumericFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1800 and <= 2200)
        {
            hit = new Hit(i + 1, TimexType.Date, new TimeParts { Year = date.Year, Month = date.Month, Day = date.Day });
            return true;
        }
        return false;
    }

    /// <summary>17 ديسمبر 2020، السادس من ديسمبر الجاري، 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م.</summary>
    private bool DayMonth(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (DayNumber(t, i, out var afterDay) is not { } day)
        {
            return false;
        }
        var m = afterDay;
        if (t.Key(m) == "من")
        {
            m++;
        }
        if (lexicon.IsCue(t.Key(m), "month"))
        {
            m++;
        }
        if (!MonthAt(t, m, out var month, out var end, out _))
        {
            return false;
        }
        return CompleteDate(t, 0, day, month, end, out hit);
    }

    /// <summary>ديسمبر 2020، يونيو (حزيران)، شهر مارس الماضي، أكتوبر المقبل; a month that is also a word needs a cue.</summary>
    private bool MonthName(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        var m = lexicon.IsCue(t.Key(i), "month") || (t.TryLookup(i, lexicon.Cues, out var roles, out _) && roles.Contains("month")) ? i + 1 : i;
        if (!MonthAt(t, m, out var month, out var end, out var prefix))
        {
            return false;
        }
        var ok = CompleteDate(t, m == i ? prefix : 0, null, month, end, out hit);
        if (!ok || m > i || !lexicon.MonthCues.TryGetValue(t.Key(i)[prefix..], out var strict))
        {
            return ok;
        }
        // An ambiguous name (ماي، مارس، آب) stands alone only when something else says it is a month.
        var cued = hit.Parts.Year is not null || hit.Parts.MonthRelation is not null
            || (!strict && lexicon.IsCue(t.Key(i - 1), "preposition") && t.Adjacent(i));
        return cued;
    }

    private bool CompleteDate(TimeTokens t, int prefix, int? day, MonthWord month, int end, out Hit hit)
    {
        hit = default;
        // Dual naming: يونيو حزيران، يونيو (حزيران).
        if (t.IsPunctuation(end, "(") && MonthAt(t, end + 1, out var twin, out var twinEnd, out _) && twin.Month == month.Month && t.IsPunctuation(twinEnd, ")"))
        {
            end = twinEnd + 1;
        }
        else if (MonthAt(t, end, out twin, out twinEnd, out _) && twin.Month == month.Month && twin.Hijri == month.Hijri)
        {
            end = twinEnd;
        }
        var year = YearAt(t, end, out var afterYear, requireShape: true);
        if (year is not null)
        {
            end = afterYear;
        }
        Relation? relation = null;
        if (t.TryLookup(end, lexicon.Relations, out var r, out var rp) && rp == 0 && t.Adjacent(end) && t.Key(end) is not ("هذا" or "هذه"))
        {
            relation = r;
            end++;
        }
        TimeParts parts;
        if (month.Hijri)
        {
            if (year is null || DatelineParser.FromHijri(year.Value, month.Month, day ?? 15) is not { } g)
            {
                return false;
            }
            parts = day is null ? new TimeParts { Year = g.Year, Month = g.Month } : new TimeParts { Year = g.Year, Month = g.Month, Day = g.Day };
            // The Gregorian twin, when given, is what the outlet dates by.
            if (lexicon.IsCue(t.Key(end), "twin") && (DayMonth(t, end + 1, out var gregorian) || NumericDate(t, end + 1, out gregorian)))
            {
                parts = gregorian.Parts;
                end = gregorian.End;
            }
            hit = new Hit(end, TimexType.Date, parts, prefix);
            return true;
        }
        parts = new TimeParts { Year = year, Month = month.Month, Day = day, MonthRelation = relation };
        hit = new Hit(end, TimexType.Date, parts, prefix);
        return true;
    }

    /// <summary>العام 2017، عام 2015، سنة 1436 هـ.</summary>
    private bool CuedYear(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!(t.TryLookup(i, lexicon.Cues, out var roles, out var prefix) && roles.Contains("year")) && !(t.TryLookup(i, lexicon.Units, out var unit, out prefix) && unit is { Unit: "Y", Count: 1 }))
        {
            return false;
        }
        if (YearAt(t, i + 1, out var end, requireShape: false) is not { } year)
        {
            return false;
        }
        hit = new Hit(end, TimexType.Date, new TimeParts { Year = year }, prefix);
        return true;
    }

    /// <summary>A bare 19xx/20xx is a year only where a preposition, a bracket or an era mark says so.</summary>
    private bool BareYear(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (YearAt(t, i, out var end, requireShape: true) is not { } year)
        {
            return false;
        }
        var before = t.Key(i - 1);
        var cued = end > i + 1
            || (t.TryLookup(i - 1, lexicon.Cues, out var roles, out _) && (roles.Contains("preposition") || roles.Contains("of") || roles.Contains("since")))
            || before is "الى" or "إلى" or "و" or "(" or "بين" or "-" or "،" || lexicon.Modifiers.ContainsKey(before)
            || (t.TryLookup(i - 1, lexicon.Units, out var unit, out _) && unit is { Unit: "Y", Count: 2 })
            || t.IsKind(i + 1, TokenKind.Punctuation) || i + 1 >= t.Count;
        if (!cued)
        {
            return false;
        }
        hit = new Hit(end, TimexType.Date, new TimeParts { Year = year });
        return true;
    }

    /// <summary>A year at token <paramref name="i"/>, with its era mark (م، هـ) if any; Hijri years (هـ) converted.</summary>
    private int? YearAt(TimeTokens t, int i, out int end, bool requireShape)
    {
        end = i;
        if (t.Number(i) is not { } n || !t.Adjacent(i))
        {
            return null;
        }
        var era = t.Key(i + 1);
        var hijri = lexicon.IsCue(era, "ah") && t.Adjacent(i + 1);
        var ad = lexicon.IsCue(era, "ad") && t.Adjacent(i + 1);
        var plausible = hijri ? n is >= 1300 and <= 1500 : requireShape ? n is >= 1800 and <= 2099 : n is >= 1000 and <= 2200;
        if (!plausible || t.Key(i).Length != 4)
        {
            return null;
        }
        end = i + (hijri || ad ? 2 : 1);
        if (t.IsPunctuation(end, ".") && (hijri || ad) && t.Key(i + 1).Length == 1)
        {
            end++;
        }
        return n;
    }

    /// <summary>Day of month at <paramref name="i"/>: 1–31 in digits, or an ordinal (السادس، الحادي عشر، الحادي والعشرين).</summary>
    private int? DayNumber(TimeTokens t, int i, out int end)
    {
        end = i + 1;
        if (t.Number(i) is { } n)
        {
            return n is >= 1 and <= 31 && t.Key(i).Length <= 2 ? n : null;
        }
        if (!t.TryLookup(i, lexicon.Numbers, out var word, out var prefix) || prefix > 0 || !(word.IsOrdinal || word.Kind == "tens") || !t.Key(i).StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        var value = word.Value;
        if (word.IsOrdinal && t.TryLookup(i + 1, lexicon.Numbers, out var next, out var p) && t.Adjacent(i + 1))
        {
            if (next.Value == 10 && p == 0)
            {
                value += 10;
                end++;
            }
            else if (next.Kind == "tens" && p > 0)
            {
                value += next.Value;
                end++;
            }
        }
        return value is >= 1 and <= 31 ? value : null;
    }

    private bool MonthAt(TimeTokens t, int i, out MonthWord month, out int end, out int prefix)
    {
        end = t.TryPhrase(i, lexicon.Months, 2, out month, out prefix);
        return end > i && (i == 0 || t.Adjacent(i) || prefix > 0 || t.IsKind(i - 1, TokenKind.Punctuation));
    }
}
