using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Rasd.Core.Ingest;

/// <summary>Reduces HTML to text with one paragraph per line: block elements and &lt;br&gt; break lines.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "P", "DIV", "BR", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "SECTION", "ARTICLE", "BLOCKQUOTE",
        "HEADER", "FOOTER", "TABLE", "UL", "OL", "FIGURE", "FIGCAPTION", "PRE", "HR", "DD", "DT", "MAIN", "ASIDE",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD", "NAV", "FORM", "BUTTON",
    };

    public static string FromHtml(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        return document.Body is { } body ? FromNode(body) : string.Empty;
    }

    public static string FromNode(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        var lines = text.ToString().Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\n', ' '));
                    break;
                case IElement e when Skipped.Contains(e.TagName):
                    break;
                case IElement e when Blocks.Contains(e.TagName):
                    text.Append('\n');
                    Append(e, text);
                    text.Append('\n');
                    break;
                case IElement e:
                    Append(e, text);
                    break;
            }
        }
    }
}
