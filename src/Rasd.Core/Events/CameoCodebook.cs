using System.Globalization;
using Rasd.Core.Data;

namespace Rasd.Core.Events;

/// <summary>A CAMEO event code with its English name and Goldstein score.</summary>
public sealed record CameoEventCode(string Code, string NameEn, double Goldstein);

/// <summary>The CAMEO event codes (<c>data/events/cameo-codes.tsv</c>). Immutable; load once.</summary>
public sealed class CameoCodebook
{
    private readonly Dictionary<string, CameoEventCode> _codes;

    private CameoCodebook(Dictionary<string, CameoEventCode> codes) => _codes = codes;

    /// <summary>Every code, by code.</summary>
    public IReadOnlyDictionary<string, CameoEventCode> Codes => _codes;

    /// <summary>Reads a codebook file: <c>code  name_en  goldstein</c>.</summary>
    public static CameoCodebook Load(string path)
    {
        var codes = new Dictionary<string, CameoEventCode>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(path, 3))
        {
            if (!double.TryParse(line.Fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw line.Error($"malformed Goldstein score '{line.Fields[2]}'");
            }
            codes[line.Fields[0]] = new CameoEventCode(line.Fields[0], line.Fields[1], score);
        }
        return new CameoCodebook(codes);
    }

    /// <summary>True when the codebook has <paramref name="code"/>.</summary>
    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>
    /// The Goldstein score of a code; a code the table lacks takes its nearest listed ancestor's
    /// (0873 → 087 → 08), and 0 when even the root is unknown.
    /// </summary>
    public double Goldstein(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (_codes.TryGetValue(code[..length], out var found))
            {
                return found.Goldstein;
            }
        }
        return 0;
    }
}
