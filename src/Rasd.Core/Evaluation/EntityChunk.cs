namespace Rasd.Core.Evaluation;

/// <summary>An entity read off a BIO tag sequence: tokens <c>[Start, End)</c> of one type.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">One past the index of the last token.</param>
/// <param name="Type">Entity type, e.g. <c>PER</c>.</param>
public readonly record struct EntityChunk(int Start, int End, string Type);
