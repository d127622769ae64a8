namespace Rasd.Core.Evaluation.TimeMl;

/// <summary>A gold TIMEX3 annotation: its span in the plain text, text, type, value and mod.</summary>
public sealed record GoldTimex(TextSpan Span, string Text, string Type, string Value, string? Mod);

/// <summary>A TimeML document: its plain text (tags stripped) and its gold TIMEX3 annotations, offsets into <see cref="Text"/>.</summary>
public sealed record TimeMlDocument(string Name, string Text, IReadOnlyList<GoldTimex> Timexes);
