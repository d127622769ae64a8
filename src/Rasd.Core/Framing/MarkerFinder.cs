using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Framing;

/// <summary>
/// Finds the lexicon's marker phrases, left to right, longest first, never overlapping. A
/// phrase's first word may carry proclitics (لنظام الأسد, والنظام); the other words must follow
/// as consecutive words, no punctuation between.
/// </summary>
internal static class MarkerFinder
{
    public static void Find(FramingWords words, FramingLexicon lexicon, IReadOnlyList<EntityMention> mentions, List<FramingMarker> found)
    {
        var mentioned = mentions.Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        var keys = words.Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }
            MarkerEntry? best = null;
            foreach (var first in FirstWordForms(key))
            {
                if (!lexicon.Markers.TryGetValue(first, out var entries))
                {
                    continue;
                }
                foreach (var entry in entries)
                {
                    if ((best is null || entry.Words.Length > best.Words.Length) && FollowsAt(keys, i, entry.Words)
                        && (entry.Requires is null || mentioned.Contains(entry.Requires)))
                    {
                        best = entry;
                    }
                }
            }
            if (best is null)
            {
                continue;
            }
            var last = i + best.Words.Length - 1;
            var span = new TextSpan(words.Tokens[i].Span.Start, words.Tokens[last].Span.End);
            found.Add(new FramingMarker(span, span.Slice(words.Text.Text).ToString(), best.Phrase, best.Category, best.Stance,
                OverlappingEntity(mentions, span) ?? best.Target, best.ActorCode));
            i = last;
        }
    }

    /// <summary>The word as written, then its readings without proclitics (no enclitic removed: نظامه is not نظام).</summary>
    private static IEnumerable<string> FirstWordForms(string key)
    {
        yield return key;
        foreach (var candidate in CliticAnalyzer.Candidates(key))
        {
            if (candidate.Prefix.Length > 0 && candidate.Suffix.Length == 0)
            {
                yield return candidate.Stem;
            }
        }
    }

    private static bool FollowsAt(string?[] keys, int start, string[] phrase)
    {
        if (start + phrase.Length > keys.Length)
        {
            return false;
        }
        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(keys[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The entity of the mention that overlaps <paramref name="span"/> most (the longer mention on a tie).</summary>
    internal static string? OverlappingEntity(IReadOnlyList<EntityMention> mentions, TextSpan span)
    {
        string? best = null;
        var bestOverlap = 0;
        var bestLength = 0;
        foreach (var mention in mentions)
        {
            var overlap = Math.Min(span.End, mention.Span.End) - Math.Max(span.Start, mention.Span.Start);
            if (overlap > bestOverlap || (overlap > 0 && overlap == bestOverlap && mention.Span.Length > bestLength))
            {
                (best, bestOverlap, bestLength) = (mention.EntityId, overlap, mention.Span.Length);
            }
        }
        return best;
    }
}
