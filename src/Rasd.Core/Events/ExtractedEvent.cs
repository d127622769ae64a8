namespace Rasd.Core.Events;

/// <summary>Whether an event happened, is expected, or was denied, postponed or cancelled.</summary>
public enum EventStatus
{
    /// <summary>Reported as having happened (or happening today).</summary>
    Occurred,
    /// <summary>Announced, scheduled or hoped for: مرتقبة، من المقرر، سيبحث.</summary>
    Planned,
    /// <summary>Denied, postponed or cancelled, or negated: نفى، تأجيل، ألغى، لم يلتق.</summary>
    Negated,
    /// <summary>Claimed by a source without the text vouching for it.</summary>
    Reported,
}

/// <summary>A party to an event, as the export shows it.</summary>
/// <param name="EntityId">Entity id (knowledge base or <c>ar:TYPE:name</c>).</param>
/// <param name="NameEn">Canonical English name, when known.</param>
/// <param name="NameAr">Arabic name.</param>
/// <param name="ActorCode">CAMEO actor code on the event's date (SYRGOV, RUSMIL, IRN), when known.</param>
/// <param name="Country">ISO3 of the actor's country, when known.</param>
public sealed record EventActor(string EntityId, string? NameEn, string NameAr, string? ActorCode, string? Country)
{
    /// <summary>True for people; countries, cities and organisations stand for a state or body.</summary>
    public bool IsPerson => EntityId.StartsWith("per:", StringComparison.Ordinal) || EntityId.StartsWith("ar:PER:", StringComparison.Ordinal);
}

/// <summary>Where an event took place.</summary>
public sealed record EventPlace(string EntityId, string? NameEn, string NameAr);

/// <summary>Who a report of the event is attributed to (an agency, outlet or unnamed source).</summary>
public sealed record EventSource(string? NameEn, string NameAr);

/// <summary>A sentence that reports the event; offsets into the document body, <c>End</c> exclusive.</summary>
public sealed record EventEvidence(string Text, int Start, int End);

/// <summary>An inclusive range of days.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);

/// <summary>
/// One real event of one document: who did what to whom (a CAMEO code), when, where, per whom,
/// with every sentence that reports it. Several reports of the same meeting are one event.
/// </summary>
/// <param name="EventId">Stable id: document id and ordinal (<c>2015-07-21-00017:e1</c>).</param>
/// <param name="DocId">The document.</param>
/// <param name="Cameo">CAMEO event code (<c>042</c>).</param>
/// <param name="Goldstein">Goldstein score of the code.</param>
/// <param name="Source">Who acts (the visitor, the host, the caller).</param>
/// <param name="Target">Who is acted on, if anyone.</param>
/// <param name="Participants">Every party; for a bilateral event the source and target.</param>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY, or null.</param>
/// <param name="DateRange">The days the event may fall on when no single date is known.</param>
/// <param name="Location">Where it took place, if stated.</param>
/// <param name="Status">Occurred, planned, negated or reported.</param>
/// <param name="AttributedTo">Agencies, outlets or sources the text cites for it.</param>
/// <param name="Evidence">The first sentence reporting it.</param>
/// <param name="Mentions">Every sentence reporting it, in text order (the first is <paramref name="Evidence"/>).</param>
public sealed record ExtractedEvent(
    string EventId,
    string DocId,
    string Cameo,
    double Goldstein,
    EventActor Source,
    EventActor? Target,
    IReadOnlyList<EventActor> Participants,
    string? Date,
    DateRange? DateRange,
    EventPlace? Location,
    EventStatus Status,
    IReadOnlyList<EventSource> AttributedTo,
    EventEvidence Evidence,
    IReadOnlyList<EventEvidence> Mentions)
{
    /// <summary>The cluster this event belongs to across documents; null until events are clustered.</summary>
    public string? ClusterId { get; init; }

    /// <summary>The CAMEO root (first two digits): 04 for every kind of consultation.</summary>
    public string Root => Cameo[..2];
}

/// <summary>Names of <see cref="EventStatus"/> values used in exports and the database.</summary>
public static class EventStatusNames
{
    /// <summary><c>occurred</c>, <c>planned</c>, <c>negated</c> or <c>reported</c>.</summary>
    public static string ToName(this EventStatus status) => status switch
    {
        EventStatus.Planned => "planned",
        EventStatus.Negated => "negated",
        EventStatus.Reported => "reported",
        _ => "occurred",
    };

    /// <summary>The status a name stands for; unknown names read as occurred.</summary>
    public static EventStatus ParseStatus(string name) => name switch
    {
        "planned" => EventStatus.Planned,
        "negated" => EventStatus.Negated,
        "reported" => EventStatus.Reported,
        _ => EventStatus.Occurred,
    };
}
