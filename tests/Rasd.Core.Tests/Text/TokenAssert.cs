using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

/// <summary>Asserts tokens as (covered text, kind, start offset); the end follows from the text.</summary>
internal static class TokenAssert
{
    public static void Tokens(string text, params (string Text, TokenKind Kind, int Start)[] expected)
    {
        var actual = Tokenizer.Tokenize(text);
        var expectedTokens = expected
            .Select(e => new Token(new TextSpan(e.Start, e.Start + e.Text.Length), e.Kind))
            .ToArray();
        Assert.Equal(expectedTokens, actual);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Text, actual[i].Span.Slice(text).ToString());
        }
    }
}
