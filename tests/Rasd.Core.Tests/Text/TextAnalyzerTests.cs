using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

public class TextAnalyzerTests
{
    [Fact]
    public void Analyses_tokens_and_sentences_against_the_unchanged_text()
    {
        const string text = "وصل المقداد إلى موسكو. والتقى لافروف";

        var analysed = TextAnalyzer.Analyze(text);

        Assert.Same(text, analysed.Text);
        Assert.Equal([new TextSpan(0, 22), new TextSpan(23, 36)], analysed.Sentences);
        Assert.Equal(
            ["وصل", "المقداد", "إلى", "موسكو", ".", "والتقى", "لافروف"],
            analysed.Tokens.Select(t => t.Span.Slice(text).ToString()));
        Assert.Equal(new Token(new TextSpan(21, 22), TokenKind.Punctuation), analysed.Tokens[4]);
    }

    [Fact]
    public void Returns_lists_that_callers_cannot_change()
    {
        var analysed = TextAnalyzer.Analyze("وصل المقداد.");

        Assert.False(analysed.Tokens is List<Token>);
        Assert.False(analysed.Sentences is List<TextSpan>);
    }
}
