using System.Globalization;
using System.Text.Json;
using Rasd.Storage;

namespace Rasd.Cli.Export;

/// <summary>
/// <c>rasd export quotes</c>: one object per quote,
/// <c>{"doc_id","speaker": ACTOR|null,"text","start","end","kind": "direct|indirect"}</c> with
/// ACTOR = <c>{"entity_id","name_en","name_ar","actor_code","country"}</c>, plus
/// <c>"attributed_to": {"entity_id","name_en","name_ar"}|null</c>, the outlet the quote came through.
/// </summary>
internal static class QuoteExport
{
    private static readonly JsonSerializerOptions Options = JsonlLines.SerializerOptions;

    public static async Task WriteAsync(IRasdStore store, TextWriter output, bool csv, CancellationToken cancellationToken)
    {
        if (csv)
        {
            await output.WriteAsync("doc_id,start,end,kind,text,speaker_id,speaker_name_en,speaker_name_ar,actor_code,country,attributed_to\r\n");
        }
        await foreach (var q in store.ReadQuotesAsync(cancellationToken))
        {
            if (csv)
            {
                string?[] row =
                [
                    q.DocId, Number(q.Start), Number(q.End), q.Kind, q.Text, q.Speaker?.EntityId, q.Speaker?.NameEn, q.Speaker?.NameAr,
                    q.Speaker?.ActorCode, q.Speaker?.Country, q.AttributedTo?.EntityId,
                ];
                await output.WriteAsync(string.Join(',', row.Select(DocumentCsvWriter.Escape)) + "\r\n");
                continue;
            }
            var line = new Dictionary<string, object?>
            {
                ["doc_id"] = q.DocId,
                ["speaker"] = q.Speaker is { } s
                    ? new Dictionary<string, object?> { ["entity_id"] = s.EntityId, ["name_en"] = s.NameEn, ["name_ar"] = s.NameAr, ["actor_code"] = s.ActorCode, ["country"] = s.Country }
                    : null,
                ["text"] = q.Text, ["start"] = q.Start, ["end"] = q.End, ["kind"] = q.Kind,
                ["attributed_to"] = q.AttributedTo is { } a
                    ? new Dictionary<string, object?> { ["entity_id"] = a.EntityId, ["name_en"] = a.NameEn, ["name_ar"] = a.NameAr }
                    : null,
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(line, Options));
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
