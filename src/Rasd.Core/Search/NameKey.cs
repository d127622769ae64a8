using System.Text;
using Rasd.Core.Text;

namespace Rasd.Core.Search;

/// <summary>
/// The key two ways of writing a name share, for filters typed by users: Arabic normalised
/// (<see cref="ArabicNormalizer.NormalizeKey"/>), Latin lower-cased, and everything but letters
/// and digits dropped — so "يورو نيوز" meets "يورونيوز" and "Euronews" meets "euronews".
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="name"/>.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = ArabicNormalizer.NormalizeKey(name);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
