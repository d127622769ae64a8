using System.Text.Json;

namespace Rasd.Core.Evaluation.Up;

/// <summary>
/// Reads the UP Arabic event sentences (JSONL: id, category PROTEST|ASSAULT, published, text,
/// trigger, source_code "TUN None" / "None CVL", evaluate). A malformed line or one marked not to
/// be evaluated is skipped with a diagnostic; the read never throws on content.
/// </summary>
public static class UpReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static UpReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sentences = new List<UpSentence>();
        var diagnostics = new List<UpDiagnostic>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (sentence, error) = Parse(line, number);
            if (sentence is not null)
            {
                sentences.Add(sentence);
            }
            else if (error is not null)
            {
                diagnostics.Add(new UpDiagnostic(path, number, error));
            }
        }
        return new UpReadResult(sentences, diagnostics);
    }

    private static (UpSentence? Sentence, string? Error) Parse(string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string Field(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
            if (Field("evaluate") is "false" or "False")
            {
                return (null, "marked evaluate=false");
            }
            UpCategory? category = Field("category") switch
            {
                "PROTEST" => UpCategory.Protest,
                "ASSAULT" => UpCategory.Assault,
                _ => null,
            };
            if (category is null)
            {
                return (null, $"unknown category '{Field("category")}'");
            }
            if (Field("id").Length == 0 || Field("text").Length == 0)
            {
                return (null, "no id or text");
            }
            // "TUN None": the country is the first of the code's two parts; None means no country.
            var country = Field("source_code").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return (new UpSentence(Field("id"), number, category.Value, Field("published"), Field("text"), Field("trigger"),
                country is null or "None" ? null : country), null);
        }
        catch (JsonException e)
        {
            return (null, "not JSON: " + e.Message);
        }
    }
}
