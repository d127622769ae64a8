using System.Globalization;
using System.Text.Json;
using Rasd.Storage;

namespace Rasd.Cli.Export;

/// <summary>
/// <c>rasd export clusters</c>: <c>{"cluster_id", "events": [...], "docs": [...], "outlets": [...], "date",
/// "date_range", "conflicts": [...]}</c>; events in the shape of <c>export events</c>.
/// </summary>
internal static class ClusterExport
{
    private static readonly JsonSerializerOptions Options = JsonlLines.SerializerOptions;

    public static async Task WriteAsync(IRasdStore store, TextWriter output, bool csv, CancellationToken cancellationToken)
    {
        if (csv)
        {
            await output.WriteAsync("cluster_id,date,date_from,date_to,events,docs,outlets,conflicts\r\n");
        }
        await foreach (var cluster in store.ReadClustersAsync(cancellationToken))
        {
            if (csv)
            {
                string?[] row =
                [
                    cluster.ClusterId, Iso(cluster.Date), Iso(cluster.From), Iso(cluster.To), string.Join('|', cluster.Events.Select(e => e.EventId)),
                    string.Join('|', cluster.DocIds), string.Join('|', cluster.Outlets.Select(o => o.NameEn ?? o.NameAr)),
                    string.Join('|', cluster.Conflicts.Select(c => c.Kind)),
                ];
                await output.WriteAsync(string.Join(',', row.Select(DocumentCsvWriter.Escape)) + "\r\n");
                continue;
            }
            var line = new Dictionary<string, object?>
            {
                ["cluster_id"] = cluster.ClusterId,
                ["events"] = cluster.Events.Select(EventExport.Line).ToList(),
                ["docs"] = cluster.DocIds,
                ["outlets"] = cluster.Outlets.Select(o => new Dictionary<string, string?> { ["name_en"] = o.NameEn, ["name_ar"] = o.NameAr }).ToList(),
                ["date"] = Iso(cluster.Date),
                ["date_range"] = cluster.From is { } from && cluster.To is { } to ? new Dictionary<string, string?> { ["from"] = Iso(from), ["to"] = Iso(to) } : null,
                ["conflicts"] = cluster.Conflicts.Select(c => new Dictionary<string, object?> { ["kind"] = c.Kind, ["subject"] = c.Subject, ["values"] = c.Values }).ToList(),
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(line, Options));
        }
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
