namespace Rasd.Core;

/// <summary>
/// A range of characters in a document's cleaned body text. <see cref="End"/> is one past the
/// last character, so <c>text[Start..End]</c> is the covered text and <c>End - Start</c> its length.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>True when both ends lie inside a text of <paramref name="textLength"/> characters.</summary>
    public bool IsWithin(int textLength) => Start >= 0 && Start <= End && End <= textLength;
}
