using System.Collections.Concurrent;
using Rasd.Core.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Gazetteer features from the knowledge base (<see cref="Gazetteer"/>) and a list of common
/// given names. Per token: the BIO label of the longest known name it falls in, read through
/// proclitics (<c>B-LOC</c>, <c>I-PER</c>), the same with the entity's kind (<c>B-LOC:country</c>,
/// <c>B-ORG:igo</c>), <c>amb</c> for one-word names that are also common words, <c>title-B</c>/<c>title-I</c>
/// inside a title (وزير الخارجية), <c>hon-B</c>/<c>hon-I</c> inside an honorific (اللواء),
/// <c>nisba</c> for a country adjective (السوري), and <c>first</c>/<c>last</c>/<c>part</c>/<c>given</c>
/// for words of known people's names and common given names. Built once; thread-safe.
/// </summary>
/// <remarks>
/// A model trained with these features learned weights for these exact values over this exact
/// data: tag with the same knowledge base and given-names list it was trained with, or its
/// accuracy falls by an unknown amount.
/// </remarks>
public sealed class KbGazetteerFeatures : IGazetteerFeatures
{
    /// <summary>Relative path of the shipped given-names list under the data folder.</summary>
    public const string GivenNamesPath = "ner/given-names.txt";

    /// <summary>Relative path of the shipped list of further people's names under the data folder.</summary>
    public const string PeoplePath = "ner/cameo-people.txt";

    private const int CacheCapacity = 100_000;

    private readonly Gazetteer _gazetteer;
    private readonly PersonNameParts _names;
    private readonly NameLists _lists;

    // Per token as written: its keys and the values that depend on the word alone (nisba, name
    // parts). Bounded and emptied when full, so it never changes a result.
    private readonly ConcurrentDictionary<string, (WordKeys Keys, string[] Values)> _words = new(StringComparer.Ordinal);
    private int _cached;

    private KbGazetteerFeatures(Gazetteer gazetteer, PersonNameParts names, NameLists lists)
    {
        _gazetteer = gazetteer;
        _names = names;
        _lists = lists;
    }

    /// <summary>
    /// Features over <paramref name="kb"/>, a given-names list, a list of further people's
    /// full names (one name per line each) and the name lists of <paramref name="listsDirectory"/>
    /// (<see cref="NameLists"/>; none when null).
    /// </summary>
    public static KbGazetteerFeatures Create(KnowledgeBase kb, IEnumerable<string> givenNames, IEnumerable<string> people, string? listsDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(givenNames);
        ArgumentNullException.ThrowIfNull(people);
        var lists = listsDirectory is null ? NameLists.Empty : NameLists.Load(listsDirectory);
        return new KbGazetteerFeatures(Gazetteer.Create(kb), new PersonNameParts(kb, givenNames, people.Concat(lists.People)), lists);
    }

    /// <summary>
    /// Features over <paramref name="kb"/>, the shipped <c>data/ner/given-names.txt</c>,
    /// <c>data/ner/cameo-people.txt</c> and <c>data/ner/lists/</c>: what the shipped model was trained with.
    /// </summary>
    public static KbGazetteerFeatures CreateDefault(KnowledgeBase kb) =>
        Create(kb, TextData.LoadLines(GivenNamesPath), TextData.LoadLines(PeoplePath), RasdData.File(NameLists.DefaultDirectory));

    /// <inheritdoc/>
    public IReadOnlyList<IReadOnlyList<string>> Features(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new WordKeys[tokens.Count];
        var own = new string[tokens.Count][];
        var values = new List<string>[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            (words[i], own[i]) = Word(tokens[i]);
            values[i] = [];
        }
        MarkNames(words, values);
        MarkListedNames(words, values);
        MarkSpans(_gazetteer.Titles, "title", words, values);
        MarkSpans(_gazetteer.Honorifics, "hon", words, values);
        for (var i = 0; i < words.Length; i++)
        {
            values[i].AddRange(own[i]);
        }
        return values;
    }

