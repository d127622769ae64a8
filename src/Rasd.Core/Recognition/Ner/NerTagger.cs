namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Named-entity tagger for Arabic news: a second-order averaged perceptron over BIO labels for
/// PER, LOC and ORG (see <see cref="NerTrainer"/>), decoded with Viterbi. Immutable and
/// thread-safe; load a model once and share it.
/// </summary>
public sealed class NerTagger : ITokenTagger
{
    private readonly NerModel _model;
    private readonly NerModel? _stage2;
    private readonly IGazetteerFeatures? _gazetteer;
    private readonly NerWordCache _words;

    internal NerTagger(NerModel model, NerModel? stage2, IGazetteerFeatures? gazetteer)
        : this(model, stage2, gazetteer, new NerWordCache(model, stage2))
    {
    }

    private NerTagger(NerModel model, NerModel? stage2, IGazetteerFeatures? gazetteer, NerWordCache words)
    {
        _model = model;
        _stage2 = stage2;
        _gazetteer = gazetteer;
        _words = words;
    }

    /// <summary>Relative path of the shipped model under the data folder.</summary>
    public const string DefaultModelPath = "ner/anercorp.model";

    /// <summary>True when the model was trained with gazetteer features, so a gazetteer passed to it has an effect.</summary>
    public bool UsesGazetteer => _model.UsesGazetteer;

    /// <summary>Loads a model file written by <see cref="Save"/>; <paramref name="gazetteer"/> supplies gazetteer features.</summary>
    /// <exception cref="InvalidDataException">The file is not a model of this format.</exception>
    public static NerTagger Load(string path, IGazetteerFeatures? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (model, stage2) = NerModelFile.Load(path);
        return new NerTagger(model, stage2, gazetteer);
    }

    /// <summary>Loads the shipped model, <c>data/ner/anercorp.model</c> (trained on ANERcorp).</summary>
    public static NerTagger LoadDefault(IGazetteerFeatures? gazetteer = null) =>
        Load(RasdData.File(DefaultModelPath), gazetteer);

    /// <summary>The same model with <paramref name="gazetteer"/> supplying its gazetteer features.</summary>
    public NerTagger WithGazetteer(IGazetteerFeatures? gazetteer) => new(_model, _stage2, gazetteer, _words);

    /// <summary>
    /// True when the model has a second, document-level stage: then tagging a story's sentences
    /// in order through <see cref="BeginDocument"/> lets earlier mentions of a name inform later ones.
    /// </summary>
    public bool UsesDocumentContext => _stage2 is not null;

    /// <summary>
    /// A tagger for the sentences of one document, given in order: it remembers what it tagged
    /// in the last <see cref="NerDocumentMemory.DefaultWindow"/> sentences. Not thread-safe; start one per document.
    /// </summary>
    public ITokenTagger BeginDocument() => new NerDocumentSession(this);

    /// <summary>Writes the model to <paramref name="path"/> (gzip).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        NerModelFile.Save(_model, _stage2, path);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Names(Predict(tokens, null));
    }

    /// <summary>Label indices for a sentence; with <paramref name="document"/> (and a second stage) in the context of the document so far, which it then extends.</summary>
    internal int[] Predict(IReadOnlyList<string> tokens, NerDocumentMemory? document)
    {
        var gazetteer = _model.UsesGazetteer && _gazetteer is not null ? _gazetteer.Features(tokens) : null;
        var first = new NerWordFeatures[tokens.Count];
        var second = _stage2 is null ? null : new NerWordFeatures[tokens.Count];
        var infos = new NerTokenInfo[tokens.Count];
        for (var i = 0; i < first.Length; i++)
        {
            var word = _words.Get(tokens[i]);
            infos[i] = word.Info;
            first[i] = word.First;
            second?[i] = word.Second!;
        }
        var labels = _model.Predict(first, gazetteer, null);
        if (_stage2 is null || second is null)
        {
            return labels;
        }
        document ??= new NerDocumentMemory(NerDocumentMemory.DefaultWindow);
        var evidence = new DocumentEvidence(labels, new int[labels.Length], new int[labels.Length]);
        document.Verdicts(infos, labels, evidence.KeyVerdicts, evidence.LightVerdicts);
        var final = _stage2.Predict(second, gazetteer, evidence);
        document.Add(infos, labels);
        return final;
    }

    internal static IReadOnlyList<string> Names(int[] labels)
    {
        var result = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            result[i] = NerLabels.All[labels[i]];
        }
        return result;
    }
}
