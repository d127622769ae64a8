using Rasd.Core.Data;
using Rasd.Core.Text;

namespace Rasd.Core.Events;

/// <summary>How the parties of a trigger relate to places, which decides consultation codes.</summary>
public enum TriggerFrame
{
    /// <summary>The code as listed.</summary>
    Plain,
    /// <summary>A meeting: the code follows who travelled where (042/043/044, 040 without a place).</summary>
    Meet,
    /// <summary>Discussion: as <see cref="Meet"/>.</summary>
    Talks,
    /// <summary>The source travels to the target: 042.</summary>
    Visit,
    /// <summary>As <see cref="Visit"/>, only with a destination (وصل إلى موسكو).</summary>
    Arrive,
    /// <summary>The source receives the target: 043.</summary>
    Host,
    /// <summary>A telephone call: 041.</summary>
    Phone,
    /// <summary>
    /// As <see cref="Plain"/>, but the event stands when no party is named: protests and attacks
    /// are reported by their crowd or their effect (خرج المتظاهرون، قتل عشرة في انفجار), so the source is then an unnamed actor.
    /// </summary>
    Open,
}

/// <summary>One trigger: a word or phrase (normalised keys) with its CAMEO code and frame.</summary>
/// <param name="Words">Normalised keys of the words, in order.</param>
/// <param name="Code">CAMEO event code.</param>
/// <param name="Frame">How the code follows the parties and place.</param>
/// <param name="IsVerb">True for verbs, whose subject may follow them.</param>
/// <param name="Curated">True for hand-written rows, false for rows imported from the CAMEO dictionary.</param>
public sealed record TriggerEntry(IReadOnlyList<string> Words, string Code, TriggerFrame Frame, bool IsVerb, bool Curated);

/// <summary>A trigger found at a token: the entry, the tokens it covers and the clitics of its first word.</summary>
public sealed record TriggerMatch(TriggerEntry Entry, int FirstToken, int TokenCount, StemCandidate Stem);

/// <summary>
/// Event triggers by the normalised stem of their first word, looked up through the clitic
/// analysis so every attached conjunction, preposition, future marker and pronoun is covered.
/// Immutable; thread-safe.
/// </summary>
public sealed class TriggerLexicon
{
    private readonly Dictionary<string, List<TriggerEntry>> _byFirstWord;

    private TriggerLexicon(Dictionary<string, List<TriggerEntry>> byFirstWord) => _byFirstWord = byFirstWord;

    /// <summary>Number of distinct first words.</summary>
    public int Count => _byFirstWord.Count;

    /// <summary>
    /// Reads trigger files (<c>form  code  frame  pos</c>); an earlier file's form wins over a later
    /// one's, so pass the curated file first.
    /// </summary>
    public static TriggerLexicon Load(params (string Path, bool Curated)[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var entries = new List<TriggerEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, curated) in files)
        {
            foreach (var line in TsvFile.Read(path, 4))
            {
                var words = line.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicNormalizer.NormalizeKey(w)).ToList();
                if (words.Count == 0)
                {
                    throw line.Error("empty trigger form");
                }
                var frame = ParseFrame(line.Fields[2]) ?? throw line.Error($"unknown frame '{line.Fields[2]}'");
                if (seen.Add(string.Join(' ', words)))
                {
                    entries.Add(new TriggerEntry(words, line.Fields[1], frame, line.Fields[3] == "v", curated));
                }
            }
        }
        return FromEntries(entries);
    }

    /// <summary>A lexicon over the given entries (tests and tools).</summary>
    public static TriggerLexicon FromEntries(IEnumerable<TriggerEntry> entries)
    {
        var byFirst = new Dictionary<string, List<TriggerEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byFirst.TryGetValue(entry.Words[0], out var list))
            {
                byFirst[entry.Words[0]] = list = [];
            }
            list.Add(entry);
        }
        foreach (var list in byFirst.Values)
        {
            // Longest phrase first: اتصال هاتفي beats اتصال.
            list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        }
        return new TriggerLexicon(byFirst);
    }

    /// <summary>The trigger starting at token <paramref name="index"/>, if any; <paramref name="keys"/> are the tokens' normalised keys.</summary>
    public TriggerMatch? Match(IReadOnlyList<string> keys, int index)
    {
        foreach (var candidate in CliticAnalyzer.Candidates(keys[index]))
        {
            if (!_byFirstWord.TryGetValue(candidate.Stem, out var entries))
            {
                continue;
            }
            foreach (var entry in entries)
            {
                if (RestMatches(entry, keys, index))
                {
                    return new TriggerMatch(entry, index, entry.Words.Count, candidate);
                }
            }
        }
        return null;
    }

    private static bool RestMatches(TriggerEntry entry, IReadOnlyList<string> keys, int index)
    {
        for (var w = 1; w < entry.Words.Count; w++)
        {
            var at = index + w;
            if (at >= keys.Count || (keys[at] != entry.Words[w] && !CliticAnalyzer.Candidates(keys[at]).Any(c => c.Stem == entry.Words[w])))
            {
                return false;
            }
        }
        return true;
    }

    private static TriggerFrame? ParseFrame(string name) => name switch
    {
        "plain" => TriggerFrame.Plain,
        "meet" => TriggerFrame.Meet,
        "talks" => TriggerFrame.Talks,
        "visit" => TriggerFrame.Visit,
        "arrive" => TriggerFrame.Arrive,
        "host" => TriggerFrame.Host,
        "phone" => TriggerFrame.Phone,
        "open" => TriggerFrame.Open,
        _ => null,
    };
}
