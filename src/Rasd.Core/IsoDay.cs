using System.Globalization;

namespace Rasd.Core;

/// <summary>Days as the command line and the API take them: <c>YYYY-MM-DD</c>, or nothing.</summary>
public static class IsoDay
{
    /// <summary>
    /// Reads an optional day: true with null for a missing or blank value, true with the day for
    /// <c>YYYY-MM-DD</c>, false for anything else (a value the caller should refuse).
    /// </summary>
    public static bool TryParseOptional(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        return false;
    }
}
