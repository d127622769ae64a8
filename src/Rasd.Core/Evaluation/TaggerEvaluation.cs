using System.Diagnostics;
using Rasd.Core.Recognition;
using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Evaluation;

/// <summary>
/// Runs any <see cref="ITokenTagger"/> over reference sentences and scores it with
/// <see cref="ConllEvaluator"/>. Reference tags are first mapped onto Rasd's labels with
/// <see cref="NerLabels.FromCorpusTag"/> (PERS → PER, miscellaneous → O).
/// </summary>
public static class TaggerEvaluation
{
    /// <summary>
    /// Tags and scores <paramref name="sentences"/>. When <paramref name="tokenOutput"/> is given,
    /// writes <c>token gold predicted</c> per token and a blank line after each sentence.
    /// </summary>
    public static TaggerEvaluationResult Run(IReadOnlyList<ConllSentence> sentences, ITokenTagger tagger, TextWriter? tokenOutput = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tagger);
        var evaluator = new ConllEvaluator();
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            var gold = sentence.MapTags(NerLabels.FromCorpusTag).Tags;
            var predicted = tagger.Tag(sentence.Tokens);
            if (predicted.Count != gold.Count)
            {
                throw new InvalidOperationException($"The tagger returned {predicted.Count} labels for {gold.Count} tokens.");
            }
            evaluator.Add(gold, predicted);
            if (tokenOutput is not null)
            {
                for (var i = 0; i < gold.Count; i++)
                {
                    tokenOutput.WriteLine($"{sentence.Tokens[i]} {gold[i]} {predicted[i]}");
                }
                tokenOutput.WriteLine();
            }
        }
        return new TaggerEvaluationResult(evaluator.Result(), clock.Elapsed);
    }
}
