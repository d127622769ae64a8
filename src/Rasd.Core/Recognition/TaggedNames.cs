using Rasd.Core.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Recognition;

/// <summary>
/// Names a statistical tagger finds where the rules found nothing: kept as entities the knowledge
/// base does not know (name_en null), one per normalised name. Rule mentions always win. Only
/// names of two words or more are kept, neither end a stop word, and a person's name with at least
/// one word without the article: the tagger's single words are too often ordinary nouns (النيل من
/// سيادتها is "undermining", not the Nile), and so are its "people" made only of defined nouns.
/// </summary>
internal sealed class TaggedNames(ITokenTagger tagger)
{
    public IReadOnlyList<EntityMention> AddTo(AnalysedText text, IReadOnlyList<EntityMention> mentions)
    {
        var result = mentions.ToList();
        var document = tagger.BeginDocument();
        var next = 0;
        foreach (var sentence in text.Sentences)
        {
            // Sentences and tokens are both in text order: walk the tokens once.
            while (next < text.Tokens.Count && text.Tokens[next].Span.Start < sentence.Start)
            {
                next++;
            }
            var tokens = new List<Token>();
            for (; next < text.Tokens.Count && text.Tokens[next].Span.End <= sentence.End; next++)
            {
                tokens.Add(text.Tokens[next]);
            }
            if (tokens.Count == 0)
            {
                continue;
            }
            var labels = document.Tag(tokens.Select(t => t.Span.Slice(text.Text).ToString()).ToList());
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!labels[i].StartsWith("B-", StringComparison.Ordinal) && !(labels[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || labels[i - 1] == "O")))
                {
                    continue;
                }
                var type = labels[i][2..];
                var end = i + 1;
                while (end < tokens.Count && labels[end] == "I-" + type)
                {
                    end++;
                }
                var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
                var words = end - i;
                var keys = tokens.Skip(i).Take(words).Select(t => ArabicNormalizer.NormalizeKey(t.Span.Slice(text.Text))).ToList();
                var plausible = words >= 2
                    && !StopWords.Contains(keys[0])
                    && !StopWords.Contains(keys[^1])
                    && !(type == "PER" && keys.All(HasArticle));
                if (plausible && Enum.TryParse<EntityType>(type, out var entityType) && !result.Any(m => m.Span.Start < span.End && span.Start < m.Span.End))
                {
                    var name = span.Slice(text.Text).ToString();
                    result.Add(new EntityMention(span, entityType, EntityMention.UnknownId(entityType, ArabicNormalizer.NormalizeKey(name)), name, MentionKind.Tagged));
                }
                i = end - 1;
            }
        }
        return result;
    }

    /// <summary>
    /// A word with the article: an unknown person's name has at least one word without it (فادي
    /// الأحمد), while a noun phrase often has none (السلاح الكيماوي).
    /// </summary>
    private static bool HasArticle(string key) => key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 3;
}
