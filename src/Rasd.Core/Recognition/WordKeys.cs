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
    public static List<WordKeys> Of(string text, IReadOnlyList<Token> tokens, TextSpan sentence)
    {
        var words = new List<WordKeys>();
        var breakPending = false;
        foreach (var token in tokens)
        {
            if (token.Span.Start < sentence.Start || token.Span.End > sentence.End)
            {
                continue;
            }
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                breakPending = true;
                continue;
            }
            var key = ArabicNormalizer.NormalizeKey(token.Span.Slice(text));
            var arabic = token.Kind == TokenKind.ArabicWord;
            IReadOnlyList<string> forms = arabic
                ? CliticAnalyzer.Candidates(key).Where(c => c.Suffix.Length == 0).Select(c => c.Stem).ToList()
                : [key];
            words.Add(new WordKeys(token.Span, key, forms, breakPending, arabic));
            breakPending = false;
        }
        return words;
    }
}
