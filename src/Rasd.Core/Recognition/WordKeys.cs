using Rasd.Core.Text;

namespace Rasd.Core.Recognition;

/// <summary>
/// A word of a sentence prepared for lookup: its span, its normalised key, the forms it may take
/// as the first word of a name once proclitics are removed, and whether punctuation separates it
/// from the previous word (names never run across punctuation).
/// </summary>
internal sealed record WordKeys(TextSpan Span, string Key, IReadOnlyList<string> FirstWordForms, bool BreakBefore, bool IsArabic)
{
    /// <summary>The words of <paramref name="text"/> within <paramref name="sentence"/>.</summary>
    public static List<WordKeys> Of(string text, IReadOnlyList<Token> tokens, TextSpan sentence) =>
        OfSentences(new AnalysedText(text, tokens, [sentence]))[0];

    /// <summary>The words of every sentence, in one pass over the tokens (both are in text order).</summary>
    public static List<List<WordKeys>> OfSentences(AnalysedText analysed)
    {
        var result = new List<List<WordKeys>>(analysed.Sentences.Count);
        var tokens = analysed.Tokens;
        var t = 0;
        foreach (var sentence in analysed.Sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Start)
            {
                t++;
            }
            var words = new List<WordKeys>();
            var breakPending = false;
            for (; t < tokens.Count && tokens[t].Span.End <= sentence.End; t++)
            {
                var token = tokens[t];
                if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
                {
                    breakPending = true;
                    continue;
                }
                words.Add(Of(analysed.Text, token, breakPending));
                breakPending = false;
            }
            result.Add(words);
        }
        return result;
    }

    private static WordKeys Of(string text, Token token, bool breakBefore)
    {
        var key = ArabicNormalizer.NormalizeKey(token.Span.Slice(text));
        var arabic = token.Kind == TokenKind.ArabicWord;
        IReadOnlyList<string> forms = arabic ? FirstWordFormsOf(key) : [key];
        return new WordKeys(token.Span, key, forms, breakBefore, arabic);
    }

    private static List<string> FirstWordFormsOf(string key)
    {
        var forms = new List<string>(4);
        foreach (var candidate in CliticAnalyzer.Candidates(key))
        {
            if (candidate.Suffix.Length == 0)
            {
                forms.Add(candidate.Stem);
            }
        }
        return forms;
    }
}
