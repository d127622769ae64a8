using Rasd.Core.Knowledge;
using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

/// <summary>Gazetteer features over the shipped knowledge base and name lists.</summary>
public class KbGazetteerFeaturesTests
{
    internal static readonly Lazy<KbGazetteerFeatures> Shipped =
        new(() => KbGazetteerFeatures.CreateDefault(KnowledgeBaseLoader.LoadDefault()));

    private static readonly string[] Sentence = ["قال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق", "إن", "مصر", "وموسكو", "ترحبان"];

    [Fact]
    public void Marks_a_country_with_its_type_and_kind()
    {
        var features = Shipped.Value.Features(Sentence);

        Assert.Contains("B-LOC", features[8]);
        Assert.Contains("B-LOC:country", features[8]);
    }

    [Fact]
    public void Reads_a_name_through_a_proclitic()
    {
        var features = Shipped.Value.Features(Sentence);

        Assert.Contains("B-LOC", features[9]);
    }

    [Fact]
    public void Marks_a_nisba_adjective_and_a_title()
    {
        var features = Shipped.Value.Features(Sentence);

        Assert.Contains("nisba", features[2]);
        Assert.Contains("title-B", features[1]);
    }

    [Fact]
    public void Marks_a_known_person_and_the_first_name_of_known_people()
    {
        var features = Shipped.Value.Features(Sentence);

        Assert.Contains("B-PER", features[3]);
        Assert.Contains("I-PER", features[4]);
        Assert.Contains("first", features[3]);
        Assert.Contains("last", features[4]);
    }

    [Fact]
    public void Marks_a_common_given_name_that_no_known_person_bears()
    {
        var features = Shipped.Value.Features(["التقى", "سكارليت", "وهنري"]);

        Assert.Contains("given", features[1]);
        Assert.Contains("given", features[2]);
        Assert.DoesNotContain("given", features[0]);
    }

    [Fact]
    public void Features_are_deterministic_across_calls_and_instances()
    {
        var other = KbGazetteerFeatures.CreateDefault(KnowledgeBaseLoader.LoadDefault());

        var first = Shipped.Value.Features(Sentence);
        var second = Shipped.Value.Features(Sentence);
        var third = other.Features(Sentence);

        for (var i = 0; i < Sentence.Length; i++)
        {
            Assert.Equal(first[i], second[i]);
            Assert.Equal(first[i], third[i]);
        }
    }

    [Fact]
    public void Gives_one_empty_list_per_word_outside_any_list()
    {
        var features = Shipped.Value.Features(["،", "", "xyz"]);

        Assert.Equal(3, features.Count);
        Assert.All(features, Assert.Empty);
    }
}
