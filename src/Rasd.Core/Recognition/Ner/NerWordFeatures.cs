namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// The feature ids of one word for one model, for the features that depend on the word alone:
/// computed once per word (<see cref="NerWordCache"/>) instead of spelling the same feature
/// strings for it at every occurrence. Ids are in the order <see cref="NerFeatureExtractor.Extract"/>
/// emits the features, because the order of the additions fixes the floating-point sums.
/// Immutable.
/// </summary>
internal sealed class NerWordFeatures
{
    public NerWordFeatures(NerTokenInfo info, int[] own, int[][] neighbour, int selfTrigger, string? memoryLabel, int[] memory)
    {
        Info = info;
        Own = own;
        Neighbour = neighbour;
        SelfTrigger = selfTrigger;
        MemoryLabel = memoryLabel;
        MemoryHere = memory[0];
        MemoryBefore = memory[1];
        MemoryAfter = memory[2];
    }

    public NerTokenInfo Info { get; }

    /// <summary>Ids of <see cref="NerFeatureExtractor.AddOwn"/>'s features.</summary>
    public int[] Own { get; }

    /// <summary>Ids of the word's features as the neighbour at −2, −1, +1, +2 (<see cref="Slot"/>).</summary>
    public int[][] Neighbour { get; }

    /// <summary>Id of <c>tr0=</c>, or −1.</summary>
    public int SelfTrigger { get; }

    /// <summary>The model's name-memory label of the word (<see cref="NameMemory.Label"/>), or null.</summary>
    public string? MemoryLabel { get; }

    /// <summary>Id of <c>m=</c> with the label (or <c>-</c>), or −1 when the model does not know it.</summary>
    public int MemoryHere { get; }

    /// <summary>Id of <c>m-1=</c> with the label, for the next token; −1 when unknown or no label.</summary>
    public int MemoryBefore { get; }

    /// <summary>Id of <c>m+1=</c> with the label, for the previous token; −1 when unknown or no label.</summary>
    public int MemoryAfter { get; }

    /// <summary>Index into <see cref="Neighbour"/> of the neighbour at <paramref name="offset"/> (±1, ±2).</summary>
    public static int Slot(int offset) => offset < 0 ? offset + 2 : offset + 1;
}
