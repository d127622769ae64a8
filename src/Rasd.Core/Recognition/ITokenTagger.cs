namespace Rasd.Core.Recognition;

/// <summary>
/// Tags a sentence's tokens with BIO entity labels (<c>B-PER</c>, <c>I-PER</c>, <c>B-LOC</c>,
/// <c>I-LOC</c>, <c>B-ORG</c>, <c>I-ORG</c>, <c>O</c>). Implementations are thread-safe.
/// </summary>
public interface ITokenTagger
{
    /// <summary>One label per token, in order.</summary>
    IReadOnlyList<string> Tag(IReadOnlyList<string> tokens);

    /// <summary>
    /// A tagger for the sentences of one document, tagged in order, so a tagger that uses document
    /// context can remember earlier sentences. By default the tagger itself (no context).
    /// </summary>
    ITokenTagger BeginDocument() => this;
}
