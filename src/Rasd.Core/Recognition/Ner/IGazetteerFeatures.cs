namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Optional evidence for <see cref="NerTagger"/> from lists of known names: for each token, a
/// few short feature values such as <c>B-LOC</c>, <c>B-LOC:country</c> or <c>first</c> (a known
/// given name). The tagger turns the values into features of the token and its neighbours; a
/// model learns their weights only when it was trained with a gazetteer, so a model trained
/// without one ignores them, and a model trained with one must be given the same gazetteer at
/// tagging time. Implementations are deterministic and thread-safe.
/// </summary>
public interface IGazetteerFeatures
{
    /// <summary>The feature values of each token, in order (an empty list where there are none).</summary>
    IReadOnlyList<IReadOnlyList<string>> Features(IReadOnlyList<string> tokens);
}
