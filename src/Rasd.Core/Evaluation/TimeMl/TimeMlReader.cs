using System.Net;
using System.Text;

namespace Rasd.Core.Evaluation.TimeMl;

/// <summary>
/// Reads TimeML files with inline <c>&lt;TIMEX3 tid type value [mod]&gt;text&lt;/TIMEX3&gt;</c> tags:
/// the text inside <c>&lt;TimeML&gt;</c> with every tag stripped, and each TIMEX3 with its offsets into
/// that text. Tolerant: a BOM anywhere is dropped, unknown tags are stripped, an unclosed TIMEX3 is
/// ignored, entities are decoded. Never throws on malformed markup.
/// </summary>
public static class TimeMlReader
{
    /// <summary>Every <c>*.tml</c> file of <paramref name="directory"/>, in natural order (doc2 before doc10).</summary>
    public static IReadOnlyList<TimeMlDocument> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.tml")
            .OrderBy(f => Path.GetFileNameWithoutExtension(f).Length).ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => Parse(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f, Encoding.UTF8)))
            .ToList();

    /// <summary>Parses one TimeML document.</summary>
    public static TimeMlDocument Parse(string name, string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var body = Body(markup);
        var text = new StringBuilder(body.Length);
        var timexes = new List<GoldTimex>();
        (int Start, Dictionary<string, string> Attributes)? open = null;
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '<')
            {
                var close = body.IndexOf('>', i);
                if (close < 0)
                {
                    break;
                }
                var tag = body.AsSpan(i + 1, close - i - 1).Trim();
                if (tag.StartsWith("TIMEX3", StringComparison.OrdinalIgnoreCase))
                {
                    open = (text.Length, Attributes(tag[6..].ToString()));
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.OrdinalIgnoreCase) && open is { } o)
                {
                    var a = o.Attributes;
                    timexes.Add(new GoldTimex(new TextSpan(o.Start, text.Length), text.ToString(o.Start, text.Length - o.Start),
                        a.GetValueOrDefault("type", ""), a.GetValueOrDefault("value", ""), a.GetValueOrDefault("mod")));
                    open = null;
                }
                i = close + 1;
                continue;
            }
            if (c == '&')
            {
                var semi = body.IndexOf(';', i);
                if (semi > i && semi - i <= 10)
                {
                    text.Append(WebUtility.HtmlDecode(body[i..(semi + 1)]));
                    i = semi + 1;
                    continue;
                }
            }
            if (c != '\uFEFF')
            {
                text.Append(c);
            }
            i++;
        }
        return new TimeMlDocument(name, text.ToString(), timexes);
    }

    private static string Body(string markup)
    {
        var start = markup.IndexOf("<TimeML", StringComparison.Ordinal);
        if (start < 0)
        {
            return markup;
        }
        var open = markup.IndexOf('>', start);
        var end = markup.LastIndexOf("</TimeML>", StringComparison.Ordinal);
        return open < 0 ? markup : markup[(open + 1)..(end > open ? end : markup.Length)];
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < tag.Length)
        {
            var eq = tag.IndexOf('=', i);
            if (eq < 0 || eq + 1 >= tag.Length)
            {
                break;
            }
            var name = tag[i..eq].Trim();
            var quote = tag[eq + 1];
            if (quote is not ('"' or '\''))
            {
                break;
            }
            var endQuote = tag.IndexOf(quote, eq + 2);
            if (endQuote < 0)
            {
                break;
            }
            attributes[name] = WebUtility.HtmlDecode(tag[(eq + 2)..endQuote]);
            i = endQuote + 1;
        }
        return attributes;
    }
}
