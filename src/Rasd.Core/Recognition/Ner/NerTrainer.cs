using Rasd.Core.Evaluation;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Trains a <see cref="NerTagger"/> with the averaged structured perceptron (Collins 2002):
/// each sentence is decoded with the current weights and, where the best sequence differs
/// from the reference, the reference's features gain and the prediction's lose one; the model
/// keeps the average of the weights over all steps. Deterministic for a given seed.
/// </summary>
/// <remarks>
/// With <see cref="NerTrainingOptions.DocumentStage"/> a second model is stacked on the first
/// (Krishnan and Manning 2006): it sees what the first said about the same words earlier in the
/// document (<see cref="NerDocumentMemory"/>). It learns from first-stage labels produced by
/// cross-validation over contiguous blocks, so they are as fallible as at tagging time.
/// </remarks>
public static class NerTrainer
{
    /// <summary>Blocks of the cross-validation that produces the second stage's training evidence.</summary>
    private const int Folds = 5;

    /// <summary>
    /// Trains on <paramref name="sentences"/>, whose tags may be in any corpus tag set
    /// <see cref="NerLabels.FromCorpusTag"/> understands (ANERcorp's PERS and MISC included).
    /// </summary>
    public static NerTagger Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var stage1 = TrainStage(sentences, options, null);
        if (!options.DocumentStage || sentences.Count < Folds)
        {
            return new NerTagger(stage1, null, options.Gazetteer);
        }
        var predicted = CrossValidatedLabels(sentences, options with { EpochCompleted = null });
        var infos = NerTrainingCorpus.Analyse(sentences).Infos;
        var memory = new NerDocumentMemory(NerDocumentMemory.DefaultWindow);
        var document = new List<IReadOnlyList<string>[]>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            document.Add(memory.Features(infos[s], predicted[s]));
            memory.Add(infos[s], predicted[s]);
        }
        var stage2 = TrainStage(sentences, options, document);
        return new NerTagger(stage1, stage2, options.Gazetteer);
    }

    /// <summary>First-stage labels of every sentence from a model that never saw its block.</summary>
    private static int[][] CrossValidatedLabels(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options)
    {
        var labels = new int[sentences.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            int start = sentences.Count * fold / Folds, end = sentences.Count * (fold + 1) / Folds;
            var rest = sentences.Take(start).Concat(sentences.Skip(end)).ToList();
            var model = TrainStage(rest, options, null);
            for (var s = start; s < end; s++)
            {
                var gazetteer = options.Gazetteer?.Features(sentences[s].Tokens);
                labels[s] = model.Predict(NerFeatureExtractor.Analyse(sentences[s].Tokens), gazetteer, null);
            }
        }
        return labels;
    }

    private static NerModel TrainStage(
        IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options, IReadOnlyList<IReadOnlyList<string>[]>? document)
    {
        var extractor = new NerFeatureExtractor(options.Triggers);
        var corpus = NerTrainingCorpus.Build(sentences, extractor, options.Gazetteer, options.MinFeatureCount, document);
        var perceptron = new AveragedPerceptron(corpus.FeatureNames.Count);
        var order = Enumerable.Range(0, corpus.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order)
            {
                var gold = corpus.Labels[s];
                var predicted = perceptron.Step(corpus.Features[s], gold);
                total += gold.Length;
                for (var t = 0; t < gold.Length; t++)
                {
                    correct += gold[t] == predicted[t] ? 1 : 0;
                }
            }
            options.EpochCompleted?.Invoke(epoch, total == 0 ? 1 : (double)correct / total);
        }
        var weights = perceptron.Averaged(options.PruneBelow);
        return new NerModel(corpus.FeatureNames, weights, options.Triggers, corpus.Memory, options.Gazetteer is not null);
    }
}
