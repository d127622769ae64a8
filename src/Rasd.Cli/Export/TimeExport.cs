using System.Text.Json;
using Rasd.Storage;

namespace Rasd.Cli.Export;

/// <summary>
/// <c>rasd export times</c>: one object per time expression,
/// <c>{"doc_id","start","end","text","type","value"}</c> plus the days it covers, its granularity
/// and a note when the value had to correct something.
/// </summary>
internal static class TimeExport
{
    private static readonly JsonSerializerOptions Options = JsonlLines.SerializerOptions;

    public static async Task WriteAsync(IRasdStore store, TextWriter output, bool csv, CancellationToken cancellationToken)
    {
        if (csv)
        {
            await output.WriteAsync("doc_id,start,end,text,type,value,from,to,granularity,note\r\n");
        }
        await foreach (var t in store.ReadTimesAsync(cancellationToken))
        {
            if (csv)
            {
                string?[] row = [t.DocId, Number(t.Start), Number(t.End), t.Text, t.Type, t.Value, t.From, t.To, t.Granularity, t.Note];
                await output.WriteAsync(string.Join(',', row.Select(DocumentCsvWriter.Escape)) + "\r\n");
                continue;
            }
            var line = new Dictionary<string, object?>
            {
                ["doc_id"] = t.DocId, ["start"] = t.Start, ["end"] = t.End, ["text"] = t.Text, ["type"] = t.Type, ["value"] = t.Value,
                ["from"] = t.From, ["to"] = t.To, ["granularity"] = t.Granularity, ["note"] = t.Note,
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(line, Options));
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
