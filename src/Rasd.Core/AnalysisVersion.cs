namespace Rasd.Core;

/// <summary>
/// The version of the analysis stages. Raise it whenever a stage changes what it stores: stored
/// documents analysed by an older version are analysed again on the next <c>analyze</c> run
/// instead of being skipped as already stored.
/// </summary>
public static class AnalysisVersion
{
    /// <summary>1: documents; 2: entities, mentions and stated roles; 3: time expressions and inferred publication dates; 4: quotes; 5: events; 6: framing; 7: clusters, curated event triggers only; 8: NER tagger with the name lists (data/ner/lists) and their prior.</summary>
    public const int Current = 8;
}
