namespace Rasd.Core.Text;

/// <summary>Whether a run of terminators ends a sentence, looking only at its neighbours.</summary>
internal static class SentenceBoundary
{
    /// <summary>Full stop, exclamation, question marks (Latin and Arabic), Arabic semicolon, ellipsis.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u061B' or '\u2026';

    /// <summary>One past the last terminator of the run starting at <paramref name="start"/>.</summary>
    public static int TerminatorRunEnd(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && IsTerminator(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// A run glued to a following letter or digit ends a sentence only between two Arabic
    /// words ("الخميس.وقال"), so decimals (3.5), dates (2020.12.20), file names and domains
    /// stay whole. A lone full stop after an abbreviation never ends one.
    /// </summary>
    public static bool EndsSentence(string text, int runStart, int runEnd)
    {
        if (runEnd == runStart + 1 && text[runStart] == '.' && FollowsAbbreviation(text, runStart))
        {
            return false;
        }
        if (runEnd < text.Length && char.IsLetterOrDigit(text[runEnd]))
        {
            return runStart > 0
                && (ArabicChars.IsArabicLetter(text[runStart - 1]) || ArabicChars.IsArabicMark(text[runStart - 1]))
                && ArabicChars.IsArabicLetter(text[runEnd]);
        }
        return true;
    }

    /// <summary>
    /// The word before the full stop is a single letter (د. م. ص. U. S.) or a listed Latin
    /// abbreviation. Arabic diacritics on the letter do not count as letters.
    /// </summary>
    private static bool FollowsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        var letters = 0;
        while (wordStart > 0)
        {
            var c = text[wordStart - 1];
            if (char.IsLetter(c) && c != ArabicChars.Tatweel)
            {
                letters++;
            }
            else if (!ArabicChars.IsArabicMark(c))
            {
                break;
            }
            wordStart--;
        }
        if (letters == 0)
        {
            return false;
        }
        return letters == 1 || TextData.Abbreviations.Contains(text.AsSpan(wordStart, dot - wordStart));
    }
}
