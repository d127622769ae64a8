using Rasd.Core.Data;
using System.Text.RegularExpressions;
using Rasd.Core.Text;

namespace Rasd.Core.Ingest;

/// <summary>Month names of the Gregorian (both series, Maghrebi variants) and Hijri calendars.</summary>
internal sealed class MonthTable
{
    private readonly Dictionary<string, int> gregorian = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> hijri = new(StringComparer.Ordinal);

    public string GregorianAlternation { get; private set; } = string.Empty;

    public string HijriAlternation { get; private set; } = string.Empty;

    public static MonthTable Load(string path)
    {
        var table = new MonthTable();
        var gNames = new List<string>();
        var hNames = new List<string>();
        foreach (var line in TsvFile.Read(path, 3))
        {
            if (!int.TryParse(line.Fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                throw line.Error($"month number must be 1-12, found '{line.Fields[1]}'");
            }
            var name = line.Fields[2].Trim();
            switch (line.Fields[0])
            {
                case "gregorian":
                    table.gregorian[Key(name)] = month;
                    gNames.Add(name);
                    break;
                case "hijri":
                    table.hijri[Key(name)] = month;
                    hNames.Add(name);
                    break;
                default:
                    throw line.Error($"calendar must be 'gregorian' or 'hijri', found '{line.Fields[0]}'");
            }
        }
        table.GregorianAlternation = Alternation(gNames);
        table.HijriAlternation = Alternation(hNames);
        return table;
    }

    public int? Gregorian(string name) => gregorian.TryGetValue(Key(name), out var m) ? m : null;

    public int? Hijri(string name) => hijri.TryGetValue(Key(name), out var m) ? m : null;

    private static string Key(string name) => string.Join(' ', ArabicNormalizer.NormalizeKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Longest names first so "كانون الثاني" is not cut to a shorter name; spaces match any run.
    private static string Alternation(IEnumerable<string> names) =>
        string.Join('|', names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)
            .Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
}
