namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Exact second-order Viterbi decoding over the BIO labels. States are label pairs (previous,
/// current); an I-X label is allowed only after B-X or I-X, so every output reads as
/// well-formed entities.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>The best label sequence given emission scores (token by label) and transition weights.</summary>
    public static int[] Decode(float[] emissions, int tokens, NerWeights weights)
    {
        var labels = new int[tokens];
        if (tokens == 0)
        {
            return labels;
        }
        int states = NerWeights.States, count = NerWeights.Labels, start = NerWeights.Start;
        var t1 = weights.Transition1;
        var t2 = weights.Transition2;
        // delta[a * states + b]: best score of a prefix whose last two labels are a, b.
        Span<float> delta = stackalloc float[states * states];
        Span<float> next = stackalloc float[states * states];
        Span<int> reachable = stackalloc int[states];
        var back = new byte[tokens * states * states];
        delta.Fill(float.NegativeInfinity);
        delta[start * states + start] = 0;
        for (var t = 0; t < tokens; t++)
        {
            next.Fill(float.NegativeInfinity);
            var row = emissions.AsSpan(t * count, count);
            for (var b = 0; b < states; b++)
            {
                if (t > 0 && b == start)
                {
                    continue;
                }
                // The two-back labels a that any prefix ending in b has, in ascending order (ties keep the first).
                var found = 0;
                for (var a = 0; a < states; a++)
                {
                    if (!float.IsNegativeInfinity(delta[a * states + b]))
                    {
                        reachable[found++] = a;
                    }
                }
                for (var y = 0; y < count; y++)
                {
                    if (!NerLabels.CanFollow(b == start ? -1 : b, y))
                    {
                        continue;
                    }
                    var local = row[y] + t1[NerWeights.T1(b, y)];
                    var best = float.NegativeInfinity;
                    var bestA = 0;
                    for (var k = 0; k < found; k++)
                    {
                        var a = reachable[k];
                        var score = delta[a * states + b] + t2[NerWeights.T2(a, b, y)];
                        if (score > best)
                        {
                            best = score;
                            bestA = a;
                        }
                    }
                    next[b * states + y] = best + local;
                    back[(t * states + b) * states + y] = (byte)bestA;
                }
            }
            var swap = delta;
            delta = next;
            next = swap;
        }

        var bestEnd = float.NegativeInfinity;
        int lastB = start, lastY = 0;
        for (var b = 0; b < states; b++)
        {
            for (var y = 0; y < count; y++)
            {
                if (delta[b * states + y] > bestEnd)
                {
                    bestEnd = delta[b * states + y];
                    (lastB, lastY) = (b, y);
                }
            }
        }
        labels[tokens - 1] = lastY;
        if (tokens > 1)
        {
            labels[tokens - 2] = lastB;
        }
        for (var t = tokens - 1; t >= 2; t--)
        {
            labels[t - 2] = back[(t * states + labels[t - 1]) * states + labels[t]];
        }
        return labels;
    }
}
