using Rasd.Core.Evaluation;

namespace Rasd.Core.Recognition.Ner;

/// <summary>Training sentences turned into feature ids and label indices once, before the epochs.</summary>
internal sealed class NerTrainingCorpus
{
    /// <summary>Folds for jackknifing the name memory: each sentence sees the memory of the others.</summary>
    private const int MemoryFolds = 5;

    private NerTrainingCorpus(List<string> featureNames, List<int[][]> features, List<int[]> labels, NameMemory memory)
    {
        FeatureNames = featureNames;
        Features = features;
        Labels = labels;
        Memory = memory;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Per sentence, per token, the ids of its features.</summary>
    public IReadOnlyList<int[][]> Features { get; }

    /// <summary>Per sentence, the reference label indices.</summary>
    public IReadOnlyList<int[]> Labels { get; }

    /// <summary>The memory of the whole training set, for tagging.</summary>
    public NameMemory Memory { get; }

    public int Count => Labels.Count;

    public static NerTrainingCorpus Build(
        IReadOnlyList<ConllSentence> sentences, NerFeatureExtractor extractor, IGazetteerFeatures? gazetteer, int minCount,
        IReadOnlyList<IReadOnlyList<string>[]>? document = null)
    {
        var (infos, labels) = Analyse(sentences);
        var foldMemories = new NameMemory[MemoryFolds];
        for (var fold = 0; fold < MemoryFolds; fold++)
        {
            foldMemories[fold] = NameMemory.Build(Enumerable.Range(0, infos.Count)
                .Where(s => s % MemoryFolds != fold)
                .Select(s => ((IReadOnlyList<NerTokenInfo>)infos[s], labels[s])));
        }
        var memory = NameMemory.Build(infos.Select((sentence, s) => ((IReadOnlyList<NerTokenInfo>)sentence, labels[s])));

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var names = new List<string>();
        var features = new List<int[][]>(sentences.Count);
        var buffer = new List<string>();
        for (var s = 0; s < infos.Count; s++)
        {
            var memoryLabels = foldMemories[s % MemoryFolds].Labels(infos[s]);
            var gazetteerLabels = gazetteer?.Features(sentences[s].Tokens);
            var tokenFeatures = new int[infos[s].Length][];
            for (var i = 0; i < tokenFeatures.Length; i++)
            {
                buffer.Clear();
                extractor.Extract(infos[s], memoryLabels, gazetteerLabels, i, buffer, document?[s]);
                var row = new int[buffer.Count];
                for (var k = 0; k < row.Length; k++)
                {
                    if (!ids.TryGetValue(buffer[k], out var id))
                    {
                        id = names.Count;
                        ids[buffer[k]] = id;
                        names.Add(buffer[k]);
                        counts.Add(0);
                    }
                    counts[id]++;
                    row[k] = id;
                }
                tokenFeatures[i] = row;
            }
            features.Add(tokenFeatures);
        }
        return minCount <= 1
            ? new NerTrainingCorpus(names, features, labels, memory)
            : DropRare(names, counts, features, labels, memory, minCount);
    }

    /// <summary>Token analyses and gold label indices. A corpus repeats its words, so each distinct token is analysed once.</summary>
    internal static (List<NerTokenInfo[]> Infos, List<int[]> Labels) Analyse(IReadOnlyList<ConllSentence> sentences)
    {
        var cache = new Dictionary<string, NerTokenInfo>(StringComparer.Ordinal);
        var infos = new List<NerTokenInfo[]>(sentences.Count);
        var labels = new List<int[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var row = new NerTokenInfo[sentence.Tokens.Count];
            var bio = new string[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (!cache.TryGetValue(token, out var info))
                {
                    info = NerTokenInfo.Of(token);
                    cache[token] = info;
                }
                row[i] = info;
                bio[i] = NerLabels.FromCorpusTag(sentence.Tags[i]);
            }
            infos.Add(row);
            labels.Add(NerLabels.Encode(bio));
        }
        return (infos, labels);
    }

    private static NerTrainingCorpus DropRare(
        List<string> names, List<int> counts, List<int[][]> features, List<int[]> labels, NameMemory memory, int minCount)
    {
        var remap = new int[names.Count];
        var kept = new List<string>();
        for (var id = 0; id < names.Count; id++)
        {
            remap[id] = counts[id] >= minCount ? kept.Count : -1;
            if (remap[id] >= 0)
            {
                kept.Add(names[id]);
            }
        }
        foreach (var sentence in features)
        {
            for (var t = 0; t < sentence.Length; t++)
            {
                sentence[t] = sentence[t].Select(id => remap[id]).Where(id => id >= 0).ToArray();
            }
        }
        return new NerTrainingCorpus(kept, features, labels, memory);
    }
}
