namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// The weights of a second-order linear-chain tagger: one row of <see cref="NerLabels.Count"/>
/// emission weights per observation feature, first-order transitions (previous label → label)
/// and second-order ones (two previous labels → label). Transition indices use
/// <see cref="Start"/> for "before the sentence". Plain arrays, shared read-only once built.
/// </summary>
internal sealed class NerWeights
{
    /// <summary>Number of labels.</summary>
    public static readonly int Labels = NerLabels.Count;

    /// <summary>Label index standing for the position before the first token.</summary>
    public static readonly int Start = NerLabels.Count;

    /// <summary>Label indices including <see cref="Start"/>.</summary>
    public static readonly int States = NerLabels.Count + 1;

    public NerWeights(int features)
    {
        Emission = new float[features * Labels];
        Transition1 = new float[States * Labels];
        Transition2 = new float[States * States * Labels];
    }

    public NerWeights(float[] emission, float[] transition1, float[] transition2)
    {
        Emission = emission;
        Transition1 = transition1;
        Transition2 = transition2;
    }

    /// <summary>Feature <c>f</c>, label <c>y</c> at <c>f * Labels + y</c>.</summary>
    public float[] Emission { get; }

    /// <summary>Previous label <c>p</c>, label <c>y</c> at <c>p * Labels + y</c>.</summary>
    public float[] Transition1 { get; }

    /// <summary>Labels <c>a</c> (two back), <c>b</c> (previous), label <c>y</c> at <c>(a * States + b) * Labels + y</c>.</summary>
    public float[] Transition2 { get; }

    public static int T1(int previous, int label) => previous * Labels + label;

    public static int T2(int twoBack, int previous, int label) => ((twoBack * States) + previous) * Labels + label;

    /// <summary>Emission scores, token by label, for tokens given as lists of feature ids.</summary>
    public float[] Emissions(IReadOnlyList<int[]> tokenFeatures)
    {
        var scores = new float[tokenFeatures.Count * Labels];
        for (var t = 0; t < tokenFeatures.Count; t++)
        {
            var row = scores.AsSpan(t * Labels, Labels);
            foreach (var feature in tokenFeatures[t])
            {
                var weights = Emission.AsSpan(feature * Labels, Labels);
                for (var y = 0; y < Labels; y++)
                {
                    row[y] += weights[y];
                }
            }
        }
        return scores;
    }
}
