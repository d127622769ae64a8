using Rasd.Core.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Recognition;

/// <summary>
/// The knowledge base as lookup structures over normalised words: names, titles, honorifics and
/// ministry portfolios, each a trie for longest-match-first lookup. Built once per knowledge
/// base; read-only and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    internal Gazetteer(KnowledgeBase kb, IEnumerable<string> ambiguousNames, IEnumerable<string>? placeCues = null, IEnumerable<string>? regimeWords = null)
    {
        PlaceCues = (placeCues ?? []).Select(w => ArabicNormalizer.NormalizeKey(w)).ToHashSet(StringComparer.Ordinal);
        RegimeWords = (regimeWords ?? []).Select(w => ArabicNormalizer.NormalizeKey(w)).ToHashSet(StringComparer.Ordinal);
        Kb = kb;
        foreach (var entity in kb.Entities.Values)
        {
            foreach (var alias in entity.AliasesAr)
            {
                Names.Add(Words(alias), entity.Id);
            }
        }
        foreach (var (title, role) in kb.Titles)
        {
            Titles.Add(Words(title), role);
        }
        foreach (var honorific in kb.Honorifics)
        {
            Honorifics.Add(Words(honorific), honorific);
        }
        foreach (var ministry in kb.Ministries)
        {
            foreach (var name in ministry.NamesAr)
            {
                var words = Words(name);
                Portfolios.Add(words, ministry);
                // The construct form drops the article: وزارة خارجية روسيا.
                if (words[0].StartsWith("ال", StringComparison.Ordinal) && words[0].Length > 3)
                {
                    Portfolios.Add([words[0][2..], .. words[1..]], ministry);
                }
            }
        }
        foreach (var former in kb.FormerWords)
        {
            Former.Add(Words(former), former);
        }
        Ambiguous = ambiguousNames.Select(n => ArabicNormalizer.NormalizeKey(n)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The knowledge base behind it.</summary>
    public KnowledgeBase Kb { get; }

    internal NameTrie<string> Names { get; } = new();

    internal NameTrie<string> Titles { get; } = new();

    internal NameTrie<string> Honorifics { get; } = new();

    internal NameTrie<Ministry> Portfolios { get; } = new();

    internal NameTrie<string> Former { get; } = new();

    /// <summary>Words after which an ambiguous name is the place (place-cues.txt).</summary>
    internal HashSet<string> PlaceCues { get; }

    /// <summary>Words after which a bare surname is the office holder (regime-words.txt: نظام الأسد).</summary>
    internal HashSet<string> RegimeWords { get; }

    /// <summary>Normalised single-word names that are also common words.</summary>
    internal HashSet<string> Ambiguous { get; }

    /// <summary>A gazetteer over a knowledge base, with the shipped ambiguous names, place cues and regime words.</summary>
    public static Gazetteer Create(KnowledgeBase kb)
    {
        return new Gazetteer(kb, Lines("kb/ambiguous-names.tsv"), Lines("kb/place-cues.txt"), Lines("kb/regime-words.txt"));
    }

    private static IEnumerable<string> Lines(string relativePath) =>
        File.Exists(RasdData.File(relativePath)) ? TextData.LoadLines(relativePath) : [];

    /// <summary>A name's normalised words, as the tries store them.</summary>
    internal static string[] Words(string name) =>
        ArabicNormalizer.NormalizeKey(name).Split([' ', '\u00A0', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
