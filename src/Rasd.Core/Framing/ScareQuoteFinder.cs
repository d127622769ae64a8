using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Framing;

/// <summary>
/// Finds scare quotes: a pair of quotation marks around one word that names no entity —
/// مكافحة "الإرهاب", "تبرع" بلاده. Quoted names ("سانا"، "الصفدي") and quoted speech (more than
/// one word) are not scare quotes. Quotes pair up within a paragraph: the first mark opens, the
/// next closes, whatever its shape, because news copy mixes " “ ” « » freely.
/// </summary>
internal static class ScareQuoteFinder
{
    private const string QuoteMarks = "\"“”«»„";

    public static void Find(FramingWords words, IReadOnlyList<EntityMention> mentions, List<FramingMarker> found)
    {
        var text = words.Text.Text;
        var tokens = words.Tokens;
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Contains('\n'))
            {
                open = -1; // a quote never runs across a paragraph break
            }
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1 || !QuoteMarks.Contains(text[token.Span.Start], StringComparison.Ordinal))
            {
                continue;
            }
            if (open < 0)
            {
                open = i;
                continue;
            }
            if (i == open + 2 && words.Keys[open + 1] is { Length: >= 2 } key && !Overlaps(mentions, tokens[open + 1].Span))
            {
                var span = new TextSpan(tokens[open].Span.Start, token.Span.End);
                found.Add(new FramingMarker(span, span.Slice(text).ToString(), key, FramingCategories.ScareQuote, FramingCategories.Distancing, null, null));
            }
            open = -1;
        }
    }

    private static bool Overlaps(IReadOnlyList<EntityMention> mentions, TextSpan span) =>
        mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End);
}
