using System.Globalization;
using Rasd.Core.Events;
using Rasd.Core.Ingest;
using Rasd.Storage;

namespace Rasd.Server.Api;

// The API's JSON shapes. Property names are written in snake_case (see RasdServer), as in the
// CLI's exports, so that a document from the API and from `rasd export` read alike.

/// <summary>One page of a longer list.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

/// <summary>An outlet's names.</summary>
public sealed record OutletNames(string? NameEn, string? NameAr);

/// <summary>A document in a list.</summary>
public sealed record DocumentListItem(string DocId, string Title, OutletNames? Outlet, string? Published, string PublishedBasis)
{
    internal static DocumentListItem From(DocumentSummary s) =>
        new(s.DocId, s.Title, s.OutletNameEn is null && s.OutletNameAr is null ? null : new OutletNames(s.OutletNameEn, s.OutletNameAr), s.Published, s.PublishedBasis);
}

/// <summary>A range of days.</summary>
public sealed record DayRange(string From, string To);

/// <summary>The dateline as found.</summary>
public sealed record DatelineView(string Text, string? Place, string? Date, string? Time, string? Agency);

/// <summary>An entity mention highlighted in a document: offsets into <c>body</c>, end exclusive.</summary>
public sealed record MentionView(int Start, int End, string Text, string EntityId, string Type, string? NameEn, string NameAr);

/// <summary>A time expression in a document: offsets into <c>body</c>, end exclusive.</summary>
public sealed record TimeView(int Start, int End, string Text, string Type, string? Value, string? From, string? To, string? Granularity, string? Note);

/// <summary>An actor as the export schema writes it.</summary>
public sealed record ActorView(string EntityId, string? NameEn, string NameAr, string? ActorCode, string? Country);

/// <summary>A quote in a document: offsets into <c>body</c>, end exclusive; <c>kind</c> is direct or indirect.</summary>
public sealed record QuoteView(int Start, int End, string Text, string Kind, ActorView? Speaker, ActorView? AttributedTo);

/// <summary>An evidence sentence: offsets into <c>body</c>, end exclusive.</summary>
public sealed record EvidenceView(string Text, int Start, int End);

/// <summary>An event as the export schema writes it (see docs/cli.md, <c>rasd export events</c>).</summary>
public sealed record EventView(
    string EventId, string? ClusterId, string Cameo, double Goldstein, ActorView Source, ActorView? Target, IReadOnlyList<ActorView> Participants,
    string? Date, DayRange? DateRange, string? LocationId, string? LocationAr, string Status, IReadOnlyList<string> AttributedTo, EvidenceView Evidence,
    IReadOnlyList<EvidenceView> Mentions)
{
    internal static EventView From(ExtractedEvent e) => new(
        e.EventId, e.ClusterId, e.Cameo, e.Goldstein, Actor(e.Source), e.Target is null ? null : Actor(e.Target), e.Participants.Select(Actor).ToList(),
        e.Date, e.DateRange is { } r ? new DayRange(DocumentView.Iso(r.From)!, DocumentView.Iso(r.To)!) : null,
        e.Location?.EntityId, e.Location?.NameAr, e.Status.ToString().ToLowerInvariant(), e.AttributedTo.Select(a => a.NameAr).ToList(),
        new EvidenceView(e.Evidence.Text, e.Evidence.Start, e.Evidence.End), e.Mentions.Select(m => new EvidenceView(m.Text, m.Start, m.End)).ToList());

    private static ActorView Actor(EventActor a) => new(a.EntityId, a.NameEn, a.NameAr, a.ActorCode, a.Country);
}

