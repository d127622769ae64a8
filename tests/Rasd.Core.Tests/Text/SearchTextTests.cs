using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

public class SearchTextTests
{
    [Fact]
    public void Indexes_the_article_and_its_clitic_forms_as_one_term()
    {
        string[] forms = ["الأسد", "الاسد", "للأسد", "والأسد", "بالأسد", "الأَسَد"];

        Assert.All(forms, form => Assert.Equal(["اسد"], SearchText.Terms(form)));
    }

    [Fact]
    public void Stems_a_normalised_word_with_lucene_light_stemming()
    {
        Assert.Equal("رئيس", SearchStemmer.Stem("الرئيس"));
        Assert.Equal("علاق", SearchStemmer.Stem("العلاقات"));
        Assert.Equal("موسكو", SearchStemmer.Stem("موسكو"));
    }

    [Fact]
    public void Builds_index_text_from_words_and_numbers_only_lower_casing_latin() =>
        Assert.Equal("قال رئيس بشار اسد hello world في 2020",
            SearchText.Build("قال الرئيسُ بشار الأسد: “Hello World” في ٢٠٢٠."));

    [Fact]
    public void Processes_queries_exactly_like_indexed_text()
    {
        const string text = "وزير الخارجية الروسي سيرغي لافروف، في موسكو Reuters";

        Assert.Equal(SearchText.Build(text), string.Join(' ', SearchText.Terms(text)));
    }

    [Fact]
    public void Builds_nothing_from_punctuation() => Assert.Equal("", SearchText.Build("، ؛ ؟ « » … +"));
}
