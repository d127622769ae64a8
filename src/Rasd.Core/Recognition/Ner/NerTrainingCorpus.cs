using Rasd.Core.Evaluation;

namespace Rasd.Core.Recognition.Ner;

/// <summary>Training sentences turned into feature ids and label indices once, before the epochs.</summary>
internal sealed class NerTrainingCorpus
{
    private NerTrainingCorpus(List<string> featureNames, List<int[][]> features, List<int[]> labels)
    {
        FeatureNames = featureNames;
        Features = features;
        Labels = labels;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Per sentence, per token, the ids of its features.</summary>
    public IReadOnlyList<int[][]> Features { get; }

    /// <summary>Per sentence, the reference label indices.</summary>
    public IReadOnlyList<int[]> Labels { get; }

    public int Count => Labels.Count;

    public static NerTrainingCorpus Build(
        IReadOnlyList<ConllSentence> sentences, NerFeatureExtractor extractor, IGazetteerFeatures? gazetteer, int minCount)
    {
        // Token analysis (normalising, clitic candidates, stemming) is the costly part; a corpus
        // repeats its words, so each distinct token is analysed once.
        var infoCache = new Dictionary<string, NerTokenInfo>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var names = new List<string>();
        var features = new List<int[][]>(sentences.Count);
        var labels = new List<int[]>(sentences.Count);
        var buffer = new List<string>();
        foreach (var sentence in sentences)
        {
            var infos = new NerTokenInfo[sentence.Tokens.Count];
            for (var i = 0; i < infos.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (!infoCache.TryGetValue(token, out var info))
                {
                    info = NerTokenInfo.Of(token);
                    infoCache[token] = info;
                }
                infos[i] = info;
            }
            var gazetteerLabels = gazetteer?.Features(sentence.Tokens);
            var tokenFeatures = new int[infos.Length][];
            var gold = new int[infos.Length];
            for (var i = 0; i < infos.Length; i++)
            {
                buffer.Clear();
                extractor.Extract(infos, gazetteerLabels, i, buffer);
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
                gold[i] = NerLabels.IndexOf(NerLabels.FromCorpusTag(sentence.Tags[i]));
            }
            features.Add(tokenFeatures);
            labels.Add(gold);
        }
        return minCount <= 1 ? new NerTrainingCorpus(names, features, labels) : DropRare(names, counts, features, labels, minCount);
    }

    private static NerTrainingCorpus DropRare(List<string> names, List<int> counts, List<int[][]> features, List<int[]> labels, int minCount)
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
        return new NerTrainingCorpus(kept, features, labels);
    }
}
