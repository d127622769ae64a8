using System.Globalization;
using System.Text.RegularExpressions;
using Rasd.Core.Text;

namespace Rasd.Core.Linking;

/// <summary>
/// Finds where reports of one event disagree, so they are shown, not hidden: different days,
/// different places, and different figures for the same unit ("100 ألف طن").
/// </summary>
public sealed partial class ConflictFinder
{
    private static readonly Dictionary<string, long> Multipliers = new(StringComparer.Ordinal)
    {
        ["الف"] = 1_000, ["الاف"] = 1_000, ["مليون"] = 1_000_000, ["ملايين"] = 1_000_000, ["مليار"] = 1_000_000_000,
    };

    private readonly HashSet<string> _units;

    /// <summary>A finder over figure units (data/linking/figure-units.txt).</summary>
    public ConflictFinder(IEnumerable<string> units) =>
        _units = units.Select(u => ArabicNormalizer.NormalizeKey(u)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The finder with the shipped units.</summary>
    public static ConflictFinder CreateDefault() => new(
        File.ReadLines(RasdData.File("linking/figure-units.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));

    [GeneratedRegex(@"(?<number>\d[\d,.]*)\s+(?:(?<scale>\S+)\s+)?(?<unit>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex FigurePattern();

    /// <summary>Every disagreement among the reports.</summary>
    public IReadOnlyList<ClusterConflict> Find(IReadOnlyList<ClusterReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var conflicts = new List<ClusterConflict>();
        var dated = reports.Where(r => r.Date is not null).GroupBy(r => r.DocId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First());
        if (dated.Values.Select(r => r.Date).Distinct().Count() > 1)
        {
            conflicts.Add(new ClusterConflict("date", dated.ToDictionary(p => p.Key, p => Describe(p.Value), StringComparer.Ordinal)));
        }
        var placed = reports.Where(r => r.Place is not null).GroupBy(r => r.DocId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Place!);
        if (placed.Values.Distinct(StringComparer.Ordinal).Count() > 1)
        {
            conflicts.Add(new ClusterConflict("place", placed));
        }
        var figures = reports.SelectMany(r => r.Evidence.SelectMany(Figures).Select(f => (r.DocId, f.Unit, f.Value, f.Text)))
            .GroupBy(f => f.Unit, StringComparer.Ordinal);
        foreach (var unit in figures)
        {
            var byDoc = unit.GroupBy(f => f.DocId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First());
            if (byDoc.Count > 1 && byDoc.Values.Select(f => f.Value).Distinct().Count() > 1)
            {
                conflicts.Add(new ClusterConflict("figure", byDoc.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal), unit.Key));
            }
        }
        return conflicts;
    }

    private static string Describe(ClusterReport report) =>
        report.DateText is { } text
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Date:yyyy-MM-dd} ({text})")
            : report.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Numbers with a known unit in a sentence: "100 ألف طن" → (طن, 100000).</summary>
    internal IEnumerable<(string Unit, long Value, string Text)> Figures(string sentence)
    {
        foreach (Match m in FigurePattern().Matches(ArabicNormalizer.NormalizeKey(sentence)))
        {
            if (!decimal.TryParse(m.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }
            var scale = m.Groups["scale"].Success && Multipliers.TryGetValue(m.Groups["scale"].Value, out var k) ? k : 1;
            var unit = Unit(m.Groups["unit"].Value) ?? (m.Groups["scale"].Success && scale == 1 ? Unit(m.Groups["scale"].Value) : null);
            if (unit is not null)
            {
                yield return (unit, (long)(number * scale), m.Value);
            }
        }
    }

    private string? Unit(string word) =>
        CliticAnalyzer.Candidates(word).Select(c => c.Stem).FirstOrDefault(_units.Contains);
}
