using Rasd.Core.Search;

namespace Rasd.Core.Tests.Search;

public class SnippetBuilderTests
{
    private static IReadOnlySet<string> Terms(string query) => SearchQueryParser.Parse(query).Terms;

    private static string[] Marked(Snippet snippet) => snippet.Highlights.Select(h => h.Slice(snippet.Text).ToString()).ToArray();

    [Fact]
    public void Highlights_the_words_as_written_in_every_clitic_and_spelling_form()
    {
        const string text = "قال الأسد إن الدعم للأسد مستمر، وأشاد والاسد بالموقف.";

        var snippet = SnippetBuilder.Build(text, Terms("الأسد"));

        Assert.Equal(["الأسد", "للأسد", "والاسد"], Marked(snippet));
        Assert.Equal(new TextSpan(4, 9), snippet.Highlights[0]);
        Assert.Equal(new TextSpan(0, text.Length), snippet.Range);
        Assert.False(snippet.StartsInside);
        Assert.False(snippet.EndsInside);
    }

    [Fact]
    public void Picks_the_window_with_the_most_distinct_query_terms()
    {
        var filler = string.Join(' ', Enumerable.Repeat("كلمة", 40));
        var text = $"موسكو {filler} وصل لافروف إلى موسكو اليوم {filler} موسكو";

        var snippet = SnippetBuilder.Build(text, Terms("لافروف موسكو"), words: 10);

        Assert.Equal(["لافروف", "موسكو"], Marked(snippet));
        Assert.True(snippet.StartsInside);
        Assert.True(snippet.EndsInside);
        Assert.Equal(snippet.Text, snippet.Range.Slice(text).ToString());
        Assert.Equal(10, snippet.Text.Split(' ').Length);
    }

    [Fact]
    public void Without_a_hit_the_snippet_is_the_opening_words()
    {
        var snippet = SnippetBuilder.Build("بحث وزير الخارجية العلاقات الثنائية مع نظيره.", Terms("طهران"), words: 3);

        Assert.Equal("بحث وزير الخارجية", snippet.Text);
        Assert.Empty(snippet.Highlights);
        Assert.Equal("بحث وزير الخارجية …", snippet.Mark("[", "]"));
    }

    [Fact]
    public void Marks_highlights_and_cuts()
    {
        var text = "أ ب ج د هـ و ز لافروف ح ط ي ك ل م ن";

        var snippet = SnippetBuilder.Build(text, Terms("لافروف"), words: 3);

        Assert.Equal("… ز [لافروف] ح …", snippet.Mark("[", "]"));
    }

    [Fact]
    public void A_window_ending_before_a_closing_quote_keeps_it()
    {
        var snippet = SnippetBuilder.Build("قال: “زيارة موسكو”", Terms("موسكو"), words: 2);

        Assert.Equal("زيارة موسكو”", snippet.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("، . ؟")]
    public void Texts_without_words_give_an_empty_snippet(string text) => Assert.Equal("", SnippetBuilder.Build(text, Terms("موسكو")).Text);
}
