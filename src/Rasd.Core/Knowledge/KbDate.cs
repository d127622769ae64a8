using System.Globalization;
using Rasd.Core.Data;

namespace Rasd.Core.Knowledge;

/// <summary>
/// Dates in knowledge-base files: <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> / <c>YYYY</c> where only that
/// much is known. A start is read as the first day of its month or year, an end as the last.
/// </summary>
internal static class KbDate
{
    public static DateOnly ParseFrom(TsvLine line, string text) => Parse(line, text, end: false);

    public static DateOnly? ParseTo(TsvLine line, string text) =>
        string.IsNullOrWhiteSpace(text) ? null : Parse(line, text, end: true);

    private static DateOnly Parse(TsvLine line, string text, bool end)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        if (DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1800 and < 2200)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }
        throw line.Error($"'{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    }
}
