using System.Globalization;
using Rasd.Core.Text;

namespace Rasd.Core.Time;

// Counted time: durations (ثلاثة أيام، 24 ساعة، عامين), sets (كل يوم، كل عامين), "ago" (قبل خمسة أعوام), clock times.
public sealed partial class TimeTagger
{
    /// <summary>ثلاثة أيام، 24 ساعة، ثمانية وسبعين عاما، يومين.</summary>
    private bool CountedDuration(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (Count(t, i, out var end) is { } n && t.TryLookup(end, lexicon.Units, out var unit, out var up) && up == 0 && t.Adjacent(end))
        {
            hit = new Hit(end + 1, TimexType.Duration, new TimeParts { FixedValue = Duration(n, unit.Unit) });
            return true;
        }
        if (t.TryLookup(i, lexicon.Units, out unit, out var prefix) && unit.Count == 2 && !t.Key(i)[prefix..].StartsWith("ال", StringComparison.Ordinal) && t.Number(i + 1) is null)
        {
            hit = new Hit(i + 1, TimexType.Duration, new TimeParts { FixedValue = Duration(2, unit.Unit) }, prefix);
            return true;
        }
        return false;
    }

    /// <summary>كل يوم، كل عامين، كل ثلاثة أشهر.</summary>
    private bool Every(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.TryLookup(i, lexicon.Cues, out var roles, out var prefix) || !roles.Contains("every"))
        {
            return false;
        }
        var u = i + 1;
        var n = Count(t, u, out var afterCount);
        if (n is not null)
        {
            u = afterCount;
        }
        if (!t.TryLookup(u, lexicon.Units, out var unit, out var up) || up > 0 || !t.Adjacent(u) || (unit.Count == 0 && n is null) || t.Key(u).StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        hit = new Hit(u + 1, TimexType.Set, new TimeParts { FixedValue = Duration(n ?? unit.Count, unit.Unit) }, prefix);
        return true;
    }

    /// <summary>قبل خمسة وتسعين عاما (a date so long before the reference); قبل أسابيع (some time before it).</summary>
    private bool Ago(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        if (!t.TryLookup(i, lexicon.Cues, out var roles, out var prefix) || !roles.Contains("ago"))
        {
            return false;
        }
        var n = Count(t, i + 1, out var u);
        if (n is null)
        {
            u = i + 1;
        }
        if (!t.TryLookup(u, lexicon.Units, out var unit, out var up) || up > 0 || !t.Adjacent(u) || t.Key(u).StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        var count = n ?? unit.Count;
        var parts = count == 0
            ? new TimeParts { FixedValue = "PAST_REF" }
            : new TimeParts { Period = (UnitName(unit.Unit), -count) };
        hit = new Hit(u + 1, TimexType.Date, parts, prefix);
        return true;
    }

    /// <summary>13:48، الساعة العاشرة صباحا، الساعة 8 مساء.</summary>
    private bool ClockTime(TimeTokens t, int i, out Hit hit)
    {
        hit = default;
        TimeOnly time;
        int end;
        var prefix = 0;
        if (t.IsKind(i, TokenKind.Number) && TimeOnly.TryParseExact(t.Key(i), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            end = i + 1;
        }
        else if (t.TryLookup(i, lexicon.Cues, out var roles, out prefix) && roles.Contains("hour") && t.Adjacent(i + 1) && Hour(t, i + 1, out time, out end))
        {
        }
        else
        {
            return false;
        }
        string? part = null;
        if (t.TryLookup(end, lexicon.PartsOfDay, out var p, out var pp) && pp == 0 && t.Adjacent(end))
        {
            part = p;
            if (p is "AF" or "EV" or "NI" && time.Hour < 12 && !(p == "NI" && time.Hour < 5))
            {
                time = time.AddHours(12);
            }
            end++;
        }
        hit = new Hit(end, TimexType.Time, new TimeParts { TimeOfDay = time, PartOfDay = part }, prefix);
        return true;
    }

    private bool Hour(TimeTokens t, int i, out TimeOnly time, out int end)
    {
        time = default;
        end = i + 1;
        if (t.IsKind(i, TokenKind.Number))
        {
            return TimeOnly.TryParseExact(t.Key(i), ["H:mm", "HH:mm", "%H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
        }
        if (DayNumber(t, i, out end) is { } h && h is >= 1 and <= 12)
        {
            time = new TimeOnly(h, 0);
            return true;
        }
        return false;
    }

    /// <summary>A count: digits, or number words (ثلاثة، خمسة وتسعين، عشرين).</summary>
    private int? Count(TimeTokens t, int i, out int end)
    {
        end = i + 1;
        if (t.Number(i) is { } digits)
        {
            return digits > 0 ? digits : null;
        }
        if (!t.TryLookup(i, lexicon.Numbers, out var word, out var prefix, allowArticle: false) || word.IsOrdinal || prefix > 0)
        {
            return null;
        }
        var value = word.Value;
        if (word.Kind == "cardinal" && value < 10 && t.TryLookup(i + 1, lexicon.Numbers, out var next, out var np, allowArticle: false) && t.Adjacent(i + 1))
        {
            if (next.Value == 10 && np == 0)
            {
                value += 10;
                end++;
            }
            else if (next.Kind == "tens" && np > 0)
            {
                value += next.Value;
                end++;
            }
        }
        return value;
    }

    private static string Duration(int n, string unit) => unit switch
    {
        "H" or "MIN" => string.Create(CultureInfo.InvariantCulture, $"PT{n}{(unit == "MIN" ? "M" : "H")}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"P{n}{unit}"),
    };
}
