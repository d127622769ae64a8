using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

public class NerLabelsTests
{
    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-PERS", "I-PER")]
    [InlineData("B-PER", "B-PER")]
    [InlineData("I-LOC", "I-LOC")]
    [InlineData("B-ORG", "B-ORG")]
    [InlineData("B-MISC", "O")]
    [InlineData("I-MIS1", "O")]
    [InlineData("B-MIS0", "O")]
    [InlineData("I--ORG", "O")]
    [InlineData("OO", "O")]
    [InlineData("O", "O")]
    public void Maps_corpus_tags_onto_person_place_and_organisation(string tag, string expected) =>
        Assert.Equal(expected, NerLabels.FromCorpusTag(tag));

    [Fact]
    public void Encoding_reads_an_entity_opening_with_i_as_b_and_keeps_well_formed_entities()
    {
        string[] bio = ["I-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG", "I-LOC"];

        var labels = NerLabels.Encode(bio).Select(i => NerLabels.All[i]);

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "B-LOC"], labels);
    }
}
