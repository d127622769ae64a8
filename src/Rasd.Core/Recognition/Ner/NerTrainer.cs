using Rasd.Core.Evaluation;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Trains a <see cref="NerTagger"/> with the averaged structured perceptron (Collins 2002):
/// each sentence is decoded with the current weights and, where the best sequence differs
/// from the reference, the reference's features gain and the prediction's lose one; the model
/// keeps the average of the weights over all steps. Deterministic for a given seed.
/// </summary>
public static class NerTrainer
{
    /// <summary>
    /// Trains on <paramref name="sentences"/>, whose tags may be in any corpus tag set
    /// <see cref="NerLabels.FromCorpusTag"/> understands (ANERcorp's PERS and MISC included).
    /// </summary>
    public static NerTagger Train(IReadOnlyList<ConllSentence> sentences, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var extractor = new NerFeatureExtractor(options.Triggers);
        var corpus = NerTrainingCorpus.Build(sentences, extractor, options.Gazetteer, options.MinFeatureCount);
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
        var model = new NerModel(corpus.FeatureNames, weights, options.Triggers, corpus.Memory, options.Gazetteer is not null);
        return new NerTagger(model, options.Gazetteer);
    }
}
