namespace Rasd.Core.Recognition;

/// <summary>
/// Tags a sentence's tokens with BIO entity labels (<c>B-PER</c>, <c>I-PER</c>, <c>B-LOC</c>,
/// <c>I-LOC</c>, <c>B-ORG</c>, <c>I-ORG</c>, <c>O</c>). Implementations are thread-safe.
/// </summary>
public interface ITokenTagger
{
    /// <summary>One label per token, in order.</summary>
    IReadOnlyList<string> Tag(IReadOnlyList<string> tokens);
}
