using System.Globalization;
using System.Text.Json;
using Rasd.Core.Events;
using Rasd.Storage;

namespace Rasd.Cli.Export;

/// <summary>
/// <c>rasd export events</c>: one object per event in the schema of DESIGN.md, plus
/// <c>mentions</c> (every evidence sentence of the event, the first being <c>evidence</c>).
/// CSV flattens the actors into columns and joins lists with <c>|</c>.
/// </summary>
internal static class EventExport
{
    private static readonly JsonSerializerOptions Options = JsonlLines.SerializerOptions;

    private const string CsvHeader =
        "event_id,cluster_id,doc_id,cameo,goldstein,source_id,source_name_en,source_name_ar,source_actor_code,source_country,"
        + "target_id,target_name_en,target_name_ar,target_actor_code,target_country,participants,date,date_from,date_to,"
        + "location_id,location_name_en,location_name_ar,status,attributed_to,evidence_start,evidence_end,evidence_text\r\n";

    public static async Task WriteAsync(IRasdStore store, TextWriter output, bool csv, CancellationToken cancellationToken)
    {
        if (csv)
        {
            await output.WriteAsync(CsvHeader);
        }
        await foreach (var e in store.ReadEventsAsync(cancellationToken))
        {
            await output.WriteAsync(csv ? Csv(e) : JsonSerializer.Serialize(Line(e), Options) + "\n");
        }
    }

    /// <summary>The export object of one event, fields in the contract's order.</summary>
    public static Dictionary<string, object?> Line(ExtractedEvent e) => new()
    {
        ["event_id"] = e.EventId,
        ["cluster_id"] = e.ClusterId,
        ["doc_id"] = e.DocId,
        ["cameo"] = e.Cameo,
        ["goldstein"] = e.Goldstein,
        ["source"] = Actor(e.Source),
        ["target"] = e.Target is { } target ? Actor(target) : null,
        ["participants"] = e.Participants.Select(Actor).ToList(),
        ["date"] = e.Date,
        ["date_range"] = e.DateRange is { } range ? new Dictionary<string, object?> { ["from"] = Iso(range.From), ["to"] = Iso(range.To) } : null,
        ["location"] = e.Location is { } place
            ? new Dictionary<string, object?> { ["entity_id"] = place.EntityId, ["name_en"] = place.NameEn, ["name_ar"] = place.NameAr }
            : null,
        ["status"] = e.Status.ToName(),
        ["attributed_to"] = e.AttributedTo.Select(a => new Dictionary<string, object?> { ["name_en"] = a.NameEn, ["name_ar"] = a.NameAr }).ToList(),
        ["evidence"] = Evidence(e.Evidence),
        ["mentions"] = e.Mentions.Select(Evidence).ToList(),
    };

    private static Dictionary<string, object?> Actor(EventActor a) => new()
    {
        ["entity_id"] = a.EntityId, ["name_en"] = a.NameEn, ["name_ar"] = a.NameAr, ["actor_code"] = a.ActorCode, ["country"] = a.Country,
    };

    private static Dictionary<string, object?> Evidence(EventEvidence evidence) => new()
    {
        ["text"] = evidence.Text, ["start"] = evidence.Start, ["end"] = evidence.End,
    };

    private static string Csv(ExtractedEvent e)
    {
        string?[] row =
        [
            e.EventId, e.ClusterId, e.DocId, e.Cameo, e.Goldstein.ToString(CultureInfo.InvariantCulture),
            e.Source.EntityId, e.Source.NameEn, e.Source.NameAr, e.Source.ActorCode, e.Source.Country,
            e.Target?.EntityId, e.Target?.NameEn, e.Target?.NameAr, e.Target?.ActorCode, e.Target?.Country,
            string.Join('|', e.Participants.Select(p => p.EntityId)), e.Date, Iso(e.DateRange?.From), Iso(e.DateRange?.To),
            e.Location?.EntityId, e.Location?.NameEn, e.Location?.NameAr, e.Status.ToName(),
            string.Join('|', e.AttributedTo.Select(a => a.NameEn ?? a.NameAr)),
            e.Evidence.Start.ToString(CultureInfo.InvariantCulture), e.Evidence.End.ToString(CultureInfo.InvariantCulture), e.Evidence.Text,
        ];
        return string.Join(',', row.Select(DocumentCsvWriter.Escape)) + "\r\n";
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
