namespace Rasd.Core.Knowledge;

/// <summary>
/// A phrase that dates the text it appears in: an article speaking of "العملية العسكرية الخاصة" was
/// written after 2022-02-24.
/// </summary>
/// <param name="Phrase">The phrase as listed.</param>
/// <param name="After">The text was written on or after this day, if known.</param>
/// <param name="Before">The text was written on or before this day, if known.</param>
public sealed record EraMarker(string Phrase, DateOnly? After, DateOnly? Before);
