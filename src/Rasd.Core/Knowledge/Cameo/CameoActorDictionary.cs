using System.Globalization;
using System.Text.RegularExpressions;

namespace Rasd.Core.Knowledge.Cameo;

/// <summary>One code of a CAMEO actor, valid in an inclusive range (open ends are null).</summary>
public sealed record CameoCode(string Code, DateOnly? From, DateOnly? To);

/// <summary>An actor of a PETRARCH-format dictionary: its name (lemma words joined by spaces) and codes.</summary>
public sealed record CameoActor(string Name, IReadOnlyList<CameoCode> Codes);

/// <summary>
/// Reads PETRARCH-format actor dictionaries such as the CAMEO Arabic one (openeventdata/UniversalPetrarch,
/// MIT): <c>NAME_WORDS_  [CODE]</c>, or a name line followed by indented <c>[CODE FROM-TO]</c>,
/// <c>[CODE &gt;FROM]</c>, <c>[CODE &lt;TO]</c> lines with YYYYMMDD dates. Known faults are corrected
/// as they are read: an end before its start, or the placeholder end 18000101, means "no end".
/// </summary>
public static partial class CameoActorDictionary
{
    [GeneratedRegex(@"^\[(?<code>[A-Z]{3,12})(?:\s+(?:(?<from>\d{8})-(?<to>\d{8})|>(?<after>\d{8})|<(?<before>\d{8})))?\]$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    /// <summary>The actors of a dictionary file, and how many date ranges had to be corrected.</summary>
    public static (IReadOnlyList<CameoActor> Actors, int Corrected) Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var actors = new List<CameoActor>();
        var corrected = 0;
        string? name = null;
        var codes = new List<CameoCode>();

        void Flush()
        {
            if (name is { Length: > 1 } && codes.Count > 0)
            {
                actors.Add(new CameoActor(name, codes.ToList()));
            }
            codes.Clear();
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var indented = char.IsWhiteSpace(raw[0]);
            if (!indented)
            {
                Flush();
                var bracket = line.IndexOf('[', StringComparison.Ordinal);
                name = string.Join(' ', (bracket < 0 ? line : line[..bracket]).Split('_', ' ').Where(w => w.Length > 0));
                line = bracket < 0 ? string.Empty : line[bracket..].Trim();
            }
            if (line.Length > 0 && CodePattern().Match(line) is { Success: true } m)
            {
                codes.Add(Code(m, ref corrected));
            }
        }
        Flush();
        return (actors, corrected);
    }

    private static CameoCode Code(Match m, ref int corrected)
    {
        DateOnly? from = Date(m.Groups["from"].Value) ?? Date(m.Groups["after"].Value);
        DateOnly? to = Date(m.Groups["to"].Value) ?? Date(m.Groups["before"].Value);
        if (to is { } end && (end.Year <= 1800 || (from is { } start && end < start)))
        {
            to = null;
            corrected++;
        }
        return new CameoCode(m.Groups["code"].Value, from, to);
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
