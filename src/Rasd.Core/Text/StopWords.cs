using System.Collections.Frozen;

namespace Rasd.Core.Text;

/// <summary>
/// Arabic function words and other very common words (<c>data/text/stopwords.txt</c>), compared on
/// normalised keys. Recognition uses them to end unknown names and to refuse turning a common
/// word into a name.
/// </summary>
public static class StopWords
{
    private static readonly Lazy<FrozenSet<string>> Keys = new(() =>
        TextData.LoadLines("text/stopwords.txt").Select(w => ArabicNormalizer.NormalizeKey(w)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True when a word, already normalised with <see cref="ArabicNormalizer.NormalizeKey"/>, is a stop word.</summary>
    public static bool Contains(string normalizedWord) => Keys.Value.Contains(normalizedWord);
}
