using Rasd.Core.Data;
using Rasd.Core.Text;

namespace Rasd.Core.Events;

/// <summary>What a marker says about an event or the words around it.</summary>
public enum MarkerKind
{
    /// <summary>The event is scheduled, announced or hoped for.</summary>
    Planned,
    /// <summary>The event is denied, postponed, cancelled or negated.</summary>
    Negated,
    /// <summary>An organisation after it is the report's source.</summary>
    Attribution,
    /// <summary>A relative pronoun: the subject of the next verb is the noun before it.</summary>
    Relative,
}

/// <summary>Where a marker must stand relative to the trigger.</summary>
public enum MarkerPlace
{
    /// <summary>A few words before.</summary>
    Before,
    /// <summary>Right after.</summary>
    After,
    /// <summary>Anywhere in the clause.</summary>
    Any,
}

/// <summary>A status or attribution cue (<c>data/events/markers.tsv</c>).</summary>
public sealed record EventMarker(MarkerKind Kind, IReadOnlyList<string> Words, MarkerPlace Place);

/// <summary>The cues, indexed by the normalised key of their first word. Immutable; thread-safe.</summary>
public sealed class EventMarkers
{
    private readonly Dictionary<string, List<EventMarker>> _byFirstWord;

    private EventMarkers(Dictionary<string, List<EventMarker>> byFirstWord) => _byFirstWord = byFirstWord;

    /// <summary>Reads <c>kind  phrase  where</c> rows.</summary>
    public static EventMarkers Load(string path)
    {
        var byFirst = new Dictionary<string, List<EventMarker>>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(path, 3))
        {
            var kind = line.Fields[0] switch
            {
                "planned" => MarkerKind.Planned,
                "negated" => MarkerKind.Negated,
                "attribution" => MarkerKind.Attribution,
                "relative" => MarkerKind.Relative,
                _ => throw line.Error($"unknown marker kind '{line.Fields[0]}'"),
            };
            var place = line.Fields[2] switch
            {
                "before" => MarkerPlace.Before,
                "after" => MarkerPlace.After,
                "any" => MarkerPlace.Any,
                _ => throw line.Error($"unknown marker place '{line.Fields[2]}'"),
            };
            var words = line.Fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicNormalizer.NormalizeKey(w)).ToList();
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }
            list.Add(new EventMarker(kind, words, place));
        }
        return new EventMarkers(byFirst);
    }

    /// <summary>The markers that start at token <paramref name="index"/>: on the word itself or its stem without و/ف/ب/ل.</summary>
    public IEnumerable<(EventMarker Marker, int TokenCount)> At(IReadOnlyList<string> keys, int index)
    {
        foreach (var stem in StemsOf(keys[index]))
        {
            if (!_byFirstWord.TryGetValue(stem, out var list))
            {
                continue;
            }
            foreach (var marker in list)
            {
                var ok = true;
                for (var w = 1; w < marker.Words.Count && ok; w++)
                {
                    ok = index + w < keys.Count && (keys[index + w] == marker.Words[w] || CliticAnalyzer.Candidates(keys[index + w]).Any(c => c.Stem == marker.Words[w]));
                }
                if (ok)
                {
                    yield return (marker, marker.Words.Count);
                }
            }
        }
    }

    private static IEnumerable<string> StemsOf(string key)
    {
        yield return key;
        foreach (var candidate in CliticAnalyzer.Candidates(key))
        {
            // Only leading conjunctions and prepositions: a stripped pronoun would turn ذكرت into ذكر twice over.
            if (candidate.Suffix.Length == 0 && candidate.Prefix.Length > 0 && candidate.Stem != key)
            {
                yield return candidate.Stem;
            }
        }
    }
}