    private (WordKeys Keys, string[] Values) Word(string token)
    {
        if (_words.TryGetValue(token, out var word))
        {
            return word;
        }
        var keys = Keys(token);
        var values = new List<string>(4);
        if (keys.FirstWordForms.Any(form => _gazetteer.Kb.CountryOfNisba(form) is not null))
        {
            values.Add("nisba");
        }
        _names.Add(keys.FirstWordForms, values);
        word = (keys, values.ToArray());
        if (Interlocked.Increment(ref _cached) > CacheCapacity)
        {
            _words.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        _words.TryAdd(token, word);
        return word;
    }

    private static WordKeys Keys(string token)
    {
        var key = ArabicNormalizer.NormalizeKey(token);
        var arabic = key.Length > 0 && ArabicChars.IsArabicLetter(key[0]);
        IReadOnlyList<string> forms = arabic && key.Length >= 2
            ? CliticAnalyzer.Candidates(key).Where(c => c.Suffix.Length == 0).Select(c => c.Stem).ToList()
            : [key];
        return new WordKeys(default, key, forms, false, arabic);
    }

    /// <summary>Known names, longest first, left to right; each word belongs to at most one.</summary>
    private void MarkNames(WordKeys[] words, List<string>[] values)
    {
        for (var i = 0; i < words.Length;)
        {
            if (words[i].Key.Length == 0 || _gazetteer.Names.LongestMatch(words, i) is not { } match)
            {
                i++;
                continue;
            }
            var kinds = match.Payloads
                .Select(id => _gazetteer.Kb.Entity(id))
                .OfType<KbEntity>()
                .Select(e => (Type: e.Type.ToString(), e.Kind))
                .Distinct()
                .Order()
                .ToList();
            for (var k = 0; k < match.Words; k++)
            {
                var prefix = k == 0 ? "B-" : "I-";
                foreach (var type in kinds.Select(t => t.Type).Distinct())
                {
                    values[i + k].Add(prefix + type);
                }
                foreach (var (type, kind) in kinds)
                {
                    values[i + k].Add(prefix + type + ":" + kind);
                }
            }
            if (match.Words == 1 && _gazetteer.Ambiguous.Contains(words[i].Key))
            {
                values[i].Add("amb");
            }
            i += match.Words;
        }
    }

    /// <summary>
    /// Listed names (<see cref="NameLists"/>), longest first: <c>LB-ORG</c>, <c>LI-ORG:club</c>, or
    /// <c>AB-…</c> for a one-word name that is also an ordinary word (النصر).
    /// </summary>
    private void MarkListedNames(WordKeys[] words, List<string>[] values)
    {
        for (var i = 0; i < words.Length;)
        {
            if (words[i].Key.Length == 0 || _lists.Names.LongestMatch(words, i) is not { } match)
            {
                i++;
                continue;
            }
            var ambiguous = match.Words == 1 && match.Payloads.All(name => name.Ambiguous);
            var kinds = match.Payloads.Select(name => (name.Type, name.Kind)).Distinct().Order().ToList();
            for (var k = 0; k < match.Words; k++)
            {
                var prefix = (ambiguous ? "A" : "L") + (k == 0 ? "B-" : "I-");
                foreach (var type in kinds.Select(t => t.Type).Distinct())
                {
                    values[i + k].Add(prefix + type);
                }
                foreach (var (type, kind) in kinds)
                {
                    values[i + k].Add(prefix + type + ":" + kind);
                }
            }
            i += match.Words;
        }
    }

    private static void MarkSpans<T>(NameTrie<T> trie, string name, WordKeys[] words, List<string>[] values)
    {
        for (var i = 0; i < words.Length;)
        {
            if (words[i].Key.Length == 0 || trie.LongestMatch(words, i) is not { } match)
            {
                i++;
                continue;
            }
            values[i].Add(name + "-B");
            for (var k = 1; k < match.Words; k++)
            {
                values[i + k].Add(name + "-I");
            }
            i += match.Words;
        }
    }
}
