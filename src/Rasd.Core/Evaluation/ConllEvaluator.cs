namespace Rasd.Core.Evaluation;

/// <summary>
/// conlleval's exact-match scoring: an entity counts as correct only when the prediction has
/// an entity with the same type and the same first and last token. Entities are read with
/// <see cref="BioChunker"/>. Accumulate sentence by sentence with <see cref="Add"/>, then read
/// <see cref="Result"/>; an instance is not thread-safe.
/// </summary>
public sealed class ConllEvaluator
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private int _tokens;
    private int _sentences;

    /// <summary>Scores a whole corpus at once.</summary>
    public static NerEvaluation Evaluate(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted must have the same number of sentences.", nameof(predicted));
        }
        var evaluator = new ConllEvaluator();
        for (var i = 0; i < gold.Count; i++)
        {
            evaluator.Add(gold[i], predicted[i]);
        }
        return evaluator.Result();
    }

    /// <summary>Adds one sentence's reference and predicted tags (same length).</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted tags must have the same length.", nameof(predicted));
        }
        _tokens += gold.Count;
        _sentences++;
        var goldChunks = BioChunker.Chunks(gold);
        var predictedChunks = BioChunker.Chunks(predicted);
        var goldSet = new HashSet<EntityChunk>(goldChunks);
        foreach (var chunk in goldChunks)
        {
            Counts(chunk.Type)[0]++;
        }
        foreach (var chunk in predictedChunks)
        {
            var counts = Counts(chunk.Type);
            counts[1]++;
            if (goldSet.Contains(chunk))
            {
                counts[2]++;
            }
        }
    }

    /// <summary>Scores of everything added so far.</summary>
    public NerEvaluation Result()
    {
        var byType = _counts.Select(pair => new EntityScore(pair.Key, pair.Value[0], pair.Value[1], pair.Value[2])).ToList();
        var micro = new EntityScore("ALL", byType.Sum(s => s.Gold), byType.Sum(s => s.Predicted), byType.Sum(s => s.Correct));
        return new NerEvaluation(byType, micro, _tokens, _sentences);
    }

    private int[] Counts(string type)
    {
        if (!_counts.TryGetValue(type, out var counts))
        {
            counts = new int[3];
            _counts[type] = counts;
        }
        return counts;
    }
}
