using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

public class ListedNamePriorTests
{
    [Fact]
    public void A_listed_name_pushes_its_begin_and_inside_labels_and_nothing_else()
    {
        var labels = NerWeights.Labels;
        var scores = new float[3 * labels];
        IReadOnlyList<IReadOnlyList<string>> gazetteer =
        [
            ["LB-ORG", "LB-ORG:club", "B-LOC"],
            ["LI-ORG", "LI-ORG:club"],
            ["AB-LOC", "AB-LOC:city", "given"],
        ];

        ListedNamePrior.Add(scores, gazetteer, 3);

        Assert.Equal(ListedNamePrior.Weight, scores[0 * labels + NerLabels.IndexOf("B-ORG")]);
        Assert.Equal(ListedNamePrior.Weight, scores[1 * labels + NerLabels.IndexOf("I-ORG")]);
        // Only those two: not the kinds, not the knowledge base's B-LOC, not an ambiguous name.
        Assert.Equal(2 * ListedNamePrior.Weight, scores.Sum());
    }

    [Fact]
    public void Without_gazetteer_features_the_scores_are_untouched()
    {
        var scores = new float[2 * NerWeights.Labels];

        ListedNamePrior.Add(scores, null, 2);

        Assert.All(scores, s => Assert.Equal(0f, s));
    }
}
