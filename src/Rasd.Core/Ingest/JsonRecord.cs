using System.Globalization;
using System.Text.Json;

namespace Rasd.Core.Ingest;

/// <summary>
/// Maps one JSON object to an article, accepting the field names of common news datasets:
/// <c>id|doc_id</c>, <c>title</c>, <c>text|content|body</c>,
/// <c>published|date|date_publish|date_extracted</c>, <c>outlet|source|source_domain</c>, <c>url</c>, <c>author</c>.
/// </summary>
internal static class JsonRecord
{
    private static readonly string[] IdFields = ["id", "doc_id"];
    private static readonly string[] TextFields = ["text", "content", "body"];
    private static readonly string[] DateFields = ["published", "date", "date_publish"];
    private static readonly string[] OutletFields = ["outlet", "source", "source_domain"];

    public static ReadResult Map(JsonElement record, string sourcePath, string fallbackId)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Fail(sourcePath, $"record is a JSON {record.ValueKind.ToString().ToUpperInvariant()}, not an object");
        }
        try
        {
            var text = First(record, TextFields);
            var title = Field(record, "title");
            if (text is null && title is null)
            {
                return ReadResult.Fail(sourcePath, "record has no text|content|body or title field");
            }
            var date = First(record, DateFields);
            var crawl = date is null ? Field(record, "date_extracted") : null;
            var given = date is not null ? new GivenDate(date, false) : crawl is not null ? new GivenDate(crawl, true) : null;
            var id = First(record, IdFields);
            return ReadResult.Success(new RawArticle(
                sourcePath,
                string.IsNullOrWhiteSpace(id) ? fallbackId : id.Trim(),
                text ?? string.Empty,
                RawFormat.Json,
                NullIfBlank(title),
                NullIfBlank(First(record, OutletFields)),
                given is null || string.IsNullOrWhiteSpace(given.Value) ? null : given,
                NullIfBlank(Field(record, "url")),
                NullIfBlank(Field(record, "author"))));
        }
        catch (FormatException e)
        {
            return ReadResult.Fail(sourcePath, e.Message);
        }
    }

    private static string? First(JsonElement record, string[] names)
    {
        foreach (var name in names)
        {
            if (Field(record, name) is { } value)
            {
                return value;
            }
        }
        return null;
    }

    private static string? Field(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"field '{name}' must be a string, found {value.ValueKind.ToString().ToUpperInvariant()}")),
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
