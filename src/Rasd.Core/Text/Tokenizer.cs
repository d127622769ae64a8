namespace Rasd.Core.Text;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols, reporting offsets into the text
/// as given (it does not normalise; normalise the tokens, not the text, so offsets stay true).
/// Whitespace and invisible formatting (zero-width, bidi controls) separate tokens and are
/// never part of one, except ZWNJ/ZWJ between two letters of an Arabic word.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/>, in order, non-overlapping.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // News text averages a little over six characters per token with its space.
        var tokens = new List<Token>(text.Length / 6 + 1);
        Tokenize(text, tokens);
        return tokens.AsReadOnly();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="destination"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var position = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (ArabicChars.IsSpaceLike(c))
            {
                position++;
                continue;
            }
            var (end, kind) = ReadToken(text, position);
            destination.Add(new Token(new TextSpan(position, end), kind));
            position = end;
        }
    }

    private static (int End, TokenKind Kind) ReadToken(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (ArabicChars.IsArabicLetter(c))
        {
            return (TokenScanner.ArabicWordEnd(text, start), TokenKind.ArabicWord);
        }
        if (ArabicChars.IsDigit(c))
        {
            return TokenScanner.NumberEnd(text, start);
        }
        if (ArabicChars.IsOtherLetter(c))
        {
            return (TokenScanner.LatinWordEnd(text, start), TokenKind.LatinWord);
        }
        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            return (start + 2, TokenKind.Symbol);
        }
        return c == ArabicChars.Tatweel || char.IsPunctuation(c)
            ? (start + 1, TokenKind.Punctuation)
            : (start + 1, TokenKind.Symbol);
    }
}
