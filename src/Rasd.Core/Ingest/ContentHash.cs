using System.Security.Cryptography;
using System.Text;

namespace Rasd.Core.Ingest;

/// <summary>SHA-256 of an article as read, so the same article read twice is recognised.</summary>
public static class ContentHash
{
    /// <summary>
    /// Lower-case hex SHA-256 over the given title, text, given date, outlet and URL. The source
    /// path is left out on purpose: the same article found in two files is the same content.
    /// </summary>
    public static string Of(RawArticle raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // A unit separator between fields keeps ("ab","c") and ("a","bc") apart.
        var joined = string.Join('\u001F', raw.Title ?? string.Empty, raw.Text, raw.Published?.Value ?? string.Empty, raw.Outlet ?? string.Empty, raw.Url ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
