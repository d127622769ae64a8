using System.Globalization;
using System.Text;
using Rasd.Core.Text;

namespace Rasd.Core.Evaluation.Gold;

/// <summary>
/// Name comparison as the gold file's rules state it: canonical English names compared
/// case-, diacritic-, hyphen- and space-insensitively with "al-" optional; Arabic names compared
/// on normalised keys.
/// </summary>
public static class GoldNames
{
    /// <summary>The comparison key of an English name: "Asaad al-Shaibani" and "Asaad Shaibani" meet.</summary>
    public static string EnglishKey(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var word in decomposed.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.ToUpperInvariant();
            if (w is "AL" or "EL")
            {
                continue;
            }
            foreach (var c in w)
            {
                if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }
        }
        return builder.ToString();
    }

    /// <summary>The comparison key of an Arabic name.</summary>
    public static string ArabicKey(string name) =>
        string.Join(' ', ArabicNormalizer.NormalizeKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
