namespace Rasd.Core.Quotes;

/// <summary>How a quote reports what was said.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's words: in quote marks, after «قال …:», or a bullet list of statements.</summary>
    Direct,

    /// <summary>Reported speech: the clause after «أكد أن», «قال إن», «أشار إلى أن».</summary>
    Indirect,
}

/// <summary>A quote in a document body, with who said it and through whom it reached us.</summary>
/// <param name="Span">The quoted words without quote marks; offsets into the body, End exclusive.</param>
/// <param name="Text">The body's characters under <paramref name="Span"/>.</param>
/// <param name="Kind">Direct or indirect speech.</param>
/// <param name="SpeakerId">
/// The speaker's entity id (PER or ORG), resolvable through <c>ResolvedEntities.Entities</c>;
/// null when the speaker is not a known entity of the document.
/// </param>
/// <param name="SpeakerSpan">
/// The mention that names the speaker: the subject of the speech verb, or, for a speaker carried
/// over (وأضاف، مؤكدا، الوزير السوري), the mention where that speaker was last named.
/// </param>
/// <param name="AttributedTo">
/// Entity id of the outlet the quote is attributed to (بحسب وكالة سانا، في تصريح أوردته وكالة سبوتنيك), or null.
/// </param>
/// <param name="SpeakerActorCode">The speaker's CAMEO actor code on the document's date, when a knowledge base knows it.</param>
/// <param name="SpeakerCountry">ISO3 of the speaker's country: the entity's own, else the country of an office the text or the knowledge base gives the person.</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    QuoteKind Kind,
    string? SpeakerId,
    TextSpan? SpeakerSpan,
    string? AttributedTo,
    string? SpeakerActorCode = null,
    string? SpeakerCountry = null);
