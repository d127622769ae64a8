using System.Globalization;
using System.Text.RegularExpressions;

namespace Rasd.Core.Ingest;

/// <summary>
/// A dateline found at the start of a line, how many characters of the line it took, and the
/// reporter it credits when it has the shape "reporter – outlet".
/// </summary>
internal readonly record struct DatelineMatch(Dateline Dateline, int Length, string? Author = null);

/// <summary>
/// Reads a dateline at the start of a line: place, explicit date (Hijri converted through the
/// Umm al-Qura calendar and checked against the Gregorian twin when one is written), time, agency.
/// </summary>
internal sealed class DatelineParser(DatelineRules rules, MonthTable months, OutletTable outlets)
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    // Umm al-Qura tables and local sightings may differ by a day or two; a wider gap means a typo.
    private const int HijriTolerance = 2;

    public DatelineMatch? Match(string line)
    {
        foreach (var pattern in rules.Patterns)
        {
            var m = pattern.Match(line);
            if (!m.Success || m.Length == 0)
            {
                continue;
            }
            var text = line[..m.Length].Trim();
            if (m.Groups["first"].Success)
            {
                if (Credit(text, m.Groups["first"].Value.Trim(), m.Groups["second"].Value.Trim()) is { } credit)
                {
                    return credit with { Length = m.Length };
                }
                continue;
            }
            // "سبق- وكالات:" has the shape of "place - agency", but its first word is the outlet. Only outlets
            // whose names are not also common words or cities count (الرياض is both a city and a paper).
            var place = Group(m, "place") is { } p && outlets.FindLine(p) is null ? p : null;
            var dateline = new Dateline(text, place, ExplicitDate(m), Time(m), Group(m, "agency"));
            return new DatelineMatch(dateline, m.Length);
        }
        return null;
    }

    /// <summary>
    /// A short "X – Y" credit line: which side is the outlet, the reporter, the desk or the place is
    /// decided by looking both up, never by position alone. Null when neither side is known.
    /// </summary>
    private DatelineMatch? Credit(string text, string first, string second)
    {
        if (outlets.FindLine(first) is not null)
        {
            // "عين اليوم – الرياض", "عين اليوم – متابعات"
            return new DatelineMatch(new Dateline(text, IsDesk(second) ? null : second, null, null, first), 0);
        }
        if (outlets.FindLine(second) is not null || IsDesk(second))
        {
            // "عمر إبراهيم – عين اليوم", "سلوى سعد – متابعات"
            return new DatelineMatch(new Dateline(text, null, null, null, IsDesk(second) ? null : second), 0, first);
        }
        return null;
    }

    private bool IsDesk(string side) => rules.Desk?.IsMatch(side) == true;

    /// <summary>Converts a Hijri (Umm al-Qura) date; null when the day does not exist.</summary>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        // Umm al-Qura tables cover 1318-1500 AH.
        if (year is < 1318 or > 1500 || month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        try
        {
            if (day > UmAlQura.GetDaysInMonth(year, month))
            {
                return null;
            }
            return DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private DateOnly? ExplicitDate(Match m)
    {
        var gregorian = Gregorian(m);
        var hijri = Hijri(m);
        if (gregorian is { } g && hijri is { } h && Math.Abs(g.DayNumber - h.DayNumber) > HijriTolerance)
        {
            // The twins disagree: the Gregorian date is what the outlet publishes by, keep it.
            return g;
        }
        return gregorian ?? hijri;
    }

    private DateOnly? Gregorian(Match m)
    {
        if (Number(m, "year") is not { } year || Number(m, "day") is not { } day)
        {
            return null;
        }
        var monthText = Group(m, "month");
        var month = monthText is null ? null : Number(m, "month") ?? months.Gregorian(monthText);
        if (month is not { } mo || year is < 1900 or > 2100 || mo is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, mo))
        {
            return null;
        }
        return new DateOnly(year, mo, day);
    }

    private DateOnly? Hijri(Match m)
    {
        if (Number(m, "hyear") is not { } year || Number(m, "hday") is not { } day || Group(m, "hmonth") is not { } monthText)
        {
            return null;
        }
        return months.Hijri(monthText) is { } month ? FromHijri(year, month, day) : null;
    }

    private static TimeOnly? Time(Match m) =>
        Group(m, "time") is { } t && TimeOnly.TryParseExact(t, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    private static string? Group(Match m, string name) =>
        m.Groups[name] is { Success: true, Length: > 0 } g ? g.Value.Trim() : null;

    private static int? Number(Match m, string name) =>
        Group(m, name) is { } s && int.TryParse(Digits(s), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // Arabic-Indic and Persian digits count as digits in \d; fold them before parsing.
    private static string Digits(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            var c = src[i];
            span[i] = c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            };
        }
    });
}
