using System.Collections.Frozen;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Words that tend to precede a name (الرئيس before a person, مدينة before a place, وزارة
/// before an organisation), each with a type hint, keyed by normalised form. The list is data
/// (<c>data/ner/triggers.tsv</c>: <c>word TAB type</c>); a trained model carries its own copy
/// so that it is always read with the list it was trained on.
/// </summary>
public sealed class TriggerLexicon
{
    private readonly FrozenDictionary<string, string> _types;

    /// <summary>Builds a lexicon from word/type pairs; words are normalised here.</summary>
    public TriggerLexicon(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, type) in entries)
        {
            types[Text.ArabicNormalizer.NormalizeKey(word)] = type;
        }
        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty lexicon.</summary>
    public static TriggerLexicon Empty { get; } = new([]);

    /// <summary>The entries, normalised word to type, in ordinal order of the word.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries =>
        _types.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

    /// <summary>The type hint of a normalised word, or null.</summary>
    public string? TypeOf(string normalizedWord) =>
        _types.TryGetValue(normalizedWord, out var type) ? type : null;

    /// <summary>Reads a <c>word TAB type</c> file; blank lines and lines starting with '#' are skipped.</summary>
    public static TriggerLexicon Load(string path)
    {
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path}: expected 'word<TAB>type' in '{line}'");
            }
            entries.Add(new(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return new TriggerLexicon(entries);
    }
}
