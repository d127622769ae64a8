namespace Rasd.Core.Ingest;

/// <summary>
/// Turns a <see cref="RawArticle"/> into a cleaned <see cref="Document"/>: boilerplate removed,
/// title, byline, dateline, outlet and publication date found. Immutable, thread-safe, reuse one.
/// </summary>
public sealed class DocumentBuilder
{
    // A first line this long, or ending a sentence, is a paragraph standing in for a missing headline.
    private const int MaxHeadlineWords = 30;

    private readonly IngestRules rules;
    private readonly LineCleaner cleaner;

    /// <summary>Creates a builder over loaded rules.</summary>
    public DocumentBuilder(IngestRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
        cleaner = new LineCleaner(rules);
    }

    /// <summary>A builder over the rules shipped in <c>data/ingest/</c>.</summary>
    public static DocumentBuilder CreateDefault() => new(IngestRules.LoadDefault());

    /// <summary>Cleans one article. Never throws for any text.</summary>
    public Document Build(RawArticle raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var cleaned = cleaner.Clean(text);
        var kept = cleaned.Kept;

        string title;
        if (!string.IsNullOrWhiteSpace(raw.Title))
        {
            title = raw.Title.Trim();
            // Scraped bodies often repeat the headline as their first line.
            kept.RemoveAll(l => string.Equals(l, title, StringComparison.Ordinal));
        }
        else if (kept.Count > 0)
        {
            title = kept[0];
            if (LooksLikeHeadline(title))
            {
                kept.RemoveAt(0);
            }
        }
        else
        {
            title = string.Empty;
        }

        return new Document(
            raw.DocId,
            ContentHash.Of(raw),
            raw.SourcePath,
            title,
            string.Join('\n', kept).Trim(),
            cleaned.Removed,
            FindOutlet(raw, cleaned),
            string.IsNullOrWhiteSpace(raw.Author) ? cleaned.Byline : raw.Author.Trim(),
            cleaned.Dateline,
            Published(raw.Published, cleaned.Dateline),
            raw.Url);
    }

    private Outlet? FindOutlet(RawArticle raw, CleanedLines cleaned)
    {
        if (!string.IsNullOrWhiteSpace(raw.Outlet))
        {
            return rules.Outlets.Resolve(raw.Outlet);
        }
        if (raw.Url is { Length: > 0 } url && rules.Outlets.FindByDomain(url) is { } byDomain)
        {
            return byDomain;
        }
        // An agency in the dateline means the agency filed the story itself ("الرياض - واس").
        var agency = cleaned.Dateline?.Agency is { } a ? rules.Outlets.FindLine(a) : null;
        return cleaned.BylineOutlet ?? cleaned.NamedOutlet ?? agency;
    }

    internal static PublicationDate Published(GivenDate? given, Dateline? dateline)
    {
        var givenDay = GivenDateParser.Parse(given?.Value);
        if (givenDay is { } g && given is { IsCrawlDate: false })
        {
            return PublicationDate.On(g, PublishedBasis.Given);
        }
        if (dateline?.Date is { } explicitDay)
        {
            return PublicationDate.On(explicitDay, PublishedBasis.Explicit);
        }
        return givenDay is { } crawl ? PublicationDate.On(crawl, PublishedBasis.Given) : PublicationDate.Unknown;
    }

    private static bool LooksLikeHeadline(string line)
    {
        var last = line[^1];
        if (last is '.' or '!' or '؟' or '?' or '»' or '”' or '"')
        {
            return false;
        }
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadlineWords;
    }
}
