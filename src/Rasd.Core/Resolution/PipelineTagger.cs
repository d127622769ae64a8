using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Resolution;

/// <summary>
/// The whole entity pipeline as a token tagger, for scoring against CoNLL corpora: names the rules
/// and linking find (knowledge base, titles, honorifics, surnames) label their tokens; the
/// statistical tagger labels the rest. Country adjectives and descriptions (نظيره الروسي) are
/// not names in CoNLL's sense and stay O.
/// </summary>
public sealed class PipelineTagger(EntityExtractor rules, ITokenTagger model) : ITokenTagger
{
    private static readonly HashSet<MentionKind> NameKinds =
        [MentionKind.KnownName, MentionKind.PatternName, MentionKind.Ministry, MentionKind.Surname, MentionKind.Variant];

    /// <inheritdoc/>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var starts = new int[tokens.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            starts[i] = text.Length;
            text.Append(tokens[i]);
        }
        var labels = model.Tag(tokens).ToArray();
        var ruled = new bool[tokens.Count];
        var body = text.ToString();
        foreach (var mention in rules.Extract(TextAnalyzer.Analyze(body), null).Mentions.Where(m => NameKinds.Contains(m.Kind)))
        {
            var first = true;
            for (var i = 0; i < tokens.Count; i++)
            {
                var end = starts[i] + tokens[i].Length;
                if (starts[i] < mention.Span.End && mention.Span.Start < end && !ruled[i])
                {
                    labels[i] = (first ? "B-" : "I-") + mention.Type;
                    ruled[i] = true;
                    first = false;
                }
            }
        }
        // A model entity cut by a rule entity restarts with B- after it.
        for (var i = 0; i < labels.Length; i++)
        {
            if (!ruled[i] && labels[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || ruled[i - 1] || labels[i - 1] == "O"))
            {
                labels[i] = "B-" + labels[i][2..];
            }
        }
        return labels;
    }
}
