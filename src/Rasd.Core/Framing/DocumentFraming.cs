namespace Rasd.Core.Framing;

/// <summary>Marker categories written by the analyser besides those of <c>data/framing/markers.tsv</c>.</summary>
public static class FramingCategories
{
    /// <summary>Quotation marks around a single term the writer distances themselves from: "الإرهاب".</summary>
    public const string ScareQuote = "scare-quote";

    /// <summary>The stance of a scare quote.</summary>
    public const string Distancing = "distancing";
}

/// <summary>A framing marker found in a text: a way of naming an actor or an event, or a scare quote.</summary>
/// <param name="Span">Offsets into the body; <see cref="TextSpan.End"/> is one past the last character (quotes included for a scare quote).</param>
/// <param name="Text">The marker as written.</param>
/// <param name="Phrase">The lexicon phrase it matched (the quoted term, normalised, for a scare quote).</param>
/// <param name="Category">naming, group, event (from the lexicon) or <see cref="FramingCategories.ScareQuote"/>.</param>
/// <param name="Stance">hostile, neutral, official, sympathetic, or <see cref="FramingCategories.Distancing"/>.</param>
/// <param name="Target">The entity it refers to: the linked mention it overlaps, else the lexicon's; null when neither says.</param>
/// <param name="ActorCode">CAMEO-style actor code from the lexicon (SYRGOV, YEMREB), when it gives one.</param>
public sealed record FramingMarker(TextSpan Span, string Text, string Phrase, string Category, string Stance, string? Target, string? ActorCode);

/// <summary>
/// A lexicon tone over some words: sums of positive and negative weights.
/// <see cref="Score"/> is the polarity, (positive − negative) / (positive + negative + 1), in (−1, 1):
/// the +1 keeps one stray word from reading as total praise or condemnation.
/// </summary>
/// <param name="Positive">Sum of the positive weights found.</param>
/// <param name="Negative">Sum of the magnitudes of the negative weights found.</param>
/// <param name="Words">Words scored.</param>
public readonly record struct ToneScore(double Positive, double Negative, int Words)
{
    /// <summary>Polarity in (−1, 1); 0 when no tone word was found.</summary>
    public double Score => (Positive - Negative) / (Positive + Negative + 1);
}

/// <summary>How one entity mention is framed: the tone of the words around it and the naming it sits in.</summary>
/// <param name="Span">The mention's offsets into the body (end exclusive).</param>
/// <param name="EntityId">The mention's entity.</param>
/// <param name="Tone">Tone of the words near the mention, in its sentence (the mention's own words excluded).</param>
/// <param name="Stance">The stance of the naming marker the mention overlaps (نظام الأسد → hostile), or null.</param>
public sealed record MentionFraming(TextSpan Span, string EntityId, ToneScore Tone, string? Stance);

/// <summary>What the framing stage found in one document.</summary>
/// <param name="Markers">Naming, group and event markers and scare quotes, in text order.</param>
/// <param name="Tone">Tone of the whole body.</param>
/// <param name="Mentions">Framing of every entity mention, in text order.</param>
public sealed record DocumentFraming(IReadOnlyList<FramingMarker> Markers, ToneScore Tone, IReadOnlyList<MentionFraming> Mentions)
{
    /// <summary>A document with no framing found.</summary>
    public static DocumentFraming Empty { get; } = new([], default, []);
}
