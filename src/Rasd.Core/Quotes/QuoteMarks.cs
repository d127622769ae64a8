namespace Rasd.Core.Quotes;

/// <summary>A stretch of text between quote marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="End">One past the closing mark, or the end of the line when the quote was left open.</param>
/// <param name="Content">The quoted words, trimmed of spaces.</param>
/// <param name="Words">Number of space-separated words in <paramref name="Content"/>.</param>
internal readonly record struct QuotedStretch(int Open, int End, TextSpan Content, int Words);

/// <summary>
/// Pairs quote marks line by line. Three families pair separately: curly “ ”, guillemets « »,
/// and the straight ", which has no direction of its own and is read from its neighbours
/// (space before and letter after opens, letter before and space or punctuation after closes).
/// Copy is careless, so a curly mark used the wrong way round is read by the same test
/// (“ودمشق “.” closes; “بـ”الجهود” opens), a quote still open at the end of its line ends
/// there, and a closing mark with nothing open is kept as an orphan (a bullet's trailing ").
/// Only outermost stretches are returned: a quote inside a quote is part of its text.
/// </summary>
internal static class QuoteMarks
{
    private enum Role { Opener, Closer, Either }

    /// <summary>Quoted stretches in text order, and the offsets of orphan closing marks.</summary>
    public static (List<QuotedStretch> Stretches, HashSet<int> Orphans) Find(string text)
    {
        var all = new List<QuotedStretch>();
        var orphans = new HashSet<int>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            for (var family = 0; family < 3; family++)
            {
                PairLine(text, lineStart, lineEnd, family, all, orphans);
            }
            lineStart = lineEnd + 1;
        }
        all.Sort((a, b) => a.Open.CompareTo(b.Open));
        var outermost = new List<QuotedStretch>(all.Count);
        foreach (var stretch in all)
        {
            // Nested or crossing: the earlier stretch wins and the later is part of its text.
            if (outermost.Count == 0 || stretch.Open >= outermost[^1].End)
            {
                outermost.Add(stretch);
            }
        }
        return (outermost, orphans);
    }

    private static void PairLine(string text, int start, int end, int family, List<QuotedStretch> found, HashSet<int> orphans)
    {
        var open = new Stack<int>();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (FamilyOf(c) != family)
            {
                continue;
            }
            switch (RoleOf(text, i, end, open.Count > 0))
            {
                case Role.Opener:
                    open.Push(i);
                    break;
                case Role.Closer when open.Count > 0:
                case Role.Either when open.Count > 0:
                    var from = open.Pop();
                    if (open.Count == 0)
                    {
                        found.Add(Stretch(text, from, i, i + 1));
                    }
                    break;
                case Role.Either:
                    open.Push(i);
                    break;
                default:
                    orphans.Add(i);
                    break;
            }
        }
        if (open.Count > 0)
        {
            var first = open.ToArray()[^1];
            found.Add(Stretch(text, first, end, end));
        }
    }

    private static QuotedStretch Stretch(string text, int open, int contentEnd, int end)
    {
        var from = open + 1;
        var to = contentEnd;
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return new QuotedStretch(open, end, new TextSpan(from, to), CountWords(text, from, to));
    }

    /// <summary>Space-separated runs that hold a letter or digit: "السورية-الروسية" is one word.</summary>
    public static int CountWords(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                inWord = false;
            }
            else if (!inWord && char.IsLetterOrDigit(text[i]))
            {
                inWord = true;
                words++;
            }
        }
        return words;
    }

    /// <summary>0 curly, 1 guillemet, 2 straight, -1 not a quote mark.</summary>
    public static int FamilyOf(char c) => c switch
    {
        '\u201C' or '\u201D' => 0,
        '\u00AB' or '\u00BB' => 1,
        '"' => 2,
        _ => -1,
    };

    private static Role RoleOf(string text, int i, int lineEnd, bool familyOpen)
    {
        var opens = OpensBefore(text, i) && OpensAfter(text, i, lineEnd);
        var closes = ClosesAfter(text, i, lineEnd);
        return text[i] switch
        {
            '\u201C' or '\u00AB' => familyOpen && closes ? Role.Closer : Role.Opener,
            '\u201D' or '\u00BB' => !familyOpen && opens ? Role.Opener : Role.Closer,
            _ when opens && !closes => Role.Opener,
            _ when closes && !OpensAfter(text, i, lineEnd) => Role.Closer,
            _ => Role.Either,
        };
    }

    // A mark opens after a space, the line start, punctuation or a tatweel (بـ”الجهود) …
    private static bool OpensBefore(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '\u0640' || !char.IsLetterOrDigit(text[i - 1]);

    // … when a word follows it directly.
    private static bool OpensAfter(string text, int i, int lineEnd) =>
        i + 1 < lineEnd && (char.IsLetterOrDigit(text[i + 1]) || FamilyOf(text[i + 1]) >= 0 || text[i + 1] is '(' or '[');

    // A mark closes before the line end or punctuation, or before a space when a word ends at it.
    private static bool ClosesAfter(string text, int i, int lineEnd)
    {
        if (i + 1 >= lineEnd)
        {
            return true;
        }
        var next = text[i + 1];
        if (char.IsWhiteSpace(next))
        {
            return i > 0 && !char.IsWhiteSpace(text[i - 1]);
        }
        return !char.IsLetterOrDigit(next) && FamilyOf(next) < 0 && next is not '(' and not '[';
    }
}