/// <summary>A document with everything found in it.</summary>
public sealed record DocumentView(
    string DocId, string Title, OutletNames? Outlet, string? Published, DayRange? PublishedRange, string PublishedBasis, string? PublishedNote,
    string Body, IReadOnlyList<string> BoilerplateRemoved, string? Url, string? Byline, DatelineView? Dateline, string SourcePath,
    IReadOnlyList<MentionView> Entities, IReadOnlyList<TimeView> Times, IReadOnlyList<QuoteView> Quotes, IReadOnlyList<EventView> Events)
{
    internal static DocumentView From(Document d, IReadOnlyList<DocumentMention> mentions, IReadOnlyList<StoredTime> times, IReadOnlyList<StoredQuote> quotes,
        IReadOnlyList<ExtractedEvent> events) => new(
        d.DocId, d.Title, d.Outlet is null ? null : new OutletNames(d.Outlet.NameEn, d.Outlet.NameAr),
        Iso(d.Published.Date), d.Published is { From: { } f, To: { } t } ? new DayRange(Iso(f)!, Iso(t)!) : null,
        d.Published.Basis.ToName(), d.Published.Note, d.Body, d.BoilerplateRemoved, d.Url, d.Byline,
        d.Dateline is { } dl ? new DatelineView(dl.Text, dl.Place, Iso(dl.Date), dl.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), dl.Agency) : null,
        d.SourcePath,
        mentions.Select(m => new MentionView(m.Start, m.End, m.Text, m.EntityId, m.Type, m.NameEn, m.NameAr)).ToList(),
        times.Select(t => new TimeView(t.Start, t.End, t.Text, t.Type, t.Value, t.From, t.To, t.Granularity, t.Note)).ToList(),
        quotes.Select(q => new QuoteView(q.Start, q.End, q.Text, q.Kind, Actor(q.Speaker), Actor(q.AttributedTo))).ToList(),
        events.Select(EventView.From).ToList());

    private static ActorView? Actor(QuoteActor? a) => a is null ? null : new ActorView(a.EntityId, a.NameEn, a.NameAr, a.ActorCode, a.Country);

    internal static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An entity in a list, with how often it is mentioned.</summary>
public sealed record EntityListItem(string EntityId, string Type, string? NameEn, string NameAr, string? Country, int Mentions, int Documents)
{
    internal static EntityListItem From(EntitySummary e) => new(e.EntityId, e.Type, e.NameEn, e.NameAr, e.Country, e.Mentions, e.Documents);
}

/// <summary>A role held: from the knowledge base (a term) or stated in an article (an observation on its day).</summary>
public sealed record RoleView(string Role, string? RoleAr, string? Country, string From, string? To, string Basis, string? DocId);

/// <summary>A mention of an entity with the document it is in.</summary>
public sealed record EntityMentionView(string DocId, int Start, int End, string Text, string? Title, string? Published);

/// <summary>One way texts wrote an entity's name.</summary>
public sealed record VariantView(string Text, int Count);

/// <summary>An entity named in the same documents.</summary>
public sealed record CounterpartView(string EntityId, string Type, string? NameEn, string NameAr, int Documents);

/// <summary>An entity with names, roles over time, mentions and counterparts.</summary>
public sealed record EntityView(
    string EntityId, string Type, string? NameEn, string NameAr, string? Country, int MentionCount, int DocumentCount,
    IReadOnlyList<string> AliasesAr, IReadOnlyList<VariantView> Variants, IReadOnlyList<RoleView> Roles,
    IReadOnlyList<EntityMentionView> Mentions, IReadOnlyList<CounterpartView> Counterparts);

/// <summary>A stretch of text: offsets end exclusive.</summary>
public sealed record SpanView(int Start, int End);

/// <summary>The best window of a body for a query: <c>highlights</c> are offsets into <c>text</c>; <c>start</c>/<c>end</c> place it in the body.</summary>
public sealed record SnippetView(string Text, int Start, int End, IReadOnlyList<SpanView> Highlights, bool StartsInside, bool EndsInside);

/// <summary>A search result with its snippet and the matched words of its title.</summary>
public sealed record SearchHitView(string DocId, double Score, string Title, OutletNames? Outlet, string? Published, SnippetView Snippet, IReadOnlyList<SpanView> TitleHighlights);

/// <summary>Search results; <c>unresolved</c> names filters that matched no outlet or entity.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchHitView> Hits, IReadOnlyList<string> Unresolved);

/// <summary>An article posted as JSON.</summary>
public sealed record ArticleInput(string? Title, string? Text, string? Published, string? Outlet, string? Url, string? Id);

/// <summary>What a POST stored.</summary>
public sealed record IngestResponse(IReadOnlyList<Ingest.IngestOutcome> Articles);
