using Rasd.Core.Data;
using System.Text.RegularExpressions;

namespace Rasd.Core.Ingest;

/// <summary>
/// Dateline patterns from <c>datelines.tsv</c>, with <c>{name}</c> fragments expanded and the
/// month-name alternations from <c>months.tsv</c> filled in.
/// </summary>
internal sealed class DatelineRules
{
    private static readonly Regex Placeholder = new(@"\{(?<name>[a-z]+)\}", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private DatelineRules(IReadOnlyList<Regex> patterns, Regex? desk)
    {
        Patterns = patterns;
        Desk = desk;
    }

    /// <summary>Patterns anchored at the start of a line, in file order.</summary>
    public IReadOnlyList<Regex> Patterns { get; }

    /// <summary>
    /// The <c>desk</c> fragment as a whole-text pattern: words that stand where a place or
    /// agency would but name a newsroom desk (متابعات، خاص), when the file defines one.
    /// </summary>
    public Regex? Desk { get; }

    public static DatelineRules Load(string path, MonthTable months)
    {
        var defines = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gmonth"] = months.GregorianAlternation,
            ["hmonth"] = months.HijriAlternation,
        };
        var patterns = new List<Regex>();
        foreach (var line in TsvFile.Read(path, 2))
        {
            switch (line.Fields[0])
            {
                case "define" when line.Fields.Length >= 3:
                    defines[line.Fields[1]] = Expand(line, line.Fields[2], defines);
                    break;
                case "define":
                    throw line.Error("a define needs a name and a pattern");
                case "dateline":
                    patterns.Add(line.Compile($"^(?:{Expand(line, line.Fields[1], defines)})"));
                    break;
                default:
                    throw line.Error($"unknown entry '{line.Fields[0]}' (define, dateline)");
            }
        }
        var desk = defines.TryGetValue("desk", out var deskPattern)
            ? new Regex($"^(?:{deskPattern})$", RegexOptions.CultureInvariant)
            : null;
        return new DatelineRules(patterns, desk);
    }

    private static string Expand(TsvLine line, string pattern, Dictionary<string, string> defines) =>
        Placeholder.Replace(pattern, m => defines.TryGetValue(m.Groups["name"].Value, out var value)
            ? $"(?:{value})"
            : throw line.Error($"unknown fragment '{{{m.Groups["name"].Value}}}'"));
}
