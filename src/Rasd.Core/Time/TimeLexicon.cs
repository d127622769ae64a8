using System.Collections.Frozen;
using System.Globalization;
using Rasd.Core.Data;
using Rasd.Core.Text;

namespace Rasd.Core.Time;

/// <summary>
/// The word lists of <see cref="TimeTagger"/>, read once from <c>data/time/</c> (and the month names
/// shared with ingest, <c>data/ingest/months.tsv</c>). Every key is an <see cref="ArabicNormalizer.NormalizeKey"/>
/// key; phrases are keys joined by one space. Immutable after loading.
/// </summary>
internal sealed class TimeLexicon
{
    private TimeLexicon(string directory, string monthsPath)
    {
        Months = Read(Path.GetDirectoryName(monthsPath)!, Path.GetFileName(monthsPath), f => new MonthWord(Int(f[1], 1, 12), f[0] == "hijri"), 3, nameField: 2);
        Weekdays = Read(directory, "weekdays.tsv", f => (DayOfWeek)Int(f[1], 0, 6));
        Relations = Read(directory, "relations.tsv", f => f[1] switch
        {
            "past" => Relation.Past,
            "next" => Relation.Next,
            "current" => Relation.Current,
            _ => throw new FormatException($"relation must be past, current or next, found '{f[1]}'"),
        });
        Days = Read(directory, "days.tsv", f => Int(f[1], -7, 7));
        PartsOfDay = Read(directory, "parts-of-day.tsv", f => f[1]);
        Numbers = Read(directory, "numbers.tsv", f => new NumberWord(Int(f[1], 0, 1_000_000), f.Length > 2 ? f[2] : "cardinal"), 3);
        Units = Read(directory, "units.tsv", f => new UnitWord(f[1], f[2] == "n" ? 0 : Int(f[2], 1, 2)), 3);
        Fuzzy = Read(directory, "fuzzy.tsv", f => f[1]);
        Sets = Read(directory, "sets.tsv", f => f[1]);
        Seasons = Read(directory, "seasons.tsv", f => f[1]);
        Modifiers = Read(directory, "modifiers.tsv", f => f[1]);
        Decades = Read(directory, "decades.tsv", f => Int(f[1], 0, 9));
        MonthCues = Read(directory, "month-cues.tsv", f => f[1] == "strict");
        NotTime = Read(directory, "not-time.tsv", _ => true, 1);
        var cues = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(Path.Combine(directory, "cues.tsv"), 2))
        {
            var key = Key(line.Fields[0]);
            if (!cues.TryGetValue(key, out var roles))
            {
                cues[key] = roles = new HashSet<string>(StringComparer.Ordinal);
            }
            roles.Add(line.Fields[1].Trim());
        }
        Cues = cues;
        IEnumerable<string>[] tables =
        [
            Months.Keys, Weekdays.Keys, Relations.Keys, Days.Keys, PartsOfDay.Keys, Numbers.Keys, Units.Keys, Fuzzy.Keys,
            Sets.Keys, Seasons.Keys, Modifiers.Keys, Decades.Keys, MonthCues.Keys, NotTime.Keys, Cues.Keys,
        ];
        FirstWords = tables.SelectMany(keys => keys).Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        LongestPhrase = new[] { Days.Keys, Fuzzy.Keys, Modifiers.Keys, NotTime.Keys, Months.Keys }.SelectMany(k => k).Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The lexicon of the data directory next to the binaries.</summary>
    public static TimeLexicon Default { get; } = Load(RasdData.File("time"), RasdData.File(Path.Combine("ingest", "months.tsv")));

    public static TimeLexicon Load(string directory, string monthsPath) => new(directory, monthsPath);

    /// <summary>Gregorian (both series, Maghrebi) and Hijri month names, shared with ingest.</summary>
    public IReadOnlyDictionary<string, MonthWord> Months { get; }
    public IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; }
    public IReadOnlyDictionary<string, Relation> Relations { get; }
    public IReadOnlyDictionary<string, int> Days { get; }
    public IReadOnlyDictionary<string, string> PartsOfDay { get; }
    public IReadOnlyDictionary<string, NumberWord> Numbers { get; }
    public IReadOnlyDictionary<string, UnitWord> Units { get; }
    public IReadOnlyDictionary<string, string> Fuzzy { get; }
    public IReadOnlyDictionary<string, string> Sets { get; }
    public IReadOnlyDictionary<string, string> Seasons { get; }
    public IReadOnlyDictionary<string, string> Modifiers { get; }
    public IReadOnlyDictionary<string, int> Decades { get; }

    /// <summary>Month names that are also common words; true when only a day, year, relation or شهر may confirm them.</summary>
    public IReadOnlyDictionary<string, bool> MonthCues { get; }
    public IReadOnlyDictionary<string, bool> NotTime { get; }
    public IReadOnlyDictionary<string, HashSet<string>> Cues { get; }

    /// <summary>
    /// The first word of every entry of every table: a token none of whose clitic-stripped forms is
    /// here matches nothing, so the tagger can pass it by without a lookup per table (<see cref="TimeTokens"/>).
    /// </summary>
    public FrozenSet<string> FirstWords { get; }

    /// <summary>Most tokens in any phrase entry.</summary>
    public int LongestPhrase { get; }

    public bool IsCue(string key, string role) => Cues.TryGetValue(key, out var roles) && roles.Contains(role);

    public static string Key(string word) =>
        string.Join(' ', ArabicNormalizer.NormalizeKey(word.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, T> Read<T>(string directory, string file, Func<string[], T> value, int minFields = 2, int nameField = 0)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(Path.Combine(directory, file), minFields))
        {
            try
            {
                table[Key(line.Fields[nameField])] = value(line.Fields.Select(f => f.Trim()).ToArray());
            }
            catch (FormatException e)
            {
                throw line.Error(e.Message);
            }
        }
        return table;
    }

    private static int Int(string s, int min, int max) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"expected a number from {min} to {max}, found '{s}'");
}

/// <summary>A number word: its value and whether it is a cardinal, an ordinal, a tens word or hundreds.</summary>
internal readonly record struct NumberWord(int Value, string Kind)
{
    public bool IsOrdinal => Kind == "ordinal";
}

/// <summary>A month name: its number and whether it is a Hijri month.</summary>
internal readonly record struct MonthWord(int Month, bool Hijri);

/// <summary>A unit word: TIMEX3 unit letter(s) and count (1, 2, or 0 for a plural).</summary>
internal readonly record struct UnitWord(string Unit, int Count);
