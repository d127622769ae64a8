namespace Rasd.Core.Text;

/// <summary>
/// Arabic normalisation for matching keys. The original text is never changed: callers keep
/// it and use the key only to compare.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>
    /// Matching key: diacritics and tatweel removed, alef/hamza forms to bare alef, alef maqsura
    /// to ya, ta marbuta to ha, Arabic-Indic and Persian digits to ASCII.
    /// </summary>
    public static string NormalizeKey(ReadOnlySpan<char> text)
    {
        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640':
                    continue;
                case '\u0622' or '\u0623' or '\u0625' or '\u0671':
                    buffer.Append('\u0627');
                    break;
                case '\u0649':
                    buffer.Append('\u064A');
                    break;
                case '\u0629':
                    buffer.Append('\u0647');
                    break;
                case >= '\u0660' and <= '\u0669':
                    buffer.Append((char)('0' + (c - '\u0660')));
                    break;
                case >= '\u06F0' and <= '\u06F9':
                    buffer.Append((char)('0' + (c - '\u06F0')));
                    break;
                default:
                    buffer.Append(c);
                    break;
            }
        }
        return buffer.ToString();
    }
}
