using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

/// <summary>
/// Every Text stage over random strings built from the characters that make the rules branch:
/// it must never throw, and every offset must be in bounds, ordered and non-overlapping.
/// </summary>
public class RandomInputTests
{
    private const int Runs = 2000;

    /// <summary>Letters, marks, tatweel, every digit set, separators, terminators, quotes, spaces, joiners.</summary>
    private static readonly string[] Pieces =
    [
        "ا", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ء", "ل", "و", "ب", "ك", "ه", "ت", "م", "ک", "ی",
        "\u064B", "\u064E", "\u0651", "\u0652", "\u0670", "ـ",
        "0", "5", "٠", "٣", "۰", "۷", "a", "Z", "é", "Ж",
        ".", ",", ":", "/", "-", "'", "٫", "٬", "!", "?", "؟", "؛", "،", "…",
        "“", "”", "«", "»", "\"", "(", ")", "+", "|", "_",
        " ", "\n", "\r\n", "\t", "\u00A0", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF",
        "😀", "\uD83D", "\uDE00", "\u0301",
        "ال", "لل", "وال", "ها", "هما", "Mr", "U.S.", "د.", "2020.12.20", "...",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Survives_random_input_with_offsets_in_bounds_and_ordered(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < Runs / Seeds.Count; run++)
        {
            var text = RandomText(random);
            CheckNormalizer(text);
            CheckTokens(text, Tokenizer.Tokenize(text));
            CheckSentences(text, SentenceSplitter.Split(text));
            CheckClitics(text);
            Assert.NotNull(SearchText.Build(text));
            Assert.Equal(SearchText.Build(text), string.Join(' ', SearchText.Terms(text)));
        }
    }

    private static string RandomText(Random random)
    {
        var count = random.Next(0, 40);
        return string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    private static void CheckNormalizer(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        Assert.Equal(ArabicNormalizer.NormalizeKey(text), normalized.Value);
        Assert.Equal(normalized.Value.Length, normalized.OriginalOffsets.Length);
        var previous = -1;
        foreach (var offset in normalized.OriginalOffsets)
        {
            Assert.InRange(offset, previous + 1, text.Length - 1);
            previous = offset;
        }
        Assert.Equal(text.Length, normalized.ToOriginal(normalized.Value.Length));
        Assert.True(normalized.ToOriginal(new TextSpan(0, normalized.Value.Length)).IsWithin(text.Length));
    }

    private static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.IsWithin(text.Length), $"{token} outside {text.Length}");
            Assert.True(token.Span.Length > 0, $"empty {token}");
            Assert.True(token.Span.Start >= previousEnd, $"{token} overlaps the previous token");
            // A token never splits a surrogate pair.
            Assert.False(token.Span.Start > 0 && char.IsLowSurrogate(text[token.Span.Start]) && char.IsHighSurrogate(text[token.Span.Start - 1]));
            AssertOnlySpaceBetween(text, previousEnd, token.Span.Start);
            previousEnd = token.Span.End;
        }
        AssertOnlySpaceBetween(text, previousEnd, text.Length);
    }

    /// <summary>Nothing visible is dropped: characters outside every token are whitespace or invisible formatting.</summary>
    private static void AssertOnlySpaceBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Assert.True(char.IsWhiteSpace(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.Format,
                $"U+{(int)text[i]:X4} at {i} is in no token");
        }
    }

    private static void CheckSentences(string text, IReadOnlyList<TextSpan> sentences)
    {
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.IsWithin(text.Length), $"{sentence} outside {text.Length}");
            Assert.True(sentence.Length > 0 && sentence.Start >= previousEnd, $"{sentence} empty or overlapping");
            Assert.False(char.IsWhiteSpace(text[sentence.Start]) || char.IsWhiteSpace(text[sentence.End - 1]), $"{sentence} not trimmed");
            previousEnd = sentence.End;
        }
    }

    private static void CheckClitics(string text)
    {
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var word = ArabicNormalizer.NormalizeKey(token.Span.Slice(text));
            var candidates = CliticAnalyzer.Candidates(word);
            Assert.Equal(word, candidates[0].Stem);
            Assert.All(candidates.Skip(1), c => Assert.True(c.Stem.Length >= 2));
            Assert.Equal(candidates.Count, candidates.Select(c => c.Stem).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
