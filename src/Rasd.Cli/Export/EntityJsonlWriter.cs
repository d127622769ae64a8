using System.Text.Json;
using Rasd.Storage;

namespace Rasd.Cli.Export;

/// <summary>Entities as JSON Lines in the export schema of DESIGN.md.</summary>
internal sealed class EntityJsonlWriter(TextWriter output)
{
    private readonly JsonlLines _lines = new(output);

    public async Task WriteAsync(StoredEntity entity)
    {
        await _lines.WriteAsync(json =>
        {
            json.WriteStartObject();
            json.WriteString("entity_id", entity.EntityId);
            json.WriteString("type", entity.Type);
            json.WriteString("name_en", entity.NameEn);
            json.WriteString("name_ar", entity.NameAr);
            json.WriteStartArray("aliases_ar");
            foreach (var alias in Aliases(entity))
            {
                json.WriteStringValue(alias);
            }
            json.WriteEndArray();
            json.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteString("doc_id", mention.DocId);
                json.WriteNumber("start", mention.Start);
                json.WriteNumber("end", mention.End);
                json.WriteString("text", mention.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("country", entity.Country);
            json.WriteEndObject();
        });
    }

    /// <summary>The canonical Arabic name first, then every other way the texts wrote it.</summary>
    internal static IEnumerable<string> Aliases(StoredEntity entity) =>
        new[] { entity.NameAr }.Concat(entity.Mentions.Select(m => m.Text)).Distinct(StringComparer.Ordinal);
}
