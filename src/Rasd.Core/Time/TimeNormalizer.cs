using System.Globalization;

namespace Rasd.Core.Time;

/// <summary>
/// Resolves a <see cref="TimeExpression"/> against a reference date (the document's publication
/// date) into a TIMEX3 value. Pure: the reference is always passed in, never read from a clock.
/// </summary>
/// <remarks>
/// Conventions (TimeML): a bare weekday is the one in the reference's week (Saturday to Friday, the
/// week of Arabic news); الماضي is strictly before the reference and المقبل strictly after; a named
/// month with الجاري is that month of the reference year; a day and month without a year take the
/// year that puts them nearest the reference; a weekday that contradicts its anchored day (اليوم
/// الخميس on a Tuesday) yields the nearest such weekday, with a note.
/// </remarks>
public static partial class TimeNormalizer
{
    /// <summary>The TIMEX3 value of <paramref name="expression"/> read against <paramref name="reference"/>.</summary>
    public static TimexValue Normalize(TimeExpression expression, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var p = expression.Parts;
        TimexValue value;
        try
        {
            value = expression.Type switch
            {
                TimexType.Duration => new TimexValue(p.FixedValue ?? "PXX", null, null, "duration"),
                TimexType.Set => new TimexValue(p.FixedValue ?? "PXX", null, null, "set"),
                TimexType.Time => Time(p, reference),
                _ => Date(p, reference),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // Only a reference within a year of the calendar's ends gets here; the result says so instead of throwing.
            value = new TimexValue("XXXX-XX-XX", null, null, "fuzzy", Invariant($"outside the calendar when read against {Iso(reference)}"));
        }
        return p.Mod is null ? value : value with { Mod = p.Mod };
    }

    private static TimexValue Time(TimeParts p, DateOnly reference)
    {
        var day = HasDay(p) ? Date(p, reference) : new TimexValue(Iso(reference), reference, reference, "day");
        var clock = p.TimeOfDay is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : p.PartOfDay ?? "XX:XX";
        return day with { Value = $"{day.Value}T{clock}", Granularity = "time" };
    }

    private static bool HasDay(TimeParts p) => p.DayOffset is not null || p.Weekday is not null || p.Day is not null;

    private static TimexValue Date(TimeParts p, DateOnly reference)
    {
        if (p.FixedValue is { } fixedValue)
        {
            return Fixed(fixedValue);
        }
        if (p.DayOffset is { } offset)
        {
            return Anchored(reference.AddDays(offset), p.Weekday);
        }
        if (p.Weekday is { } weekday)
        {
            return Day(WeekdayDate(weekday, p.WeekdayRelation, reference), null);
        }
        if (p.Month is { } month)
        {
            return MonthDate(p, month, reference);
        }
        if (p.Season is { } season)
        {
            var year = p.Year ?? reference.Year;
            return new TimexValue(Invariant($"{year:0000}-{season}"), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "season");
        }
        if (p.Decade is { } decade)
        {
            var start = reference.Year / 100 * 100 + decade * 10;
            start = start > reference.Year ? start - 100 : start;
            return new TimexValue(Invariant($"{start / 10:000}"), new DateOnly(start, 1, 1), new DateOnly(start + 9, 12, 31), "decade");
        }
        if (p.Year is { } y)
        {
            return Year(y);
        }
        if (p.Period is { } period)
        {
            return Period(period.Unit, period.Offset, reference);
        }
        return new TimexValue("XXXX-XX-XX", null, null, "fuzzy");
    }

    private static TimexValue Fixed(string value) => value switch
    {
        "PAST_REF" or "PRESENT_REF" or "FUTURE_REF" => new TimexValue(value, null, null, "fuzzy"),
        _ when value.Length == 2 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var c) =>
            new TimexValue(value, new DateOnly(Math.Max(1, c * 100), 1, 1), new DateOnly(c * 100 + 99, 12, 31), "century"),
        _ => new TimexValue(value, null, null, value.StartsWith('P') ? "duration" : "fuzzy"),
    };

    internal static TimexValue Year(int year) =>
        year is >= 1 and <= 9999
            ? new TimexValue(Invariant($"{year:0000}"), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "year")
            : new TimexValue("XXXX", null, null, "year");

    internal static TimexValue Day(DateOnly day, string? note) => new(Iso(day), day, day, "day", note);

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
