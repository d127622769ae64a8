using System.Globalization;

namespace Rasd.Core.Time;

// Calendar arithmetic: weekdays, months and periods against the reference.
public static partial class TimeNormalizer
{
    /// <summary>The first day of the week in Arabic news usage, for a bare weekday.</summary>
    private const DayOfWeek WeekStart = DayOfWeek.Saturday;

    /// <summary>A day given by an offset (اليوم، أمس) whose stated weekday, if any, should agree with it.</summary>
    private static TimexValue Anchored(DateOnly day, DayOfWeek? weekday)
    {
        if (weekday is not { } w || day.DayOfWeek == w)
        {
            return Day(day, null);
        }
        var resolved = Nearest(w, day);
        return Day(resolved, Invariant($"weekday contradicts the reference date {Iso(day)} ({day.DayOfWeek}); resolved to {Iso(resolved)}"));
    }

    private static DateOnly WeekdayDate(DayOfWeek weekday, Relation? relation, DateOnly reference)
    {
        var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return relation switch
        {
            Relation.Past => reference.AddDays(forward == 0 ? -7 : forward - 7),
            Relation.Next => reference.AddDays(forward == 0 ? 7 : forward),
            Relation.Current => Nearest(weekday, reference),
            _ => reference.AddDays(-(((int)reference.DayOfWeek - (int)WeekStart + 7) % 7) + ((int)weekday - (int)WeekStart + 7) % 7),
        };
    }

    private static DateOnly Nearest(DayOfWeek weekday, DateOnly day)
    {
        var forward = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return forward <= 3 ? day.AddDays(forward) : day.AddDays(forward - 7);
    }

    private static TimexValue MonthDate(TimeParts p, int month, DateOnly reference)
    {
        var year = p.Year ?? (p.MonthRelation switch
        {
            Relation.Current => reference.Year,
            Relation.Past => month < reference.Month ? reference.Year : reference.Year - 1,
            Relation.Next => month > reference.Month ? reference.Year : reference.Year + 1,
            _ => NearestYear(month, p.Day, reference),
        });
        if (year is < 1 or > 9999)
        {
            return new TimexValue("XXXX-XX", null, null, "month");
        }
        var first = new DateOnly(year, month, 1);
        if (p.Day is { } d && d <= DateTime.DaysInMonth(year, month))
        {
            return Day(new DateOnly(year, month, d), null);
        }
        return new TimexValue(Invariant($"{year:0000}-{month:00}"), first, first.AddMonths(1).AddDays(-1), "month");
    }

    private static int NearestYear(int month, int? day, DateOnly reference)
    {
        var best = reference.Year;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            var date = new DateOnly(year, month, Math.Min(day ?? 15, DateTime.DaysInMonth(year, month)));
            var distance = Math.Abs(date.DayNumber - reference.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (year, distance);
            }
        }
        return best;
    }

    private static TimexValue Period(string unit, int offset, DateOnly reference)
    {
        switch (unit)
        {
            case "day":
                return Day(reference.AddDays(offset), null);
            case "week":
                var day = reference.AddDays(7 * offset);
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new TimexValue(Invariant($"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}"), monday, monday.AddDays(6), "week");
            case "month":
                var first = new DateOnly(reference.Year, reference.Month, 1).AddMonths(offset);
                return new TimexValue(Invariant($"{first.Year:0000}-{first.Month:00}"), first, first.AddMonths(1).AddDays(-1), "month");
            case "decade":
                var decade = reference.Year / 10 * 10 + 10 * offset;
                return new TimexValue(Invariant($"{decade / 10:000}"), new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), "decade");
            case "century":
                var century = (reference.Year - 1) / 100 + offset;
                return new TimexValue(Invariant($"{century:00}"), new DateOnly(Math.Max(1, century * 100), 1, 1), new DateOnly(century * 100 + 99, 12, 31), "century");
            case "hour" or "minute":
                return Day(reference, null);
            default:
                return Year(reference.Year + offset);
        }
    }
}
