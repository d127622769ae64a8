using System.Collections.Frozen;

namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// A trained tagger: the feature names and their weights, the trigger list it was trained
/// with, and whether it learned gazetteer features. Immutable; tagging reads it from any thread.
/// </summary>
internal sealed partial class NerModel
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
        _spans = _features.GetAlternateLookup<ReadOnlySpan<char>>();
        _documentIds = DocumentIds();
        _boundary = WordFeatures(NerTokenInfo.Boundary);
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
    public int[] Predict(IReadOnlyList<string> tokens, IReadOnlyList<IReadOnlyList<string>>? gazetteer) =>
        Predict(NerFeatureExtractor.Analyse(tokens), gazetteer, null);

    /// <summary>Label indices for an analysed sentence; <paramref name="document"/> is the second stage's evidence.</summary>
    public int[] Predict(NerTokenInfo[] infos, IReadOnlyList<IReadOnlyList<string>>? gazetteer, IReadOnlyList<IReadOnlyList<string>>? document)
    {
        var memory = Memory.Labels(infos);
        var tokenFeatures = new int[infos.Length][];
        var names = new List<string>();
        var ids = new List<int>();
        for (var i = 0; i < infos.Length; i++)
        {
            names.Clear();
            ids.Clear();
            Extractor.Extract(infos, memory, gazetteer, i, names, document);
            foreach (var name in names)
            {
                if (_features.TryGetValue(name, out var id))
                {
                    ids.Add(id);
                }
            }
            tokenFeatures[i] = ids.ToArray();
        }
        return ViterbiDecoder.Decode(Weights.Emissions(tokenFeatures), infos.Length, Weights);
    }
}
