using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

public class CliticAnalyzerTests
{
    private static string[] Stems(string word) => CliticAnalyzer.Candidates(word).Select(c => c.Stem).ToArray();

    [Theory]
    [InlineData("وموسكو", "موسكو", "و")]
    [InlineData("لموسكو", "موسكو", "ل")]
    [InlineData("بدمشق", "دمشق", "ب")]
    [InlineData("فسيزور", "يزور", "فس")]
    public void Removes_conjunction_preposition_and_future_proclitics(string word, string stem, string prefix) =>
        Assert.Contains(new StemCandidate(stem, prefix, ""), CliticAnalyzer.Candidates(word));

    [Fact]
    public void Offers_the_definite_stem_before_the_bare_one_after_a_conjunction() =>
        Assert.Equal(["والاسد", "الاسد", "اسد"], Stems(ArabicNormalizer.NormalizeKey("والأسد")));

    [Fact]
    public void Restores_the_article_dropped_after_lam() =>
        Assert.Equal(
            [new("للاسد", "", ""), new("الاسد", "ل", ""), new("لاسد", "ل", ""), new StemCandidate("اسد", "لل", "")],
            CliticAnalyzer.Candidates(ArabicNormalizer.NormalizeKey("للأسد")));

    [Fact]
    public void Removes_a_possessive_pronoun() =>
        Assert.Equal([new("نظيره", "", ""), new StemCandidate("نظير", "", "ه")], CliticAnalyzer.Candidates("نظيره"));

    [Fact]
    public void Restores_a_final_hamza_after_alef_when_a_pronoun_follows() =>
        Assert.Equal(new StemCandidate("لقاء", "", "ه"), CliticAnalyzer.Candidates(ArabicNormalizer.NormalizeKey("لقائه"))[1]);

    [Fact]
    public void Restores_ta_marbuta_written_as_ta_before_a_pronoun() =>
        Assert.Contains(new StemCandidate("زياره", "", "ه"), CliticAnalyzer.Candidates(ArabicNormalizer.NormalizeKey("زيارته")));

    [Fact]
    public void Removes_proclitics_and_an_enclitic_together() =>
        Assert.Contains(new StemCandidate("يزور", "س", "ها"), CliticAnalyzer.Candidates("سيزورها"));

    [Fact]
    public void Puts_the_word_itself_first_so_a_name_beginning_with_a_clitic_letter_wins() =>
        Assert.Equal(["لبنان", "بنان"], Stems("لبنان"));

    [Fact]
    public void Prefers_removing_a_final_pronoun_to_removing_an_initial_conjunction() =>
        Assert.Equal(["ولده", "ولد", "لده", "لد", "ده"], Stems("ولده"));

    [Fact]
    public void Never_removes_a_pronoun_from_a_stem_with_the_article() =>
        Assert.DoesNotContain(CliticAnalyzer.Candidates("والكتابه"),
            c => c.Suffix.Length > 0 && (c.Stem.StartsWith("ال", StringComparison.Ordinal) || c.Prefix.EndsWith("ال", StringComparison.Ordinal)));

    [Fact]
    public void Does_not_mistake_a_stem_beginning_with_waw_alef_lam_for_the_article() =>
        Assert.Contains(new StemCandidate("والد", "", "ه"), CliticAnalyzer.Candidates("والده"));

    [Theory]
    [InlineData("و")]
    [InlineData("بك")]
    [InlineData("وله")]
    [InlineData("للي")]
    public void Never_offers_a_stem_shorter_than_two_letters_except_the_word_itself(string word)
    {
        var candidates = CliticAnalyzer.Candidates(word);

        Assert.Equal(word, candidates[0].Stem);
        Assert.All(candidates.Skip(1), c => Assert.True(c.Stem.Length >= 2, c.ToString()));
    }
}
