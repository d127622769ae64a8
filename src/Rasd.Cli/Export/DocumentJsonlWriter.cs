using System.Globalization;
using System.Text.Json;
using Rasd.Core.Ingest;

namespace Rasd.Cli.Export;

/// <summary>
/// Documents as JSON Lines in the export schema of DESIGN.md (a contract: fields are only ever
/// added). Arabic is written as is, not as \u escapes, so the export stays readable.
/// </summary>
internal sealed class DocumentJsonlWriter(TextWriter output) : IDocumentWriter
{
    private readonly JsonlLines _lines = new(output);

    public async Task WriteAsync(Document d)
    {
        await _lines.WriteAsync(json =>
        {
            json.WriteStartObject();
            json.WriteString("doc_id", d.DocId);
            json.WriteString("title", d.Title);
            if (d.Outlet is null)
            {
                json.WriteNull("outlet");
            }
            else
            {
                json.WriteStartObject("outlet");
                json.WriteString("name_en", d.Outlet.NameEn);
                json.WriteString("name_ar", d.Outlet.NameAr);
                json.WriteEndObject();
            }
            json.WriteString("published", Iso(d.Published.Date));
            if (d.Published.From is { } from && d.Published.To is { } to)
            {
                json.WriteStartObject("published_range");
                json.WriteString("from", Iso(from));
                json.WriteString("to", Iso(to));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("published_range");
            }
            json.WriteString("published_basis", d.Published.Basis.ToName());
            json.WriteString("body", d.Body);
            json.WriteStartArray("boilerplate_removed");
            foreach (var line in d.BoilerplateRemoved)
            {
                json.WriteStringValue(line);
            }
            json.WriteEndArray();

            // Fields beyond the contract.
            json.WriteString("source_path", d.SourcePath);
            json.WriteString("content_hash", d.ContentHash);
            json.WriteString("url", d.Url);
            json.WriteString("byline", d.Byline);
            json.WriteString("published_note", d.Published.Note);
            WriteDateline(json, d.Dateline);
            json.WriteEndObject();
        });
    }

    private static void WriteDateline(Utf8JsonWriter json, Dateline? dateline)
    {
        if (dateline is null)
        {
            json.WriteNull("dateline");
            return;
        }
        json.WriteStartObject("dateline");
        json.WriteString("text", dateline.Text);
        json.WriteString("place", dateline.Place);
        json.WriteString("date", Iso(dateline.Date));
        json.WriteString("time", dateline.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
        json.WriteString("agency", dateline.Agency);
        json.WriteEndObject();
    }

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
