using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

/// <summary>The model in data/ner/, trained on ANERcorp with the knowledge-base gazetteer (see data/ner/README.md).</summary>
public class ShippedNerModelTests
{
    private static readonly Lazy<NerTagger> Tagger = new(() => NerTagger.LoadDefault(KbGazetteerFeaturesTests.Shipped.Value));

    [Fact]
    public void The_shipped_model_was_trained_with_gazetteer_features() => Assert.True(Tagger.Value.UsesGazetteer);

    [Fact]
    public void Tags_the_president_and_the_capital_in_a_news_sentence()
    {
        var labels = Tagger.Value.Tag(["قال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق"]);

        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"], labels);
    }

    [Fact]
    public void The_shipped_model_has_a_document_stage() => Assert.True(Tagger.Value.UsesDocumentContext);

    [Fact]
    public void Tags_the_president_the_same_inside_a_document_and_a_later_bare_surname_as_a_person()
    {
        var document = Tagger.Value.BeginDocument();

        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"], document.Tag(["قال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق"]));
        Assert.Equal("B-PER", document.Tag(["وأضاف", "الأسد", "أن", "الحوار", "مستمر"])[1]);
    }

    [Fact]
    public void Tagging_a_document_twice_gives_the_same_labels()
    {
        string[][] story = [["قال", "الرئيس", "بشار", "الأسد", "في", "دمشق"], ["وأضاف", "الأسد", "أن", "الحوار", "مستمر"]];
        var (first, second) = (Tagger.Value.BeginDocument(), Tagger.Value.BeginDocument());

        Assert.Equal(story.Select(s => first.Tag(s)), story.Select(s => second.Tag(s)));
    }

    [Fact]
    public void Tags_an_empty_sentence_as_nothing() => Assert.Empty(Tagger.Value.Tag([]));

    [Fact]
    public void Every_label_sequence_is_well_formed_bio()
    {
        var labels = Tagger.Value.Tag(["أعلنت", "وزارة", "الخارجية", "الأمريكية", "أن", "الوزير", "سيزور", "القاهرة", "وعمان"]);

        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && labels[i - 1].EndsWith(labels[i][2..], StringComparison.Ordinal), string.Join(' ', labels));
            }
        }
    }
}
