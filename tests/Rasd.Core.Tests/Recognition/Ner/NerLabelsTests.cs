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
}
