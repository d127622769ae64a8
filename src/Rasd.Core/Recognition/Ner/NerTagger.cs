namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Named-entity tagger for Arabic news: a second-order averaged perceptron over BIO labels for
/// PER, LOC and ORG (see <see cref="NerTrainer"/>), decoded with Viterbi. Immutable and
/// thread-safe; load a model once and share it.
/// </summary>
public sealed class NerTagger : ITokenTagger
{
    private readonly NerModel _model;
    private readonly IGazetteerFeatures? _gazetteer;

    internal NerTagger(NerModel model, IGazetteerFeatures? gazetteer)
    {
        _model = model;
        _gazetteer = gazetteer;
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
        return new NerTagger(NerModelFile.Load(path), gazetteer);
    }

    /// <summary>Loads the shipped model, <c>data/ner/anercorp.model</c> (trained on ANERcorp).</summary>
    public static NerTagger LoadDefault(IGazetteerFeatures? gazetteer = null) =>
        Load(RasdData.File(DefaultModelPath), gazetteer);

    /// <summary>The same model with <paramref name="gazetteer"/> supplying its gazetteer features.</summary>
    public NerTagger WithGazetteer(IGazetteerFeatures? gazetteer) => new(_model, gazetteer);

    /// <summary>Writes the model to <paramref name="path"/> (gzip).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        NerModelFile.Save(_model, path);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var gazetteer = _model.UsesGazetteer && _gazetteer is not null ? _gazetteer.Features(tokens) : null;
        var labels = _model.Predict(tokens, gazetteer);
        var result = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            result[i] = NerLabels.All[labels[i]];
        }
        return result;
    }
}
