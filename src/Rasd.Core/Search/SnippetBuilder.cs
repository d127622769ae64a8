using Rasd.Core.Text;

namespace Rasd.Core.Search;

/// <summary>
/// Cuts the best window of a document's original text for a query and marks the words that
/// matched. Matching is done word by word in index form: each token of the original text gets
/// its <see cref="SearchText.Term"/>, and a token is a hit when that term is a query term — so
/// a query for الأسد highlights للأسد and والاسد as written. Stateless and thread-safe.
/// </summary>
public static class SnippetBuilder
{
    /// <summary>Words in a snippet unless the caller asks otherwise: about two lines of news text.</summary>
    public const int DefaultWords = 30;

    /// <summary>
    /// The window of <paramref name="words"/> words holding the most distinct query terms (then
    /// the most hits, then the earliest), centred on its hits; the text's opening words when
    /// nothing matches.
    /// </summary>
    public static Snippet Build(string text, IReadOnlySet<string> terms, int words = DefaultWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);

        var tokens = Tokenizer.Tokenize(text);
        // Word tokens only: punctuation does not count towards the window's length.
        var wordTokens = new List<Token>(tokens.Count);
        var hitWords = new List<int>();
        var hitTerms = new List<string>();
        foreach (var token in tokens)
        {
            if (SearchText.Term(text, token) is not { Length: > 0 } term)
            {
                continue;
            }
            if (terms.Contains(term))
            {
                hitWords.Add(wordTokens.Count);
                hitTerms.Add(term);
            }
            wordTokens.Add(token);
        }
        if (wordTokens.Count == 0)
        {
            return new Snippet(new TextSpan(0, 0), "", [], false, text.Length > 0);
        }

        var (first, last) = BestCluster(hitWords, hitTerms, words);
        int from, to;
        if (first < 0)
        {
            (from, to) = (0, Math.Min(words, wordTokens.Count) - 1);
        }
        else
        {
            // Centre the hits: the words the cluster does not use go half before, half after.
            var spare = words - (hitWords[last] - hitWords[first] + 1);
            from = Math.Max(0, hitWords[first] - spare / 2);
            to = Math.Min(wordTokens.Count - 1, from + words - 1);
            from = Math.Max(0, to - words + 1);
        }

        var start = wordTokens[from].Span.Start;
        var end = wordTokens[to].Span.End;
        end = ExtendOverClosingPunctuation(tokens, end);
        var highlights = new List<TextSpan>();
        for (var i = 0; i < hitWords.Count; i++)
        {
            if (hitWords[i] >= from && hitWords[i] <= to)
            {
                var span = wordTokens[hitWords[i]].Span;
                highlights.Add(new TextSpan(span.Start - start, span.End - start));
            }
        }
        return new Snippet(new TextSpan(start, end), text[start..end], highlights.AsReadOnly(), start > 0, end < text.TrimEnd().Length);
    }

    /// <summary>
    /// Indices into the hit lists of the first and last hit of the best window, or (-1, -1)
    /// when there are no hits. Two pointers over the hits, counting terms in the window.
    /// </summary>
    private static (int First, int Last) BestCluster(List<int> hitWords, List<string> hitTerms, int words)
    {
        var best = (First: -1, Last: -1, Distinct: 0, Count: 0);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var left = 0;
        for (var right = 0; right < hitWords.Count; right++)
        {
            counts[hitTerms[right]] = counts.GetValueOrDefault(hitTerms[right]) + 1;
            while (hitWords[right] - hitWords[left] >= words)
            {
                if (--counts[hitTerms[left]] == 0)
                {
                    counts.Remove(hitTerms[left]);
                }
                left++;
            }
            var count = right - left + 1;
            if (counts.Count > best.Distinct || (counts.Count == best.Distinct && count > best.Count))
            {
                best = (left, right, counts.Count, count);
            }
        }
        return (best.First, best.Last);
    }

    // A window that ends on a word just before a closing quote or full stop keeps that mark.
    private static int ExtendOverClosingPunctuation(IReadOnlyList<Token> tokens, int end)
    {
        foreach (var token in tokens)
        {
            if (token.Span.Start < end)
            {
                continue;
            }
            if (token.Span.Start == end && token.Kind == TokenKind.Punctuation)
            {
                end = token.Span.End;
                continue;
            }
            break;
        }
        return end;
    }
}
