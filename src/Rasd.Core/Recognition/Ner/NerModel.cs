using System.Collections.Frozen;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// A trained tagger: the feature names and their weights, the trigger list it was trained
/// with, and whether it learned gazetteer features. Immutable; tagging reads it from any thread.
/// </summary>
internal sealed class NerModel
{
    private readonly FrozenDictionary<string, int> _features;

    public NerModel(IReadOnlyList<string> featureNames, NerWeights weights, TriggerLexicon triggers, NameMemory memory, bool usesGazetteer)
    {
        FeatureNames = featureNames;
        var ids = new Dictionary<string, int>(featureNames.Count, StringComparer.Ordinal);
        for (var i = 0; i < featureNames.Count; i++)
        {
            ids[featureNames[i]] = i;
        }
        _features = ids.ToFrozenDictionary(StringComparer.Ordinal);
        Weights = weights;
        Extractor = new NerFeatureExtractor(triggers);
        Memory = memory;
        UsesGazetteer = usesGazetteer;
    }

    /// <summary>Labels the training data gave each word.</summary>
    public NameMemory Memory { get; }

    /// <summary>Feature names by id.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    public NerWeights Weights { get; }

    public NerFeatureExtractor Extractor { get; }

    /// <summary>True when the model was trained with gazetteer features.</summary>
    public bool UsesGazetteer { get; }

    /// <summary>Label indices for a sentence.</summary>
    public int[] Predict(IReadOnlyList<string> tokens, IReadOnlyList<IReadOnlyList<string>>? gazetteer)
    {
        var infos = NerFeatureExtractor.Analyse(tokens);
        var memory = Memory.Labels(infos);
        var tokenFeatures = new int[tokens.Count][];
        var names = new List<string>();
        var ids = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            names.Clear();
            ids.Clear();
            Extractor.Extract(infos, memory, gazetteer, i, names);
            foreach (var name in names)
            {
                if (_features.TryGetValue(name, out var id))
                {
                    ids.Add(id);
                }
            }
            tokenFeatures[i] = ids.ToArray();
        }
        return ViterbiDecoder.Decode(Weights.Emissions(tokenFeatures), tokens.Count, Weights);
    }
}
