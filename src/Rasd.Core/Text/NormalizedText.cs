using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Rasd.Core.Text;

/// <summary>
/// A normalised copy of a text with, for each of its characters, the offset of the original
/// character it came from. Matches found in <see cref="Value"/> are reported against
/// <see cref="Original"/> through <see cref="ToOriginal(TextSpan)"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _offsets;

    internal NormalizedText(string original, string value, int[] offsets)
    {
        Original = original;
        Value = value;
        _offsets = offsets;
    }

    /// <summary>The text as given; never changed.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>
    /// For each index of <see cref="Value"/>, the index in <see cref="Original"/> of the
    /// character it came from. Strictly increasing: normalisation removes or replaces
    /// characters one for one and never reorders them.
    /// </summary>
    public ImmutableArray<int> OriginalOffsets => ImmutableCollectionsMarshal.AsImmutableArray(_offsets);

    /// <summary>
    /// Original offset of a normalised offset, for 0 ≤ <paramref name="normalizedIndex"/> ≤
    /// <c>Value.Length</c>; <c>Value.Length</c> maps to <c>Original.Length</c> so span ends map too.
    /// </summary>
    public int ToOriginal(int normalizedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedIndex, Value.Length);
        return normalizedIndex == Value.Length ? Original.Length : _offsets[normalizedIndex];
    }

    /// <summary>
    /// The original span covering a span of <see cref="Value"/>. Removed characters (diacritics,
    /// tatweel, zero-width) belong to the character before them, so a word's trailing
    /// diacritics are part of its original span: "بشارٌ" keeps its tanwin.
    /// </summary>
    public TextSpan ToOriginal(TextSpan normalizedSpan)
    {
        if (normalizedSpan.Start > normalizedSpan.End)
        {
            throw new ArgumentOutOfRangeException(nameof(normalizedSpan), normalizedSpan, "Start is after End.");
        }
        return new TextSpan(ToOriginal(normalizedSpan.Start), ToOriginal(normalizedSpan.End));
    }
}
