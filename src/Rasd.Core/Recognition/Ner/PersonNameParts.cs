using System.Collections.Frozen;
using Rasd.Core.Knowledge;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Words of people's names as sets of normalised words: the first and last words of every
/// Arabic name of a knowledge-base person and of a list of further people
/// (<c>data/ner/cameo-people.txt</c>), every word of those names, and a list of common given
/// names (<c>data/ner/given-names.txt</c>). Built once; read-only and thread-safe.
/// </summary>
internal sealed class PersonNameParts
{
    private readonly FrozenSet<string> _first;
    private readonly FrozenSet<string> _last;
    private readonly FrozenSet<string> _parts;
    private readonly FrozenSet<string> _given;

    public PersonNameParts(KnowledgeBase kb, IEnumerable<string> givenNames, IEnumerable<string> people)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        var last = new HashSet<string>(StringComparer.Ordinal);
        var parts = new HashSet<string>(StringComparer.Ordinal);
        var names = kb.Entities.Values.Where(e => e.Type == EntityType.PER).SelectMany(e => e.AliasesAr).Concat(people);
        foreach (var words in names.Select(Gazetteer.Words).Where(words => words.Length >= 2))
        {
            first.Add(words[0]);
            last.Add(words[^1]);
            parts.UnionWith(words);
        }
        _first = first.ToFrozenSet(StringComparer.Ordinal);
        _last = last.ToFrozenSet(StringComparer.Ordinal);
        _parts = parts.ToFrozenSet(StringComparer.Ordinal);
        _given = givenNames.SelectMany(Gazetteer.Words).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Appends <c>first</c>, <c>last</c>, <c>part</c> and <c>given</c> for the sets that hold the
    /// word or one of its clitic-stripped forms (وبشار is بشار).
    /// </summary>
    public void Add(IReadOnlyList<string> forms, List<string> values)
    {
        if (Any(_first, forms))
        {
            values.Add("first");
        }
        if (Any(_last, forms))
        {
            values.Add("last");
        }
        if (Any(_parts, forms))
        {
            values.Add("part");
        }
        if (Any(_given, forms))
        {
            values.Add("given");
        }
    }

    private static bool Any(FrozenSet<string> set, IReadOnlyList<string> forms)
    {
        foreach (var form in forms)
        {
            if (set.Contains(form))
            {
                return true;
            }
        }
        return false;
    }
}
