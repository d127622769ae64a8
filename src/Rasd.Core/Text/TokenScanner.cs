namespace Rasd.Core.Text;

/// <summary>The scanning rules for each kind of multi-character token.</summary>
internal static class TokenScanner
{
    /// <summary>
    /// An Arabic word runs over letters, diacritics and tatweel (a trailing tatweel as in
    /// "بـ" is part of the word); ZWNJ/ZWJ only when an Arabic letter or mark follows.
    /// Digits end the word: "2020م" is a number then a word, so the Time stage sees the year.
    /// </summary>
    public static int ArabicWordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicChars.IsArabicLetter(c) || ArabicChars.IsArabicMark(c) || c == ArabicChars.Tatweel)
            {
                i++;
            }
            else if (c is '\u200C' or '\u200D' && i + 1 < text.Length
                && (ArabicChars.IsArabicLetter(text[i + 1]) || ArabicChars.IsArabicMark(text[i + 1])))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// A number is digits with single inner separators followed by a digit: dates
    /// (2020.12.20, 17/12/2020, 2020-12-17), times (13:48), grouping (1,500 ١٬٥٠٠) and
    /// decimals (3.5 ٣٫٥). A trailing separator is left out, so "عام 2020." ends in a full stop.
    /// A plain ASCII number glued to Latin letters is one Latin word ("5G", "113750z").
    /// </summary>
    public static (int End, TokenKind Kind) NumberEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        var plainAscii = char.IsAsciiDigit(text[start]);
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicChars.IsDigit(c))
            {
                plainAscii &= char.IsAsciiDigit(c);
                i++;
            }
            else if (IsNumberSeparator(c) && i + 1 < text.Length && ArabicChars.IsDigit(text[i + 1]))
            {
                plainAscii = false;
                i += 2;
            }
            else
            {
                break;
            }
        }
        if (plainAscii && i < text.Length && char.IsAsciiLetter(text[i]))
        {
            return (LatinWordEnd(text, i), TokenKind.LatinWord);
        }
        return (i, TokenKind.Number);
    }

    /// <summary>
    /// A Latin word runs over letters of non-Arabic scripts and digits, and over an apostrophe
    /// or hyphen with a letter or digit on both sides (O'Brien, al-Assad, covid-19).
    /// </summary>
    public static int LatinWordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLatinWordChar(c))
            {
                i++;
            }
            else if (c is '\'' or '\u2019' or '-' && i + 1 < text.Length && IsLatinWordChar(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static bool IsLatinWordChar(char c) => ArabicChars.IsOtherLetter(c) || char.IsAsciiDigit(c);

    /// <summary>Separators allowed between digits; ٫ and ٬ are the Arabic decimal and thousands signs.</summary>
    private static bool IsNumberSeparator(char c) => c is '.' or ',' or ':' or '/' or '-' or '\u066B' or '\u066C';
}
