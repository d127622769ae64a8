using Rasd.Core.Text;

namespace Rasd.Core.Framing;

/// <summary>The normalised key of every Arabic word token of a text (null for other tokens), computed once per document.</summary>
internal sealed class FramingWords
{
    public FramingWords(AnalysedText text)
    {
        Text = text;
        Keys = new string?[text.Tokens.Count];
        for (var i = 0; i < Keys.Length; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.ArabicWord)
            {
                Keys[i] = ArabicNormalizer.NormalizeKey(token.Span.Slice(text.Text));
            }
        }
    }

    public AnalysedText Text { get; }

    public string?[] Keys { get; }

    public IReadOnlyList<Token> Tokens => Text.Tokens;

    /// <summary>Index of the first token that ends after <paramref name="offset"/> (binary search).</summary>
    public int TokenAt(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Span.End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>The sentence holding <paramref name="offset"/>, or the whole text when the splitter found none there.</summary>
    public TextSpan SentenceAt(int offset)
    {
        foreach (var sentence in Text.Sentences)
        {
            if (sentence.Start <= offset && offset < sentence.End)
            {
                return sentence;
            }
        }
        return new TextSpan(0, Text.Text.Length);
    }
}
