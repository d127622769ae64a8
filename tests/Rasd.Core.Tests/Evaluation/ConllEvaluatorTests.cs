using Rasd.Core.Evaluation;

namespace Rasd.Core.Tests.Evaluation;

/// <summary>Exact-match scoring, checked against what conlleval prints for the same tags.</summary>
public class ConllEvaluatorTests
{
    private static NerEvaluation Score(string gold, string predicted) =>
        ConllEvaluator.Evaluate([gold.Split(' ')], [predicted.Split(' ')]);

    [Fact]
    public void Identical_tags_score_one()
    {
        // قال الرئيس بشار الأسد في دمشق
        var result = Score("O O B-PER I-PER O B-LOC", "O O B-PER I-PER O B-LOC");

        Assert.Equal((2, 2, 2), (result.Micro.Gold, result.Micro.Predicted, result.Micro.Correct));
        Assert.Equal(1.0, result.Micro.F1);
    }

    [Fact]
    public void A_wrong_boundary_makes_the_entity_wrong_not_half_right()
    {
        // بشار الأسد tagged as بشار alone: one predicted PER, not correct.
        var result = Score("O O B-PER I-PER O B-LOC", "O O B-PER O O B-LOC");

        var per = result.ByType.Single(s => s.Type == "PER");
        Assert.Equal((1, 1, 0), (per.Gold, per.Predicted, per.Correct));
        Assert.Equal(0.5, result.Micro.Precision, 6);
        Assert.Equal(0.5, result.Micro.Recall, 6);
        Assert.Equal(0.5, result.Micro.F1, 6);
    }

    [Fact]
    public void A_wrong_type_counts_against_both_types()
    {
        // دمشق tagged as an organisation.
        var result = Score("O B-LOC O", "O B-ORG O");

        var loc = result.ByType.Single(s => s.Type == "LOC");
        var org = result.ByType.Single(s => s.Type == "ORG");
        Assert.Equal((1, 0, 0), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.Equal((0, 1, 0), (org.Gold, org.Predicted, org.Correct));
        Assert.Equal(0.0, result.Micro.F1);
    }

    [Fact]
    public void An_inside_tag_without_a_beginning_starts_an_entity_as_conlleval_does()
    {
        var result = Score("O B-PER I-PER O", "O I-PER I-PER O");

        Assert.Equal(1.0, result.Micro.F1);
        Assert.Equal([new EntityChunk(1, 3, "PER")], BioChunker.Chunks(["O", "I-PER", "I-PER", "O"]));
    }

    [Fact]
    public void An_inside_tag_of_another_type_starts_a_new_entity()
    {
        Assert.Equal(
            [new EntityChunk(0, 1, "ORG"), new EntityChunk(1, 2, "LOC")],
            BioChunker.Chunks(["B-ORG", "I-LOC"]));
    }

    [Fact]
    public void Scores_several_sentences_per_type_and_micro_averaged()
    {
        var gold = new[] { "B-PER I-PER O B-LOC".Split(' '), "B-ORG I-ORG O O".Split(' ') };
        var predicted = new[] { "B-PER I-PER O B-LOC".Split(' '), "B-ORG O O B-PER".Split(' ') };
        var result = ConllEvaluator.Evaluate(gold, predicted);

        Assert.Equal((3, 4, 2), (result.Micro.Gold, result.Micro.Predicted, result.Micro.Correct));
        Assert.Equal(0.5, result.Micro.Precision, 6);
        Assert.Equal(2.0 / 3, result.Micro.Recall, 6);
        Assert.Equal(4.0 / 7, result.Micro.F1, 6);
        Assert.Equal(["LOC", "ORG", "PER"], result.ByType.Select(s => s.Type));
        Assert.Equal((2, 8), (result.Sentences, result.Tokens));
    }

    [Fact]
    public void Nothing_predicted_and_nothing_expected_scores_zero_without_dividing_by_zero()
    {
        var result = Score("O O", "O O");

        Assert.Equal(0.0, result.Micro.F1);
        Assert.Empty(result.ByType);
    }
}
