namespace Rasd.Core.Text;

/// <summary>
/// Splits text into sentences on <c>. ! ? ؟ ؛ …</c> and line breaks. A line break always ends
/// a sentence; a terminator inside quotes (“…” «…» "…") does not, unless closing quotes follow
/// it directly and close every open quote, in which case the sentence ends after them.
/// A full stop after a single letter (د. م. U.S.) or a listed abbreviation (Mr.) does not end
/// a sentence; runs such as <c>..</c>, <c>...</c> and <c>؟!</c> end it once, after the run.
/// Spans exclude leading and trailing whitespace; empty sentences are not reported.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentence spans of <paramref name="text"/>, in order, non-overlapping.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var start = 0;
        var quotes = new QuoteState();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicChars.IsLineBreak(c))
            {
                AddTrimmed(text, start, i, sentences);
                start = i + 1;
                quotes = default;
                i++;
                continue;
            }
            if (!SentenceBoundary.IsTerminator(c))
            {
                quotes.See(c);
                i++;
                continue;
            }
            var runEnd = SentenceBoundary.TerminatorRunEnd(text, i);
            if (SentenceBoundary.EndsSentence(text, i, runEnd))
            {
                var end = quotes.IsOpen ? quotes.CloseAfter(text, runEnd) : runEnd;
                if (end >= 0)
                {
                    AddTrimmed(text, start, end, sentences);
                    start = end;
                    i = end;
                    continue;
                }
            }
            i = runEnd;
        }
        AddTrimmed(text, start, text.Length, sentences);
        return sentences.AsReadOnly();
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && ArabicChars.IsSpaceLike(text[start]))
        {
            start++;
        }
        while (end > start && ArabicChars.IsSpaceLike(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
