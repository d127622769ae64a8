using System.Globalization;

namespace Rasd.Core.Text;

/// <summary>
/// Character classes shared by the normaliser, tokenizer and sentence splitter, so every stage
/// agrees on what a letter, a mark or a digit is. Plain range checks: these run once per
/// character on the hot path.
/// </summary>
internal static class ArabicChars
{
    public const char Tatweel = '\u0640';
    public const char BareAlef = '\u0627';

    /// <summary>Arabic, Arabic Supplement, Extended-B/A and both presentation-form blocks.</summary>
    public static bool InArabicBlock(char c) =>
        c is >= '\u0600' and <= '\u06FF'
            or >= '\u0750' and <= '\u077F'
            or >= '\u0870' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF'
            or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// An Arabic letter that can start a word. Tatweel is a "modifier letter" to Unicode but
    /// is only an elongation stroke, and standalone it is used as a dash ("موسكو ـ رويترز").
    /// </summary>
    public static bool IsArabicLetter(char c) =>
        c != Tatweel && InArabicBlock(c) && char.IsLetter(c);

    /// <summary>Harakat, tanwin, shadda, sukun, superscript alef and the other combining marks of the block.</summary>
    public static bool IsArabicMark(char c) =>
        InArabicBlock(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>The diacritics the normaliser removes: fathatan..sukun and beyond (U+064B–U+065F) and superscript alef.</summary>
    public static bool IsRemovedDiacritic(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';

    /// <summary>ZWSP, ZWNJ, ZWJ, LRM and RLM: invisible, and they break matching when pasted from the web.</summary>
    public static bool IsZeroWidth(char c) => c is >= '\u200B' and <= '\u200F';

    /// <summary>
    /// Invisible formatting the tokenizer and splitter treat like whitespace: zero-width
    /// characters, bidi embeddings and isolates, and the byte-order mark.
    /// </summary>
    public static bool IsIgnorable(char c) =>
        IsZeroWidth(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';

    /// <summary>A letter of any script other than Arabic (Latin in practice; Cyrillic and Greek too).</summary>
    public static bool IsOtherLetter(char c) => !InArabicBlock(c) && char.IsLetter(c);

    /// <summary>A decimal digit of any script: ASCII, Arabic-Indic (٠-٩), Persian (۰-۹) and the rest.</summary>
    public static bool IsDigit(char c) => char.IsDigit(c);

    /// <summary>Line terminators: a line break always ends a sentence.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whitespace or invisible formatting: never part of a token and trimmed from sentences.</summary>
    public static bool IsSpaceLike(char c) => char.IsWhiteSpace(c) || IsIgnorable(c);
}
