namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Structured perceptron weights with lazy averaging (Daumé's trick): beside the weights it
/// keeps the sum of step-weighted updates, so the average over all steps is
/// <c>w − u / c</c> without touching every weight at every step.
/// </summary>
internal sealed class AveragedPerceptron(int features)
{
    private readonly NerWeights _weights = new(features);
    private readonly double[] _emissionSums = new double[features * NerWeights.Labels];
    private readonly double[] _transition1Sums = new double[NerWeights.States * NerWeights.Labels];
    private readonly double[] _transition2Sums = new double[NerWeights.States * NerWeights.States * NerWeights.Labels];
    private int _step = 1;

    /// <summary>Decodes one sentence, updates towards <paramref name="gold"/> when wrong, and returns the prediction.</summary>
    public int[] Step(int[][] tokenFeatures, int[] gold)
    {
        var predicted = ViterbiDecoder.Decode(_weights.Emissions(tokenFeatures), gold.Length, _weights);
        for (var t = 0; t < gold.Length; t++)
        {
            var g2 = t >= 2 ? gold[t - 2] : NerWeights.Start;
            var g1 = t >= 1 ? gold[t - 1] : NerWeights.Start;
            var p2 = t >= 2 ? predicted[t - 2] : NerWeights.Start;
            var p1 = t >= 1 ? predicted[t - 1] : NerWeights.Start;
            if (gold[t] != predicted[t])
            {
                foreach (var f in tokenFeatures[t])
                {
                    Update(_weights.Emission, _emissionSums, f * NerWeights.Labels + gold[t], 1);
                    Update(_weights.Emission, _emissionSums, f * NerWeights.Labels + predicted[t], -1);
                }
            }
            if (gold[t] != predicted[t] || g1 != p1)
            {
                Update(_weights.Transition1, _transition1Sums, NerWeights.T1(g1, gold[t]), 1);
                Update(_weights.Transition1, _transition1Sums, NerWeights.T1(p1, predicted[t]), -1);
            }
            if (gold[t] != predicted[t] || g1 != p1 || g2 != p2)
            {
                Update(_weights.Transition2, _transition2Sums, NerWeights.T2(g2, g1, gold[t]), 1);
                Update(_weights.Transition2, _transition2Sums, NerWeights.T2(p2, p1, predicted[t]), -1);
            }
        }
        _step++;
        return predicted;
    }

    /// <summary>The averaged weights, with those smaller than <paramref name="pruneBelow"/> set to zero.</summary>
    public NerWeights Averaged(float pruneBelow) => new(
        Average(_weights.Emission, _emissionSums, pruneBelow),
        Average(_weights.Transition1, _transition1Sums, 0),
        Average(_weights.Transition2, _transition2Sums, 0));

    private void Update(float[] weights, double[] sums, int index, int delta)
    {
        weights[index] += delta;
        sums[index] += (double)_step * delta;
    }

    private float[] Average(float[] weights, double[] sums, float pruneBelow)
    {
        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var value = (float)(weights[i] - sums[i] / _step);
            averaged[i] = Math.Abs(value) < pruneBelow ? 0 : value;
        }
        return averaged;
    }
}
