using Rasd.Core.Data;
using Rasd.Core.Knowledge.Cameo;

namespace Rasd.Core.Knowledge;

/// <summary>Readers for the individual knowledge-base files; a missing optional file is skipped.</summary>
internal static class KbFiles
{
    public static void Countries(string path, Dictionary<string, KbEntity> entities, Dictionary<string, Country> countries)
    {
        foreach (var line in Rows(path, 3))
        {
            var iso3 = line.Fields[0].Trim();
            if (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper))
            {
                throw line.Error($"'{iso3}' is not an ISO 3166 alpha-3 code");
            }
            var country = new Country(iso3, Field(line, 1) ?? iso3, List(line, 2), List(line, 3), Field(line, 4), List(line, 5));
            if (country.NamesAr.Count == 0)
            {
                throw line.Error("a country needs an Arabic name");
            }
            countries[iso3] = country;
            entities[$"loc:{iso3}"] = new KbEntity($"loc:{iso3}", EntityType.LOC, country.NameEn, country.NamesAr[0], country.NamesAr, "country", iso3, iso3);
            if (country.CapitalsAr.Count > 0)
            {
                var id = $"loc:{Slug(country.CapitalEn ?? iso3 + "-capital")}";
                entities[id] = new KbEntity(id, EntityType.LOC, country.CapitalEn, country.CapitalsAr[0], country.CapitalsAr, "capital", iso3, iso3);
            }
        }
    }

    public static void Places(string path, Dictionary<string, KbEntity> entities)
    {
        foreach (var line in Rows(path, 3))
        {
            var id = $"loc:{Id(line)}";
            var names = Names(line, 2);
            entities[id] = new KbEntity(id, EntityType.LOC, Field(line, 1), names[0], names, Field(line, 3) ?? "place", Field(line, 4), Field(line, 4));
        }
    }

    public static void Organisations(string path, Dictionary<string, KbEntity> entities)
    {
        foreach (var line in Rows(path, 3))
        {
            var id = $"org:{Id(line)}";
            var names = Names(line, 2);
            entities[id] = new KbEntity(id, EntityType.ORG, Field(line, 1), names[0], names, Field(line, 4) ?? "organisation", Field(line, 5), Field(line, 6));
        }
    }

    /// <summary>Outlets from the ingest table: <c>id name_en name_ar aliases domains in_text</c>.</summary>
    public static void Outlets(string path, Dictionary<string, KbEntity> entities)
    {
        foreach (var line in Rows(path, 3))
        {
            var id = $"org:{Id(line)}";
            // Outlets named by a common word (الرياض، اليوم) are never recognised in running text.
            var inText = !string.Equals(Field(line, 5), "no", StringComparison.Ordinal);
            var arabic = new[] { line.Fields[2] }.Concat(List(line, 3)).Where(IsArabic).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (arabic.Count == 0)
            {
                continue;
            }
            entities[id] = new KbEntity(id, EntityType.ORG, Field(line, 1), arabic[0], inText ? arabic : [], "outlet", null, null);
        }
    }

    public static void People(string path, Dictionary<string, KbEntity> entities)
    {
        foreach (var line in Rows(path, 3))
        {
            var id = $"per:{Id(line)}";
            var names = Names(line, 2);
            entities[id] = new KbEntity(id, EntityType.PER, Field(line, 1), names[0], names, "person", null, null);
        }
    }

    public static void Roles(string path, Dictionary<string, KbEntity> entities, List<RoleTerm> terms)
    {
        foreach (var line in Rows(path, 4))
        {
            var person = $"per:{Id(line)}";
            if (!entities.ContainsKey(person))
            {
                throw line.Error($"unknown person '{line.Fields[0]}' (add them to a people*.tsv file)");
            }
            var role = Field(line, 1) ?? throw line.Error("missing role");
            var from = KbDate.ParseFrom(line, line.Fields[3]);
            var to = line.Fields.Length > 4 ? KbDate.ParseTo(line, line.Fields[4]) : null;
            if (to < from)
            {
                throw line.Error($"term ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
            }
            terms.Add(new RoleTerm(person, role, Field(line, 2), from, to, Field(line, 5) ?? Path.GetFileName(path)));
        }
    }

    public static void Ministries(string path, List<Ministry> ministries)
    {
        foreach (var line in Rows(path, 3))
        {
            ministries.Add(new Ministry(Id(line), Field(line, 1) ?? throw line.Error("missing English name"), Names(line, 2), Field(line, 3),
                string.Equals(Field(line, 4), "yes", StringComparison.Ordinal)));
        }
    }

    public static void Titles(string path, List<(string, string)> titles)
    {
        foreach (var line in Rows(path, 2))
        {
            titles.AddRange(Names(line, 1).Select(t => (t, Id(line))));
        }
    }

    public static void Honorifics(string path, List<string> honorifics)
    {
        foreach (var line in Rows(path, 1))
        {
            honorifics.Add(Id(line));
        }
    }

    public static void RoleNames(string path, List<(string, string, IReadOnlyList<string>)> roleNames)
    {
        foreach (var line in Rows(path, 2))
        {
            roleNames.Add((Id(line), Field(line, 1)!, List(line, 2)));
        }
    }

    /// <summary><c>cameo-actors.tsv</c>: <c>name_ar code from to</c>, one row per code, rows of one actor together.</summary>
    public static IEnumerable<CameoActor> CameoActors(string path)
    {
        foreach (var group in Rows(path, 2).GroupBy(line => Id(line), StringComparer.Ordinal))
        {
            var codes = group.Select(line => new CameoCode(Field(line, 1)!,
                Field(line, 2) is { } from ? KbDate.ParseFrom(line, from) : null,
                Field(line, 3) is { } to ? KbDate.ParseTo(line, to) : null)).ToList();
            yield return new CameoActor(group.Key, codes);
        }
    }

    public static void EraMarkers(string path, List<EraMarker> markers)
    {
        foreach (var line in Rows(path, 2))
        {
            markers.Add(new EraMarker(Id(line),
                Field(line, 1) is { } after ? KbDate.ParseFrom(line, after) : null,
                Field(line, 2) is { } before ? KbDate.ParseTo(line, before) : null));
        }
    }

    /// <summary>The day in <c>as-of.txt</c>, if the folder has one.</summary>
    public static IEnumerable<DateOnly> AsOf(string path)
    {
        foreach (var line in Rows(path, 1))
        {
            yield return KbDate.ParseFrom(line, line.Fields[0]);
        }
    }

    /// <summary>Non-empty, non-comment lines of a plain list file; none when it is missing.</summary>
    public static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')) : [];

    private static IEnumerable<TsvLine> Rows(string path, int minFields) => File.Exists(path) ? TsvFile.Read(path, minFields) : [];

    private static string Id(TsvLine line) =>
        line.Fields[0].Trim() is { Length: > 0 } id ? id : throw line.Error("empty id");

    private static string? Field(TsvLine line, int index) =>
        index < line.Fields.Length && line.Fields[index].Trim() is { Length: > 0 } value ? value : null;

    private static List<string> List(TsvLine line, int index) =>
        index < line.Fields.Length
            ? line.Fields[index].Split('|').Select(s => s.Trim()).Where(s => s.Length > 0).ToList()
            : [];

    private static List<string> Names(TsvLine line, int index) =>
        List(line, index) is { Count: > 0 } names ? names : throw line.Error("needs at least one Arabic name");

    private static bool IsArabic(string s) => s.Any(c => c is >= '\u0600' and <= '\u06FF');

    internal static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '\'', '’', '.', ','], StringSplitOptions.RemoveEmptyEntries));
}
