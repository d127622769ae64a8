using Rasd.Core.Evaluation;
using Rasd.Core.Recognition.Ner;
using Rasd.Core.Tests.Recognition.Ner;

namespace Rasd.Core.Tests.Evaluation;

public class NerCrossValidationTests
{
    private static readonly NerTrainingOptions Options = new() { Epochs = 5, MinFeatureCount = 1, PruneBelow = 0, DocumentStage = false };

    [Fact]
    public void Every_sentence_is_scored_once_in_contiguous_blocks()
    {
        var folds = NerCrossValidation.Run(NerTrainingData.Tiny, Options, 3);

        Assert.Equal(3, folds.Count);
        Assert.All(folds, fold => Assert.Equal(2, fold.Sentences));
        Assert.Equal(NerTrainingData.Tiny.Sum(s => s.Tokens.Count), folds.Sum(f => f.Tokens));
        // The gold entities of each block: the first two sentences hold two people and two places.
        Assert.Equal(4, folds[0].Micro.Gold);
    }

    [Fact]
    public void Pooling_sums_the_counts_of_every_fold_per_type_and_overall()
    {
        NerEvaluation[] folds =
        [
            new([new("LOC", 4, 3, 3), new("PER", 2, 2, 1)], new("ALL", 6, 5, 4), 40, 3),
            new([new("LOC", 1, 2, 1), new("ORG", 3, 1, 1)], new("ALL", 4, 3, 2), 30, 2),
        ];

        var pooled = NerCrossValidation.Pool(folds);

        Assert.Equal(new EntityScore("ALL", 10, 8, 6), pooled.Micro);
        Assert.Equal([new("LOC", 5, 5, 4), new("ORG", 3, 1, 1), new("PER", 2, 2, 1)], pooled.ByType);
        Assert.Equal((70, 5), (pooled.Tokens, pooled.Sentences));
        Assert.Equal(0.6667, pooled.Micro.F1, 4);
    }

    [Fact]
    public void Fewer_sentences_than_folds_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NerCrossValidation.Run(NerTrainingData.Tiny.Take(2).ToList(), Options, 3));
}
