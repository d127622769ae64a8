using System.Buffers;

namespace Rasd.Core.Text;

/// <summary>
/// Arabic normalisation for matching keys. The original text is never changed: callers keep
/// it and use the key only to compare, or use <see cref="Normalize"/> to map matches back.
/// </summary>
/// <remarks>
/// Rules, in the order a reader meets them in <see cref="Fold"/>:
/// diacritics (U+064B–U+065F) and superscript alef (U+0670) removed; tatweel removed;
/// zero-width characters (U+200B–U+200F: ZWSP, ZWNJ, ZWJ, LRM, RLM) removed;
/// أ إ آ ٱ → ا; ى → ي; ة → ه; Persian ک → ك and ی → ي; Arabic-Indic and Persian digits → ASCII.
/// ؤ and ئ are kept, as Lucene's ArabicNormalizer keeps them: they are distinct letters whose
/// seat carries the hamza's vowel, so folding them to و/ي would merge words such as سؤال
/// "question" with سوال, and news copy writes them consistently, unlike the hamza on alef,
/// which is routinely dropped (الأسد / الاسد).
/// </remarks>
public static class ArabicNormalizer
{
    /// <summary>Keys longer than this are built in a pooled buffer instead of on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>Every character a rule touches; text without any is returned as is.</summary>
    private static readonly SearchValues<char> Touched = SearchValues.Create(
        "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065A\u065B\u065C\u065D\u065E\u065F"
        + "\u0670\u0640\u200B\u200C\u200D\u200E\u200F"
        + "\u0622\u0623\u0625\u0671\u0649\u0629\u06A9\u06CC"
        + "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
        + "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9");

    /// <summary>
    /// Matching key: diacritics, tatweel and zero-width characters removed, alef/hamza forms to
    /// bare alef, alef maqsura to ya, ta marbuta to ha, Persian kaf/ya to Arabic, Arabic-Indic
    /// and Persian digits to ASCII. Latin letters are not lower-cased.
    /// </summary>
    public static string NormalizeKey(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(Touched);
        if (first < 0)
        {
            return text.ToString();
        }

        char[]? rented = null;
        var buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        text[..first].CopyTo(buffer);
        var length = first;
        for (var i = first; i < text.Length; i++)
        {
            var folded = Fold(text[i]);
            if (folded >= 0)
            {
                buffer[length++] = (char)folded;
            }
        }
        var key = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return key;
    }

    /// <summary>
    /// Normalises <paramref name="text"/> with the rules of <see cref="NormalizeKey"/> and keeps,
    /// for every character of the result, the offset of the original character it came from.
    /// </summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[text.Length];
        var offsets = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = Fold(text[i]);
            if (folded >= 0)
            {
                chars[length] = (char)folded;
                offsets[length] = i;
                length++;
            }
        }
        return new NormalizedText(text, new string(chars, 0, length), offsets.AsSpan(0, length).ToArray());
    }

    /// <summary>The folded character, or -1 when the rules remove it.</summary>
    internal static int Fold(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' or '\u0670' => -1,
        ArabicChars.Tatweel => -1,
        >= '\u200B' and <= '\u200F' => -1,
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => ArabicChars.BareAlef,
        '\u0649' or '\u06CC' => '\u064A',
        '\u0629' => '\u0647',
        '\u06A9' => '\u0643',
        >= '\u0660' and <= '\u0669' => '0' + (c - '\u0660'),
        >= '\u06F0' and <= '\u06F9' => '0' + (c - '\u06F0'),
        _ => c,
    };
}
