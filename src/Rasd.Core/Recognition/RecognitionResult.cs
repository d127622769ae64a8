namespace Rasd.Core.Recognition;

/// <summary>
/// A description that stands for a person without naming them: "نظيره الروسي" (the counterpart
/// in Russia), "الرئيس الروسي", "الوزير". Resolution decides who it is.
/// </summary>
/// <param name="Span">Offsets into the body.</param>
/// <param name="Text">As written.</param>
/// <param name="Role">The role it names, when it names one (head-of-state).</param>
/// <param name="Country">ISO3 of the country it names, if any.</param>
/// <param name="Counterpart">True for نظيره/نظيرته: the same role as the person it follows, in another country.</param>
public sealed record DescriptionMention(TextSpan Span, string Text, string? Role, string? Country, bool Counterpart);

/// <summary>What recognition found in one document, in text order.</summary>
public sealed record RecognitionResult(
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<DescriptionMention> Descriptions,
    IReadOnlyList<RoleStatement> Statements);
