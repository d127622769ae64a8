namespace Rasd.Core.Text;

/// <summary>
/// The Text stage: tokens and sentences of a document body. Stateless, so thread-safe and
/// reusable by construction; its data files are read once, on first use.
/// </summary>
/// <remarks>
/// Stage order: the text is tokenised and split as given, never normalised first, so every
/// offset points into the original; later stages normalise tokens with
/// <see cref="ArabicNormalizer.NormalizeKey"/> when they compare them.
/// </remarks>
public static class TextAnalyzer
{
    /// <summary>Tokens and sentences of <paramref name="text"/>.</summary>
    public static AnalysedText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AnalysedText(text, Tokenizer.Tokenize(text), SentenceSplitter.Split(text));
    }
}
