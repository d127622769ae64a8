using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

/// <summary>The tagger over random token lists: it must never throw and always return one known label per token.</summary>
public class NerRandomInputTests
{
    private static readonly string[] Pieces =
    [
        "ا", "أ", "ى", "ة", "ؤ", "ء", "ل", "و", "ب", "ه", "ال", "لل", "وال", "ها", "\u064E", "\u0651", "ـ",
        "0", "٣", "a", "Z", ".", "،", "«", "-", "\u200F", "\uFEFF", "\uD83D", "😀", " ", "",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Survives_random_tokens_with_one_known_label_each(int seed)
    {
        var tagger = NerTagger.LoadDefault(KbGazetteerFeaturesTests.Shipped.Value);
        var random = new Random(seed);
        for (var run = 0; run < 200; run++)
        {
            var tokens = Enumerable.Range(0, random.Next(0, 30))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)])))
                .ToArray();
            var labels = tagger.Tag(tokens);

            Assert.Equal(tokens.Length, labels.Count);
            Assert.All(labels, label => Assert.Contains(label, NerLabels.All));
        }
    }
}
