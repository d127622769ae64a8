using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

public class NerDocumentMemoryTests
{
    // Label indices of NerLabels.All.
    private const int O = 0, BPer = 1, IPer = 2;

    private static NerTokenInfo[] Sentence(params string[] tokens) => NerFeatureExtractor.Analyse(tokens);

    private static string Verdict(IReadOnlyList<string> features) => features.Single(f => f.StartsWith("dk=", StringComparison.Ordinal));

    [Fact]
    public void A_word_the_first_stage_took_for_a_person_earlier_is_a_person_by_the_document()
    {
        var memory = new NerDocumentMemory(50);
        memory.Add(Sentence("قال", "بشار", "الأسد"), [O, BPer, IPer]);

        var features = memory.Features(Sentence("وأكد", "الأسد", "ذلك"), [O, O, O]);

        Assert.Equal("dk=PER:hi", Verdict(features[1]));
        Assert.Equal("dk=none", Verdict(features[2]));
        Assert.Contains("s1=O", features[1]);
    }

    [Fact]
    public void The_light_stem_joins_a_word_with_its_clitics()
    {
        var memory = new NerDocumentMemory(50);
        memory.Add(Sentence("زار", "الأسد"), [O, BPer]);

        var features = memory.Features(Sentence("والأسد"), [O]);

        Assert.Contains(features[0], f => f.StartsWith("dl=PER", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_beyond_the_window_are_forgotten()
    {
        var memory = new NerDocumentMemory(2);
        memory.Add(Sentence("الأسد"), [BPer]);
        memory.Add(Sentence("ثم"), [O]);
        memory.Add(Sentence("ذلك"), [O]);

        Assert.Equal("dk=none", Verdict(memory.Features(Sentence("الأسد"), [O])[0]));
    }

    [Fact]
    public void A_token_is_not_its_own_evidence_but_its_sentence_mates_are()
    {
        var memory = new NerDocumentMemory(50);

        var features = memory.Features(Sentence("عزام", "قال", "عزام"), [BPer, O, O]);

        Assert.Equal("dk=O", Verdict(features[0]));
        Assert.Equal("dk=PER:hi", Verdict(features[2]));
    }
}
