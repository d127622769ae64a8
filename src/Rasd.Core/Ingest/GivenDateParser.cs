using System.Globalization;

namespace Rasd.Core.Ingest;

/// <summary>Reads a date supplied with an article: ISO dates and date-times, RFC 1123 (RSS), and the like.</summary>
internal static class GivenDateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd", "yyyy.MM.dd",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    /// <summary>The calendar day the value names, in the offset it was written in; null when unreadable.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var s = value.Trim();
        if (DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return DateOnly.FromDateTime(exact);
        }
        // Offsets are kept, not converted: the day printed by the outlet is the day it means.
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            return DateOnly.FromDateTime(dto.DateTime);
        }
        return null;
    }
}
