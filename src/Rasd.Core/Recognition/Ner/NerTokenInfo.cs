using Rasd.Core.Text;

namespace Rasd.Core.Recognition.Ner;

/// <summary>What the feature extractor needs to know about one token, computed once per token.</summary>
/// <param name="Key">The normalised form (<see cref="ArabicNormalizer.NormalizeKey"/>).</param>
/// <param name="Light">The light stem (<see cref="SearchStemmer"/>) of the key.</param>
/// <param name="Stems">Clitic-stripped candidate stems other than the key itself, at most three.</param>
/// <param name="Shape">Character classes and a length bucket, e.g. <c>A:4</c> or <c>D:2</c>.</param>
/// <param name="AlifMaqsura">
/// True when the word as written ends in ى, which the key folds into ي: it tells the preposition
/// على from the name علي.
/// </param>
internal sealed record NerTokenInfo(string Key, string Light, IReadOnlyList<string> Stems, string Shape, bool AlifMaqsura)
{
    private const int MaxStems = 3;

    /// <summary>The light stem marked with '~' as the document memory counts it, or null when it is the key.</summary>
    public string? MarkedLight { get; } = string.Equals(Light, Key, StringComparison.Ordinal) ? null : "~" + Light;

    /// <summary>Stand-in for the positions before the first and after the last token.</summary>
    public static NerTokenInfo Boundary { get; } = new("<S>", "<S>", [], "S", false);

    /// <summary>Analyses one token.</summary>
    public static NerTokenInfo Of(string token)
    {
        var key = ArabicNormalizer.NormalizeKey(token);
        var light = key.Length == 0 ? key : SearchStemmer.Stem(key);
        var stems = new List<string>(MaxStems);
        if (key.Length >= 2)
        {
            foreach (var candidate in CliticAnalyzer.Candidates(key))
            {
                if (stems.Count == MaxStems)
                {
                    break;
                }
                if (!string.Equals(candidate.Stem, key, StringComparison.Ordinal))
                {
                    stems.Add(candidate.Stem);
                }
            }
        }
        return new NerTokenInfo(key, light, stems, ShapeOf(key), token.EndsWith('ى'));
    }

    private static string ShapeOf(string key)
    {
        bool arabic = false, latin = false, digit = false, other = false;
        foreach (var c in key)
        {
            if (ArabicChars.IsArabicLetter(c))
            {
                arabic = true;
            }
            else if (char.IsAsciiLetter(c) || (char.IsLetter(c) && c < '\u0600'))
            {
                latin = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }
        var classes = string.Concat(arabic ? "A" : "", latin ? "L" : "", digit ? "D" : "", other ? "P" : "");
        var bucket = key.Length switch
        {
            <= 3 => key.Length,
            <= 5 => 5,
            <= 8 => 8,
            _ => 9,
        };
        return classes + ":" + bucket.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
