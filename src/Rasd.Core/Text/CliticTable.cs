using System.Collections.Immutable;
using System.Text.Json;

namespace Rasd.Core.Text;

/// <summary>The proclitic and enclitic forms read from <c>data/text/clitics.json</c>.</summary>
internal sealed record CliticTable(ImmutableArray<string> Proclitics, ImmutableArray<string> Enclitics)
{
    /// <summary>Reads the table; throws <see cref="InvalidDataException"/> naming the file when it is malformed.</summary>
    public static CliticTable Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        return new CliticTable(
            ReadForms(json.RootElement, "proclitics", path),
            ReadForms(json.RootElement, "enclitics", path));
    }

    private static ImmutableArray<string> ReadForms(JsonElement root, string property, string path)
    {
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: missing array \"{property}\".");
        }
        var forms = ImmutableArray.CreateBuilder<string>();
        foreach (var item in array.EnumerateArray())
        {
            var form = item.GetString();
            // Forms are matched against normalised words, so an unnormalised form would never match.
            if (string.IsNullOrEmpty(form) || !string.Equals(ArabicNormalizer.NormalizeKey(form), form, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path}: \"{property}\" entry \"{form}\" is empty or not normalised.");
            }
            forms.Add(form);
        }
        return forms.ToImmutable();
    }
}
