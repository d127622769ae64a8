using System.Text;

namespace Rasd.Core.Search;

/// <summary>
/// A window of a document's original text with the words that matched the query.
/// </summary>
/// <param name="Range">Where the window lies in the text it was cut from (end exclusive).</param>
/// <param name="Text">The window's characters, unchanged.</param>
/// <param name="Highlights">Matched words, as offsets into <see cref="Text"/> (end exclusive), in order.</param>
/// <param name="StartsInside">True when the window does not start at the beginning of the text.</param>
/// <param name="EndsInside">True when the window stops before the end of the text.</param>
public sealed record Snippet(TextSpan Range, string Text, IReadOnlyList<TextSpan> Highlights, bool StartsInside, bool EndsInside)
{
    /// <summary>
    /// The window with every highlight wrapped in <paramref name="open"/> and
    /// <paramref name="close"/>, and an ellipsis where it cuts the text.
    /// </summary>
    public string Mark(string open, string close, Func<string, string>? escape = null)
    {
        escape ??= static s => s;
        var builder = new StringBuilder(Text.Length + Highlights.Count * (open.Length + close.Length) + 2);
        if (StartsInside)
        {
            builder.Append("… ");
        }
        var position = 0;
        foreach (var highlight in Highlights)
        {
            builder.Append(escape(Text[position..highlight.Start]))
                .Append(open).Append(escape(Text[highlight.Start..highlight.End])).Append(close);
            position = highlight.End;
        }
        builder.Append(escape(Text[position..]));
        if (EndsInside)
        {
            builder.Append(" …");
        }
        return builder.ToString();
    }
}
