using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Recognition;

/// <summary>Names the statistical tagger adds where the rules found nothing (<see cref="TaggedNames"/>), through <see cref="EntityExtractor"/>.</summary>
public class TaggedNamesTests
{
    [Fact]
    public void An_unknown_two_word_person_is_kept_with_its_arabic_name()
    {
        var mentions = Extract("التقى فادي الزعبلاوي بالوفد", ["O", "B-PER", "I-PER", "O"]);

        var tagged = Assert.Single(mentions, m => m.Kind == MentionKind.Tagged);
        Assert.Equal("فادي الزعبلاوي", tagged.Text);
        Assert.Equal(EntityType.PER, tagged.Type);
    }

    [Fact]
    public void A_person_made_only_of_defined_nouns_is_not_kept()
    {
        var mentions = Extract("استخدم السلاح الكيماوي مرة", ["O", "B-PER", "I-PER", "O"]);

        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Tagged);
    }

    [Fact]
    public void A_one_word_name_is_not_kept()
    {
        var mentions = Extract("قال الزعبلاوي إن", ["O", "B-PER", "O"]);

        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Tagged);
    }

    private static IReadOnlyList<EntityMention> Extract(string sentence, string[] labels)
    {
        var extractor = new EntityExtractor(SharedKnowledge.Kb, new FixedTagger(labels));
        return extractor.Extract(TextAnalyzer.Analyze(sentence), null).Mentions;
    }

    private sealed class FixedTagger(string[] labels) : ITokenTagger
    {
        public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens) => labels.Take(tokens.Count).ToList();
    }
}
