namespace Rasd.Core.Text;

/// <summary>
/// Open quotes while scanning a line. Curly and guillemet quotes nest by depth; the straight
/// quote has no direction, so it toggles. A closing quote with nothing open is ignored.
/// </summary>
internal struct QuoteState
{
    private int _depth;
    private bool _straightOpen;

    /// <summary>True while inside any quote.</summary>
    public readonly bool IsOpen => _depth > 0 || _straightOpen;

    /// <summary>Updates the state for one character of the text.</summary>
    public void See(char c)
    {
        switch (c)
        {
            case '\u201C' or '\u00AB':
                _depth++;
                break;
            case '\u201D' or '\u00BB':
                _depth = Math.Max(0, _depth - 1);
                break;
            case '"':
                _straightOpen = !_straightOpen;
                break;
        }
    }

    /// <summary>
    /// Reads the closing quotes directly at <paramref name="position"/>; when they close every
    /// open quote, the state is updated and the offset after them returned, otherwise -1 and
    /// the state is unchanged (the terminator was inside the quotation).
    /// </summary>
    public int CloseAfter(string text, int position)
    {
        var probe = this;
        var i = position;
        while (i < text.Length && probe.IsOpen && IsClosing(text[i], probe))
        {
            probe.See(text[i]);
            i++;
        }
        if (probe.IsOpen || i == position)
        {
            return -1;
        }
        this = probe;
        return i;
    }

    private static bool IsClosing(char c, QuoteState state) =>
        c is '\u201D' or '\u00BB' || c == '"' && state._straightOpen;
}
