namespace Rasd.Core.Ingest;

/// <summary>
/// One article as a reader found it: decoded text plus whatever metadata the container gave
/// (a JSON field, an HTML meta tag, an RSS element). Nothing is cleaned yet.
/// </summary>
/// <param name="SourcePath">The file, or for containers <c>archive.zip!/inner.json#12</c>.</param>
/// <param name="DocId">Stable identifier: the id field when given, else derived from the file name.</param>
/// <param name="Text">Decoded article text, one paragraph per line; HTML already reduced to text.</param>
/// <param name="Format">Which reader produced it.</param>
/// <param name="Title">Title given by the container, if any.</param>
/// <param name="Outlet">Outlet name or domain given by the container, if any.</param>
/// <param name="Published">Publication date given by the container, if any.</param>
/// <param name="Url">Address of the article, if known.</param>
/// <param name="Author">Author given by the container, if any.</param>
public sealed record RawArticle(
    string SourcePath,
    string DocId,
    string Text,
    RawFormat Format,
    string? Title = null,
    string? Outlet = null,
    GivenDate? Published = null,
    string? Url = null,
    string? Author = null);

/// <summary>Which reader an article came through.</summary>
public enum RawFormat
{
    /// <summary>Scraped plain text.</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>An item of an RSS or Atom feed.</summary>
    Feed,
    /// <summary>A JSON object or JSONL line.</summary>
    Json,
}

/// <summary>
/// A publication date supplied with the article rather than read from its text.
/// </summary>
/// <param name="Value">The raw value, e.g. <c>2015-07-21 02:52:15</c>.</param>
/// <param name="IsCrawlDate">
/// True when the field only says when the page was fetched (<c>date_extracted</c>): a date
/// printed in the article's own dateline is better evidence and wins over it.
/// </param>
public sealed record GivenDate(string Value, bool IsCrawlDate);
