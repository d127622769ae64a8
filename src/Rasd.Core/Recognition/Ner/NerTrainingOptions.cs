namespace Rasd.Core.Recognition.Ner;

/// <summary>Settings for <see cref="NerTrainer.Train"/>. The defaults are the shipped model's.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the per-epoch shuffle; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times than this in the training data are not learned.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>Trigger words whose type hints become features (see <see cref="TriggerLexicon"/>).</summary>
    public TriggerLexicon Triggers { get; init; } = TriggerLexicon.Empty;

    /// <summary>Gazetteer evidence to learn from; null trains a model without gazetteer features.</summary>
    public IGazetteerFeatures? Gazetteer { get; init; }

    /// <summary>Stack a second, document-level stage on the first (see <see cref="NerTrainer"/>).</summary>
    public bool DocumentStage { get; init; } = true;

    /// <summary>Called after each epoch with its number (from 1) and the share of tokens tagged correctly during it.</summary>
    public Action<int, double>? EpochCompleted { get; init; }
}
