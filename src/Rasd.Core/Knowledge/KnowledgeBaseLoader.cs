using Rasd.Core.Data;
using Rasd.Core.Knowledge.Cameo;

namespace Rasd.Core.Knowledge;

/// <summary>
/// Loads the knowledge base from <c>data/kb/</c> (format: docs/knowledge-base.md) plus any user
/// folders with the same file names, whose rows come later and win on conflict. Outlets come from
/// <c>data/ingest/outlets.tsv</c>, the one table ingest and recognition share.
/// </summary>
public static class KnowledgeBaseLoader
{
    /// <summary>The shipped knowledge base, extended by <paramref name="userDirectories"/> (<c>--kb DIR</c>).</summary>
    /// <exception cref="DataFileException">A file is malformed; the message names the file and line.</exception>
    public static KnowledgeBase LoadDefault(params string[] userDirectories) =>
        Load([RasdData.File("kb"), .. userDirectories], RasdData.File("ingest/outlets.tsv"));

    /// <summary>Loads the given folders in order, and the outlets table when one is given.</summary>
    public static KnowledgeBase Load(IReadOnlyList<string> directories, string? outletsFile = null)
    {
        foreach (var directory in directories.Where(d => !Directory.Exists(d)))
        {
            throw new DataFileException(directory, 0, "knowledge-base folder not found");
        }

        var entities = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
        var terms = new List<RoleTerm>();
        var titles = new List<(string, string)>();
        var ministries = new List<Ministry>();
        var honorifics = new List<string>();
        var roleNames = new List<(string, string, IReadOnlyList<string>)>();
        var eras = new List<EraMarker>();
        var former = new List<string>();
        DateOnly? asOf = null;

        if (outletsFile is not null && File.Exists(outletsFile))
        {
            KbFiles.Outlets(outletsFile, entities);
        }
        foreach (var directory in directories)
        {
            KbFiles.Countries(Path.Combine(directory, "countries.tsv"), entities, countries);
            KbFiles.Places(Path.Combine(directory, "places.tsv"), entities);
            KbFiles.Organisations(Path.Combine(directory, "organisations.tsv"), entities);
            foreach (var file in Files(directory, "people*.tsv"))
            {
                KbFiles.People(file, entities);
            }
            KbFiles.Ministries(Path.Combine(directory, "ministries.tsv"), ministries);
            KbFiles.Titles(Path.Combine(directory, "titles.tsv"), titles);
            KbFiles.Honorifics(Path.Combine(directory, "honorifics.tsv"), honorifics);
            KbFiles.RoleNames(Path.Combine(directory, "role-names.tsv"), roleNames);
            KbFiles.EraMarkers(Path.Combine(directory, "era-markers.tsv"), eras);
            former.AddRange(KbFiles.Lines(Path.Combine(directory, "former-words.txt")));
            foreach (var day in KbFiles.AsOf(Path.Combine(directory, "as-of.txt")))
            {
                asOf = asOf is { } known && known > day ? known : day;
            }
        }
        // Terms last: every person they name must be known by then, from any folder.
        foreach (var file in directories.SelectMany(d => Files(d, "roles*.tsv")))
        {
            KbFiles.Roles(file, entities, terms);
        }
        // The CAMEO dictionary only adds people the curated files lack (they win on conflict).
        var cameoCodes = new Dictionary<string, IReadOnlyList<CameoCode>>(StringComparer.Ordinal);
        var actors = directories.SelectMany(d => KbFiles.CameoActors(Path.Combine(d, "cameo-actors.tsv"))).ToList();
        var orgWords = directories.SelectMany(d => KbFiles.Lines(Path.Combine(d, "org-words.txt")))
            .Select(w => Text.ArabicNormalizer.NormalizeKey(w)).ToHashSet(StringComparer.Ordinal);
        var adjectives = countries.Values.SelectMany(c => c.Nisbas).SelectMany(NisbaForms.Of)
            .Select(w => Text.ArabicNormalizer.NormalizeKey(w)).ToHashSet(StringComparer.Ordinal);
        foreach (var (person, codes) in CameoPeople.From(actors, entities, orgWords, adjectives).ToList())
        {
            entities[person.Id] = person;
            cameoCodes[person.Id] = codes;
        }
        return new KnowledgeBase(entities, countries, terms, titles, ministries, honorifics, roleNames, cameoCodes)
        {
            EraMarkers = eras,
            FormerWords = former,
            AsOf = asOf,
        };
    }

    private static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal);
}
