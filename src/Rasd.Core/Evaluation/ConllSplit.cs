namespace Rasd.Core.Evaluation;

/// <summary>
/// Contiguous slices of a corpus by fraction of its sentences, so training and evaluation
/// agree on where a held-out tail starts: training on <c>holdout 0.2</c> reads exactly the
/// sentences before the one evaluation with <c>from 0.8</c> starts at.
/// </summary>
public static class ConllSplit
{
    /// <summary>The index of the first sentence at <paramref name="fraction"/> of <paramref name="count"/> (rounded, clamped).</summary>
    public static int Index(int count, double fraction) =>
        Math.Clamp((int)Math.Round(count * fraction, MidpointRounding.AwayFromZero), 0, count);

    /// <summary>The sentences from <paramref name="from"/> up to (not including) <paramref name="to"/>, as fractions of the whole.</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> sentences, double from, double to)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var start = Index(sentences.Count, from);
        var end = Math.Max(start, Index(sentences.Count, to));
        var slice = new T[end - start];
        for (var i = start; i < end; i++)
        {
            slice[i - start] = sentences[i];
        }
        return slice;
    }
}
