using System.Collections.Frozen;
using Rasd.Core.Text;

namespace Rasd.Core.Time;

/// <summary>
/// The tokens of one text as the tagger sees them: each with its matching key and the keys left
/// when a leading conjunction (و ف), preposition (ب ل ك) or article (ال) is taken off, so وأمس
/// and بالعام find أمس and عام. Built per call to <see cref="TimeTagger.Tag"/>; not shared.
/// </summary>
internal sealed class TimeTokens
{
    private readonly AnalysedText text;
    private readonly string[] keys;

    // False where no form of the word that TryLookup or TryPhrase may look up starts any lexicon
    // entry: most words of a text, which then cost one check per matcher instead of a few lookups.
    private readonly bool[] candidates;

    public TimeTokens(AnalysedText text, FrozenSet<string> firstWords)
    {
        this.text = text;
        keys = new string[text.Tokens.Count];
        candidates = new bool[keys.Length];
        var lookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ArabicNormalizer.NormalizeKey(text.Tokens[i].Span.Slice(text.Text));
            candidates[i] = text.Tokens[i].Kind == TokenKind.ArabicWord && MayMatch(keys[i], lookup, buffer);
        }
    }

    /// <summary>
    /// True when the key with up to four leading letters taken off (the clitics, و ب ال at most, of
    /// <see cref="TryLookup"/> and <see cref="TryPhrase"/>), or with one or two taken off and ا put
    /// in front (لل → ال), is the first word of some entry.
    /// </summary>
    private static bool MayMatch(string key, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords, Span<char> buffer)
    {
        for (var skip = 0; skip <= 4 && skip < key.Length; skip++)
        {
            if (firstWords.Contains(key.AsSpan(skip)))
            {
                return true;
            }
            if (skip is 1 or 2 && key.Length - skip < buffer.Length)
            {
                buffer[0] = 'ا';
                key.AsSpan(skip).CopyTo(buffer[1..]);
                if (firstWords.Contains(buffer[..(key.Length - skip + 1)]))
                {
                    return true;
                }
            }
            else if (skip is 1 or 2)
            {
                return true;   // too long for the buffer: look it up the slow way
            }
        }
        return false;
    }

    public int Count => keys.Length;

    public string Text => text.Text;

    public Token this[int i] => text.Tokens[i];

    public string Key(int i) => i >= 0 && i < keys.Length ? keys[i] : string.Empty;

    public bool IsKind(int i, TokenKind kind) => i >= 0 && i < keys.Length && text.Tokens[i].Kind == kind;

    public bool IsPunctuation(int i, string chars) => IsKind(i, TokenKind.Punctuation) && chars.Contains(keys[i], StringComparison.Ordinal);

    /// <summary>True when token <paramref name="i"/> follows the previous token across at most a space or two, so phrases do not run over line breaks.</summary>
    public bool Adjacent(int i) => i > 0 && i < keys.Length && text.Tokens[i].Span.Start - text.Tokens[i - 1].Span.End <= 2;

    /// <summary>
    /// Looks token <paramref name="i"/> up in <paramref name="table"/>: the key as written first, then
    /// without a leading و/ف, then without ب/ل/ك, then without ال. Prefix is how many characters were taken off.
    /// </summary>
    public bool TryLookup<T>(int i, IReadOnlyDictionary<string, T> table, out T value, out int prefix, bool allowArticle = true)
    {
        prefix = 0;
        value = default!;
        if (i < 0 || i >= keys.Length || !candidates[i])
        {
            return false;
        }
        var key = keys[i];
        if (table.TryGetValue(key, out value!))
        {
            return true;
        }
        var start = 0;
        if (key.Length > 2 && key[0] is 'و' or 'ف')
        {
            start = 1;
            if (table.TryGetValue(key[1..], out value!))
            {
                prefix = 1;
                return true;
            }
        }
        if (key.Length - start > 3 && key[start] is 'ب' or 'ل' or 'ك')
        {
            var rest = key[(start + 1)..];
            if (table.TryGetValue(rest, out value!) || (key[start] == 'ل' && rest.Length > 2 && rest[0] == 'ل' && table.TryGetValue("ا" + rest, out value!)))
            {
                prefix = start + 1;
                return true;
            }
            start++;
        }
        if (allowArticle && key.Length - start > 4 && key[start] == 'ا' && key[start + 1] == 'ل' && table.TryGetValue(key[(start + 2)..], out value!))
        {
            prefix = start;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// Longest phrase of <paramref name="table"/> starting at token <paramref name="i"/> (a leading
    /// clitic allowed on its first word), up to <paramref name="longest"/> tokens: the end token (exclusive) or −1.
    /// </summary>
    public int TryPhrase<T>(int i, IReadOnlyDictionary<string, T> table, int longest, out T value, out int prefix)
    {
        for (var n = i >= 0 && i < keys.Length && candidates[i] ? Math.Min(longest, keys.Length - i) : 0; n >= 2; n--)
        {
            if (!AllWords(i, n))
            {
                continue;
            }
            var phrase = string.Join(' ', keys, i + 1, n - 1);
            if (table.TryGetValue(keys[i] + " " + phrase, out value!))
            {
                prefix = 0;
                return i + n;
            }
            foreach (var p in Prefixes(keys[i]))
            {
                if (table.TryGetValue(keys[i][p..] + " " + phrase, out value!))
                {
                    prefix = p;
                    return i + n;
                }
            }
        }
        return TryLookup(i, table, out value, out prefix, allowArticle: false) ? i + 1 : -1;
    }

    /// <summary>The token's value as a plain number (ASCII after normalisation), or null.</summary>
    public int? Number(int i) =>
        IsKind(i, TokenKind.Number) && keys[i].Length <= 9 && int.TryParse(keys[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    private bool AllWords(int i, int n)
    {
        for (var k = i; k < i + n; k++)
        {
            if (text.Tokens[k].Kind != TokenKind.ArabicWord || (k > i && !Adjacent(k)))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<int> Prefixes(string key)
    {
        if (key.Length > 3 && key[0] is 'و' or 'ف')
        {
            yield return 1;
            if (key.Length > 4 && key[1] is 'ب' or 'ل' or 'ك')
            {
                yield return 2;
            }
        }
        else if (key.Length > 3 && key[0] is 'ب' or 'ل' or 'ك')
        {
            yield return 1;
        }
    }
}
