using Rasd.Core.Data;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// The tagger's name lists (<c>data/ner/lists/*.tsv</c>): people, organisations and places, each
/// with a kind (<c>ORG:club</c>, <c>LOC:city</c>, <c>PER:sport</c>). They reach far beyond the
/// knowledge base, which holds only the actors Rasd links and reasons about: here a name only
/// has to be recognisable as a name. Built once; read-only and thread-safe.
/// </summary>
/// <remarks>
/// Rows: <c>name TAB PER|ORG|LOC TAB kind [TAB english [TAB ambiguous]]</c>, where <c>ambiguous</c>
/// is 1 when the name is also an ordinary word (النصر, الحياة).
/// </remarks>
internal sealed class NameLists
{
    /// <summary>Relative path of the shipped lists under the data folder.</summary>
    public const string DefaultDirectory = "ner/lists";

    private NameLists(NameTrie<ListedName> names, IReadOnlyList<string> people)
    {
        Names = names;
        People = people;
    }

    /// <summary>No lists: a gazetteer without them.</summary>
    public static NameLists Empty { get; } = new(new NameTrie<ListedName>(), []);

    /// <summary>Every listed name, normalised, with its type, kind and whether it is also an ordinary word.</summary>
    public NameTrie<ListedName> Names { get; }

    /// <summary>The people's names as written (their first and last words become name-part features).</summary>
    public IReadOnlyList<string> People { get; }

    /// <summary>Every <c>*.tsv</c> file of <paramref name="directory"/>, in file-name order; none when it does not exist.</summary>
    public static NameLists Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return Empty;
        }
        var names = new NameTrie<ListedName>();
        var people = new List<string>();
        foreach (var path in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            foreach (var line in TsvFile.Read(path, 3))
            {
                var words = Gazetteer.Words(line.Fields[0]);
                if (words.Length == 0)
                {
                    throw line.Error("empty name");
                }
                if (line.Fields[1] is not ("PER" or "ORG" or "LOC"))
                {
                    throw line.Error($"unknown type '{line.Fields[1]}' (expected PER, ORG or LOC)");
                }
                var ambiguous = line.Fields.Length >= 5 && line.Fields[4].Trim() == "1";
                names.Add(words, new ListedName(line.Fields[1], line.Fields[2].Trim(), ambiguous));
                if (line.Fields[1] == "PER")
                {
                    people.Add(line.Fields[0]);
                }
            }
        }
        return new NameLists(names, people);
    }
}

/// <summary>A listed name's type (PER, ORG, LOC), kind (club, city, …) and whether it is also an ordinary word.</summary>
internal readonly record struct ListedName(string Type, string Kind, bool Ambiguous);
