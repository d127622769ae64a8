using Rasd.Core.Search;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Search;

public class SearchQueryParserTests
{
    [Fact]
    public void Every_word_is_a_clause_in_index_form()
    {
        var query = SearchQueryParser.Parse("لافروف، وموسكو");

        Assert.Equal([["لافروف"], ["موسكو"]], query.Clauses);
        Assert.StartsWith("(\"لافروف\" OR \"بلافروف\" OR \"للافروف\"", query.ToFts5(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_word_also_matches_its_forms_with_a_bare_preposition()
    {
        var query = SearchQueryParser.Parse("موسكو");

        Assert.Equal("(\"موسكو\" OR \"بموسكو\" OR \"لموسكو\" OR \"كموسكو\" OR \"فموسكو\")", query.ToFts5());
        Assert.Contains(SearchText.Terms("لموسكو")[0], query.Terms);
    }

    [Theory]
    [InlineData("الأسد", "فاسد")]      // اسد: ف + اسد is "spoiled"
    [InlineData("الحوثيين", "بحوث")]   // حوث: ب + حوث is "research"
    public void Short_stems_are_not_expanded_into_other_words(string query, string otherWord)
    {
        var parsed = SearchQueryParser.Parse(query);

        Assert.DoesNotContain(SearchText.Terms(otherWord)[0], parsed.Terms);
        Assert.Single(parsed.Terms);
    }

    [Theory]
    [InlineData("\"الرئيس بشار الأسد\"")]
    [InlineData("“الرئيس بشار الأسد”")]
    [InlineData("«الرئيس بشار الأسد»")]
    public void Quoted_words_are_one_phrase(string text)
    {
        var query = SearchQueryParser.Parse(text);

        Assert.Equal([["رئيس", "بشار", "اسد"]], query.Clauses);
        Assert.Equal("\"رئيس بشار اسد\"", query.ToFts5());
    }

    [Fact]
    public void Spelling_variants_and_clitics_of_a_query_word_give_one_term()
    {
        string[] forms = ["الأسد", "الاسد", "للأسد", "والأسد", "بالأسد"];

        Assert.All(forms, form => Assert.Equal([["اسد"]], SearchQueryParser.Parse(form).Clauses));
    }

    [Theory]
    [InlineData("")]
    [InlineData("، ؛ ؟ …")]
    [InlineData("\"\"")]
    public void A_query_of_nothing_searchable_is_empty(string text) => Assert.True(SearchQueryParser.Parse(text).IsEmpty);

    [Fact]
    public void An_unclosed_quote_runs_to_the_end()
    {
        var query = SearchQueryParser.Parse("سوريا \"وزير الخارجية");

        Assert.Equal([["سوريا"], SearchText.Terms("وزير الخارجية")], query.Clauses);
    }

    [Fact]
    public void Operators_typed_by_users_stay_literal_terms()
    {
        var query = SearchQueryParser.Parse("Assad OR NEAR(x) AND");

        Assert.Equal("\"assad\" AND \"or\" AND \"near\" AND \"x\" AND \"and\"", query.ToFts5());
    }

    [Fact]
    public void Names_meet_across_spacing_case_and_hamza() =>
        Assert.Equal([NameKey.Of("يورونيوز"), NameKey.Of("Euronews")], [NameKey.Of("يورو نيوز"), NameKey.Of("euro-news")]);
}
