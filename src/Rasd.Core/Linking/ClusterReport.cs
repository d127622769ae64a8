namespace Rasd.Core.Linking;

/// <summary>One document's report of a clustered event, as conflicts and comparisons read it.</summary>
/// <param name="EventId">The event.</param>
/// <param name="DocId">The document.</param>
/// <param name="Outlet">The outlet's name, when known.</param>
/// <param name="Date">The single day it gives, when it gives one.</param>
/// <param name="DateText">How the text states the date (يوم الجمعة الماضي), when it does.</param>
/// <param name="Place">The place's name, when it gives one.</param>
/// <param name="Evidence">Every sentence reporting the event.</param>
public sealed record ClusterReport(string EventId, string DocId, string? Outlet, DateOnly? Date, string? DateText, string? Place, IReadOnlyList<string> Evidence);

/// <summary>Where the reports of one event disagree: what (date, place, figure) and what each document says.</summary>
/// <param name="Kind"><c>date</c>, <c>place</c> or <c>figure</c>.</param>
/// <param name="Values">Each document's value, by document id.</param>
/// <param name="Subject">For figures, the unit (طن); otherwise null.</param>
public sealed record ClusterConflict(string Kind, IReadOnlyDictionary<string, string> Values, string? Subject = null);
