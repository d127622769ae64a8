using System.Collections.Frozen;
using System.Globalization;
using Rasd.Core.Data;
using Rasd.Core.Text;

namespace Rasd.Core.Framing;

/// <summary>A marker phrase of the lexicon, its words normalised.</summary>
internal sealed record MarkerEntry(string[] Words, string Phrase, string Category, string Stance, string? Target, string? ActorCode, string? Requires);

/// <summary>
/// The framing lexicons (<c>data/framing/</c>): marker phrases indexed by their first word, tone
/// words and negators by normalised form. Immutable once loaded; shared by every thread.
/// </summary>
public sealed class FramingLexicon
{
    private FramingLexicon(
        FrozenDictionary<string, MarkerEntry[]> markers, FrozenDictionary<string, double> tone, FrozenSet<string> negators)
    {
        Markers = markers;
        Tone = tone;
        Negators = negators;
    }

    /// <summary>Marker entries by their first normalised word, longest phrase first.</summary>
    internal FrozenDictionary<string, MarkerEntry[]> Markers { get; }

    /// <summary>Tone weights by normalised word.</summary>
    internal FrozenDictionary<string, double> Tone { get; }

    /// <summary>Normalised negators.</summary>
    internal FrozenSet<string> Negators { get; }

    /// <summary>The lexicon shipped in <c>data/framing/</c>, read once.</summary>
    public static FramingLexicon Default => LazyDefault.Value;

    private static readonly Lazy<FramingLexicon> LazyDefault = new(() => Load(RasdData.File("framing")));

    /// <summary>
    /// Reads <c>markers.tsv</c>, <c>tone.tsv</c> and <c>negators.txt</c> from <paramref name="directory"/>;
    /// a malformed line throws <see cref="DataFileException"/> naming its file and line.
    /// </summary>
    public static FramingLexicon Load(string directory)
    {
        var markers = new Dictionary<string, List<MarkerEntry>>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(Path.Combine(directory, "markers.tsv"), 3))
        {
            var f = line.Fields;
            var words = Words(f[0]);
            if (words.Length == 0)
            {
                throw line.Error($"marker phrase '{f[0]}' has no Arabic word");
            }
            if (f[2] is not ("hostile" or "neutral" or "official" or "sympathetic"))
            {
                throw line.Error($"unknown stance '{f[2]}' (hostile, neutral, official, sympathetic)");
            }
            var entry = new MarkerEntry(words, f[0], f[1], f[2], Field(f, 3), Field(f, 4), Field(f, 5));
            if (!markers.TryGetValue(words[0], out var list))
            {
                markers[words[0]] = list = [];
            }
            list.Add(entry);
        }

        var tone = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(Path.Combine(directory, "tone.tsv"), 2))
        {
            if (!double.TryParse(line.Fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw line.Error($"weight '{line.Fields[1]}' is not a number");
            }
            tone[ArabicNormalizer.NormalizeKey(line.Fields[0].Trim())] = weight;
        }

        var negators = TsvFile.Read(Path.Combine(directory, "negators.txt"), 1)
            .Select(l => ArabicNormalizer.NormalizeKey(l.Fields[0].Trim()));

        return new FramingLexicon(
            markers.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal),
            tone.ToFrozenDictionary(StringComparer.Ordinal),
            negators.ToFrozenSet(StringComparer.Ordinal));
    }

    private static string[] Words(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return tokens.Where(t => t.Kind == TokenKind.ArabicWord).Select(t => ArabicNormalizer.NormalizeKey(t.Span.Slice(phrase))).ToArray();
    }

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;
}
