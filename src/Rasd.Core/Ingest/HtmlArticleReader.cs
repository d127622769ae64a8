using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Rasd.Core.Ingest;

/// <summary>
/// Reads an HTML page: main content through SmartReader (falling back to the whole body when it
/// finds nothing readable), title and publication date from the page's metadata.
/// </summary>
internal static class HtmlArticleReader
{
    private static readonly string[] TitleMeta = ["og:title", "twitter:title"];

    private static readonly string[] DateMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued",
    ];

    public static ReadResult Read(SourceFile file, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var url = Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var text = MainText(html, url);
        if (string.IsNullOrWhiteSpace(text) && (document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body) is { } body)
        {
            text = HtmlText.FromNode(body);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(file.SourcePath, "HTML page has no text");
        }
        var title = TitleMeta.Select(n => Meta(document, n)).FirstOrDefault(t => t is not null)
            ?? NonEmpty(document.Title)
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent);
        var published = DateMeta.Select(n => Meta(document, n)).FirstOrDefault(t => t is not null)
            ?? NonEmpty(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return ReadResult.Success(new RawArticle(
            file.SourcePath,
            file.Stem,
            text,
            RawFormat.Html,
            title,
            Meta(document, "og:site_name"),
            published is null ? null : new GivenDate(published, IsCrawlDate: false),
            url,
            Meta(document, "author")));
    }

    private static string? MainText(string html, string? url)
    {
        try
        {
            var article = SmartReader.Reader.ParseArticle(Uri.TryCreate(url, UriKind.Absolute, out _) ? url : "https://localhost/", html);
            return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? HtmlText.FromHtml(article.Content) : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or NullReferenceException or UriFormatException)
        {
            // SmartReader gives up on some odd pages; the whole body is the fallback.
            return null;
        }
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }
        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
