using Rasd.Core.Evaluation;

namespace Rasd.Core.Tests.Evaluation;

public class ConllSplitTests
{
    [Fact]
    public void Training_on_the_first_eighty_percent_ends_where_the_held_out_tail_starts()
    {
        var sentences = Enumerable.Range(0, 4003).ToArray();
        var training = ConllSplit.Slice(sentences, 0, 1 - 0.2);
        var heldOut = ConllSplit.Slice(sentences, 0.8, 1);

        Assert.Equal(sentences.Length, training.Count + heldOut.Count);
        Assert.Equal(training[^1] + 1, heldOut[0]);
    }
}
