using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

public class NerFeatureExtractorTests
{
    private static readonly NerFeatureExtractor Extractor = new(new TriggerLexicon([new("الرئيس", "PER")]));

    private static List<string> Features(string[] tokens, int i)
    {
        var infos = NerFeatureExtractor.Analyse(tokens);
        var features = new List<string>();
        Extractor.Extract(infos, new string?[tokens.Length], null, i, features);
        return features;
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        string[] tokens = ["وقال", "الرئيس", "السوري", "بشار", "الأسد", "للصحفيين"];

        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.Equal(Features(tokens, i), Features(tokens, i));
        }
    }

    [Fact]
    public void Features_use_the_normalised_word_its_clitic_stems_context_and_triggers()
    {
        var features = Features(["قال", "الرئيس", "السوري", "بشار", "الأسد", "للصحفيين"], 4);

        Assert.Contains("w=الاسد", features);
        Assert.Contains("st=اسد", features);
        Assert.Contains("w-1=بشار", features);
        Assert.Contains("w+1=للصحفيين", features);
        Assert.Contains("w-2=السوري", features);
        Assert.Contains("w-1w=بشار|الاسد", features);
        Assert.Contains("al", features);
        Assert.Contains("p2=ال", features);
        Assert.Contains("sh=A:5", features);
    }

    [Fact]
    public void A_trigger_two_words_back_hints_at_the_type()
    {
        var features = Features(["الرئيس", "السوري", "بشار"], 2);

        Assert.Contains("tr-2=PER", features);
    }

    [Fact]
    public void Gazetteer_values_become_features_of_the_word_and_its_neighbours_only_when_given()
    {
        string[] tokens = ["زار", "دمشق"];
        var infos = NerFeatureExtractor.Analyse(tokens);
        var with = new List<string>();
        var without = new List<string>();
        Extractor.Extract(infos, new string?[2], [["title-B"], ["B-LOC", "B-LOC:capital"]], 1, with);
        Extractor.Extract(infos, new string?[2], null, 1, without);

        Assert.Contains("gz=B-LOC", with);
        Assert.Contains("gz=B-LOC:capital", with);
        Assert.Contains("gz-1=title-B", with);
        Assert.DoesNotContain(without, f => f.StartsWith("gz", StringComparison.Ordinal));
    }

    [Fact]
    public void Gazetteer_values_of_a_word_ending_in_alif_maqsura_are_kept_apart()
    {
        var preposition = new List<string>();
        var name = new List<string>();
        Extractor.Extract(NerFeatureExtractor.Analyse(["على"]), new string?[1], [["given"]], 0, preposition);
        Extractor.Extract(NerFeatureExtractor.Analyse(["علي"]), new string?[1], [["given"]], 0, name);

        Assert.Contains("gzy=given", preposition);
        Assert.DoesNotContain("gz=given", preposition);
        Assert.Contains("gz=given", name);
    }
}
