namespace Rasd.Core.Text;

/// <summary>
/// Candidate stems of a normalised Arabic word with its clitics removed, for gazetteer and
/// lexicon lookup: وموسكو → موسكو, للاسد → الاسد and اسد, لقائه → لقاء. The clitic forms are
/// data (<c>data/text/clitics.json</c>); the orthographic rules are here.
/// </summary>
/// <remarks>
/// Candidates come least-stripped first: the word itself, then readings that remove fewer
/// clitic letters, because a dictionary hit on a longer form is stronger evidence (لبنان must
/// not lose to بنان). Among equals, enclitic-only readings come before proclitic ones
/// (ولده → ولد before لده), since a word-initial و/ب/ل is far more often a root letter than
/// a final ه is. Stems are never shorter than two letters; each stem appears once.
/// A definite noun takes no pronoun suffix, so readings that remove the article, or whose stem
/// starts with it, keep the ending (the whole word may still lose one: والده → والد).</remarks>
public static class CliticAnalyzer
{
    private const int MinStemLength = 2;
    private const string Article = "ال";

    /// <summary>Candidate stems of <paramref name="normalizedWord"/>, the word itself first.</summary>
    public static IReadOnlyList<StemCandidate> Candidates(ReadOnlySpan<char> normalizedWord)
    {
        var table = TextData.Clitics;
        var word = normalizedWord.ToString();
        var found = new List<(StemCandidate Candidate, int Removed)> { (new StemCandidate(word, "", ""), 0) };
        AddSuffixReadings(word, "", 0, table, found);
        foreach (var prefix in table.Proclitics)
        {
            if (word.Length - prefix.Length < MinStemLength || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = word[prefix.Length..];
            if (prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                // ل + ال is written لل. Restoring the article is likelier than reading the second
                // ل as the stem's (للاسد is ل + الاسد, not ل + لاسد), so it ranks half a letter ahead.
                found.Add((new StemCandidate(Article + rest, prefix[..^1], ""), Steps(prefix.Length - 1) - 1));
            }
            found.Add((new StemCandidate(rest, prefix, ""), Steps(prefix.Length)));
            if (!prefix.EndsWith(Article, StringComparison.Ordinal) && !prefix.EndsWith("لل", StringComparison.Ordinal))
            {
                AddSuffixReadings(rest, prefix, Steps(prefix.Length), table, found);
            }
        }
        return Rank(found);
    }

    private static void AddSuffixReadings(
        string body, string prefix, int removed, CliticTable table, List<(StemCandidate, int)> found)
    {
        if (body.StartsWith(Article, StringComparison.Ordinal))
        {
            return;
        }
        foreach (var suffix in table.Enclitics)
        {
            if (body.Length - suffix.Length < MinStemLength || !body.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = body[..^suffix.Length];
            var rank = removed + Steps(suffix.Length);
            if (stem.EndsWith("اؤ", StringComparison.Ordinal) || stem.EndsWith("ائ", StringComparison.Ordinal))
            {
                // A final hamza after alef sits on the line (لقاء) but moves onto a seat before a
                // pronoun (لقائه, وزراؤه); restore the dictionary form first.
                found.Add((new StemCandidate(stem[..^1] + "ء", prefix, suffix), rank));
            }
            found.Add((new StemCandidate(stem, prefix, suffix), rank));
            if (stem[^1] == 'ت')
            {
                // Ta marbuta is written ت before a pronoun (زيارة + ه = زيارته); the dictionary has the normalised ه.
                found.Add((new StemCandidate(stem[..^1] + "ه", prefix, suffix), rank));
            }
        }
    }

    /// <summary>Rank of a reading that removes <paramref name="letters"/> clitic letters, in half-letter steps.</summary>
    private static int Steps(int letters) => 2 * letters;

    /// <summary>Stable order by letters removed, keeping the first candidate for each stem.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<StemCandidate> Rank(List<(StemCandidate Candidate, int Removed)> found)
    {
        var order = new int[found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        // Insertion sort: stable, and the lists hold a handful of entries.
        for (var i = 1; i < order.Length; i++)
        {
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && found[order[j]].Removed > found[current].Removed)
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
        var result = new List<StemCandidate>(order.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in order)
        {
            if (seen.Add(found[index].Candidate.Stem))
            {
                result.Add(found[index].Candidate);
            }
        }
        return result.AsReadOnly();
    }
}
