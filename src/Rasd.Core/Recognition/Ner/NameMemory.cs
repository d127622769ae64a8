using System.Collections.Frozen;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// What the training data says about a word: the label it most often had when it was part of
/// a name, with how often it was (e.g. <c>PER:hi</c>). The tagger sees this as a feature, so
/// a name met in training helps even in a context never seen with it. During training each
/// sentence is given the memory of the other folds only (jackknifing), or the feature would
/// simply copy the answer and the model would learn to trust it blindly.
/// </summary>
internal sealed class NameMemory
{
    private const double MinEntityShare = 0.3;
    private const double HighEntityShare = 0.7;

    private readonly FrozenDictionary<string, string> _labels;

    public NameMemory(IEnumerable<KeyValuePair<string, string>> labels) =>
        _labels = labels.ToFrozenDictionary(StringComparer.Ordinal);

    public static NameMemory Empty { get; } = new([]);

    /// <summary>Normalised word → remembered label, for the model file.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries =>
        _labels.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

    /// <summary>Builds the memory from normalised words and their label indices.</summary>
    public static NameMemory Build(IEnumerable<(IReadOnlyList<NerTokenInfo> Tokens, int[] Labels)> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (tokens, labels) in sentences)
        {
            for (var t = 0; t < tokens.Count; t++)
            {
                if (!counts.TryGetValue(tokens[t].Key, out var row))
                {
                    row = new int[NerLabels.Count];
                    counts[tokens[t].Key] = row;
                }
                row[labels[t]]++;
            }
        }
        var remembered = new List<KeyValuePair<string, string>>();
        foreach (var (word, row) in counts)
        {
            var total = row.Sum();
            var best = 1;
            for (var y = 2; y < row.Length; y++)
            {
                best = row[y] > row[best] ? y : best;
            }
            var share = (double)(total - row[0]) / total;
            if (share >= MinEntityShare)
            {
                remembered.Add(new(word, NerLabels.All[best][2..] + (share >= HighEntityShare ? ":hi" : ":lo")));
            }
        }
        return new NameMemory(remembered);
    }

    /// <summary>Per token, the remembered label of the word or, failing that, of its first clitic-stripped stem ('s' marked).</summary>
    public string?[] Labels(IReadOnlyList<NerTokenInfo> tokens)
    {
        var labels = new string?[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            labels[t] = Label(tokens[t]);
        }
        return labels;
    }

    /// <summary>The remembered label of one word, or of its first remembered clitic-stripped stem ('s' marked), or null.</summary>
    public string? Label(NerTokenInfo token)
    {
        if (_labels.TryGetValue(token.Key, out var label))
        {
            return label;
        }
        foreach (var stem in token.Stems)
        {
            if (_labels.TryGetValue(stem, out var stemLabel))
            {
                return "s" + stemLabel;
            }
        }
        return null;
    }
}
