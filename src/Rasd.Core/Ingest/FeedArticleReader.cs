using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Rasd.Core.Ingest;

/// <summary>Reads RSS (0.9x, 1.0, 2.0) and Atom feeds: one article per item or entry.</summary>
internal static class FeedArticleReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Feeds come from the web: no DTDs, no external entities.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    public static IEnumerable<ReadResult> Read(SourceFile file, string xml)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [ReadResult.Fail(file.SourcePath, $"malformed XML: {e.Message}")];
        }
        var root = document.Root?.Name.LocalName;
        if (root is not ("rss" or "RDF" or "feed"))
        {
            return [ReadResult.Fail(file.SourcePath, $"not an RSS or Atom feed (root element '{root}')")];
        }
        var items = document.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0)
        {
            return [ReadResult.Fail(file.SourcePath, "feed has no items")];
        }
        return items.Select((item, i) => Item(file, item, i));
    }

    private static ReadResult Item(SourceFile file, XElement item, int index)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"{file.SourcePath}#{index}");
        var html = Child(item, "encoded") ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        var text = html is null ? string.Empty : HtmlText.FromHtml(html);
        var title = Child(item, "title");
        if (text.Length == 0 && title is null)
        {
            return ReadResult.Fail(path, "feed item has neither title nor text");
        }
        var link = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link") is { } l
            ? (l.Attribute("href")?.Value ?? l.Value).Trim()
            : null;
        var author = item.Elements().FirstOrDefault(e => e.Name.LocalName is "author" or "creator") is { } a
            ? (a.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value ?? a.Value).Trim()
            : null;
        var date = Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "updated");
        return ReadResult.Success(new RawArticle(
            path,
            string.Create(CultureInfo.InvariantCulture, $"{file.Stem}-{index:D5}"),
            text,
            RawFormat.Feed,
            title,
            null,
            date is null ? null : new GivenDate(date, IsCrawlDate: false),
            string.IsNullOrEmpty(link) ? null : link,
            string.IsNullOrEmpty(author) ? null : author));
    }

    private static string? Child(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName) is { } e && !string.IsNullOrWhiteSpace(e.Value) ? e.Value.Trim() : null;
}
