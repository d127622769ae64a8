using System.Collections.Frozen;

namespace Rasd.Core.Text;

/// <summary>
/// The Text stage's data files, read once on first use from the shipped <c>data/text/</c>
/// folder. A missing or malformed file is a broken installation, not an expected input, so
/// it throws with the file's path rather than degrading silently.
/// </summary>
internal static class TextData
{
    private static readonly Lazy<FrozenSet<string>> LazyAbbreviations =
        new(() => LoadLines("text/abbreviations.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<CliticTable> LazyClitics =
        new(() => CliticTable.Load(RasdData.File("text/clitics.json")));

    /// <summary>Latin abbreviations (without their full stop) that do not end a sentence.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =>
        LazyAbbreviations.Value.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Proclitics and enclitics for <see cref="CliticAnalyzer"/>.</summary>
    public static CliticTable Clitics => LazyClitics.Value;

    /// <summary>Non-empty lines of a data file, with '#' comment lines skipped.</summary>
    public static IEnumerable<string> LoadLines(string relativePath) =>
        File.ReadLines(RasdData.File(relativePath))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
