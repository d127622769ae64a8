using System.Globalization;
using Rasd.Core.Time;

namespace Rasd.Core.Resolution;

/// <summary>
/// Day-level constraints on the publication day from the text's time expressions. Hard ones
/// (today's weekday, the current month) always apply; the same-year reading of a past or coming
/// month and the "today is the day it names" preference apply only while some day survives.
/// </summary>
internal static class DayConstraints
{
    /// <summary>Today's weekday and the current month: true of the publication day itself.</summary>
    public static List<DateOnly> ApplyHard(List<DateOnly> days, IReadOnlyList<TimeExpression> times, List<string> reasons)
    {
        foreach (var weekday in times.Where(IsToday).Select(t => t.Parts.Weekday).OfType<DayOfWeek>().Distinct())
        {
            days = Keep(days, d => d.DayOfWeek == weekday, $"today is a {weekday}", reasons, hard: true);
        }
        foreach (var t in times.Where(t => t.Parts.MonthRelation == Relation.Current && t.Parts.Month is not null).DistinctBy(t => t.Text))
        {
            var (month, year) = (t.Parts.Month!.Value, t.Parts.Year);
            days = Keep(days, d => d.Month == month && (year is null || d.Year == year), $"\"{t.Text}\" is the current month", reasons, hard: true);
        }
        return days;
    }

    /// <summary>Readings that are usual but not certain: applied only while some day survives them.</summary>
    public static List<DateOnly> ApplySoft(List<DateOnly> days, IReadOnlyList<TimeExpression> times, List<string> reasons)
    {
        foreach (var t in times.Where(t => t.Parts.MonthRelation == Relation.Past && t.Parts.Month is not null && t.Parts.Year is null).DistinctBy(t => t.Text))
        {
            var month = t.Parts.Month!.Value;
            days = Keep(days, d => d.Month > month, $"\"{t.Text}\" is past in the same year", reasons, hard: false);
        }
        foreach (var t in times.Where(t => t.Parts.MonthRelation == Relation.Next && t.Parts.Month is not null && t.Parts.Year is null).DistinctBy(t => t.Text))
        {
            var (month, day) = (t.Parts.Month!.Value, t.Parts.Day);
            days = Keep(days, d => d.Month < month || (d.Month == month && day is { } dd && d.Day < dd), $"\"{t.Text}\" is to come in the same year", reasons, hard: false);
        }
        if (times.Any(IsToday))
        {
            // A text that speaks of today and names a day of the current month is most often
            // written on that day: "اليوم الخميس" with talks "في 17 ديسمبر الجاري".
            foreach (var t in times.Where(t => t.Parts is { Day: not null, Month: not null } && t.Parts.MonthRelation is null or Relation.Current).DistinctBy(t => t.Text))
            {
                var (month, day, year) = (t.Parts.Month!.Value, t.Parts.Day!.Value, t.Parts.Year);
                days = Keep(days, d => d.Month == month && d.Day == day && (year is null || d.Year == year), $"today is the day it names, \"{t.Text}\"", reasons, hard: false);
            }
        }
        return days;
    }

    private static bool IsToday(TimeExpression t) =>
        t.Parts.Weekday is not null && (t.Parts.WeekdayRelation == Relation.Current || t.Parts.DayOffset == 0);

    private static List<DateOnly> Keep(List<DateOnly> days, Func<DateOnly, bool> predicate, string reason, List<string> reasons, bool hard)
    {
        var kept = days.Where(predicate).ToList();
        if (kept.Count == 0 && !hard)
        {
            return days;
        }
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{reason} ({kept.Count} day(s) left)"));
        return kept;
    }
}
