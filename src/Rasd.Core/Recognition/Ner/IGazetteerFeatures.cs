namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Optional evidence for <see cref="NerTagger"/> from a list of known names: for each token,
/// a label such as <c>B-PER</c> or <c>I-LOC</c> when it falls in a known name, else null.
/// The tagger turns the labels into features; a model learns their weights only when it was
/// trained with a gazetteer, so a model trained without one ignores them. Implementations
/// are thread-safe.
/// </summary>
public interface IGazetteerFeatures
{
    /// <summary>One label or null per token, in order.</summary>
    IReadOnlyList<string?> Features(IReadOnlyList<string> tokens);
}
