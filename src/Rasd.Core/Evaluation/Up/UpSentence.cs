namespace Rasd.Core.Evaluation.Up;

/// <summary>The event family a sentence of the UP Arabic set is labelled with.</summary>
public enum UpCategory
{
    /// <summary>Demonstrations, strikes, sit-ins: CAMEO root 14.</summary>
    Protest,
    /// <summary>Attacks, fighting, mass violence: CAMEO roots 18, 19 and 20.</summary>
    Assault,
}

/// <summary>One labelled sentence of the UP Arabic event set (one JSONL line).</summary>
/// <param name="Id">The sentence's id.</param>
/// <param name="Line">The line it was read from (1-based), the order the held-out split follows.</param>
/// <param name="Category">Its event family.</param>
/// <param name="Published">The date it was published: the reference of its relative dates.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Trigger">The annotated trigger word (may be empty).</param>
/// <param name="SourceCountry">The ISO3 country of the annotated source actor, null when the annotation codes none.</param>
public sealed record UpSentence(string Id, int Line, UpCategory Category, string Published, string Text, string Trigger, string? SourceCountry)
{
    /// <summary>True when an event with CAMEO root <paramref name="root"/> belongs to this sentence's family.</summary>
    public bool InFamily(string root) => Category switch
    {
        UpCategory.Protest => root == "14",
        _ => root is "18" or "19" or "20",
    };
}

/// <summary>A line of the set that could not be read, with why.</summary>
public sealed record UpDiagnostic(string Path, int Line, string Message);

/// <summary>The sentences of one file and the lines that were skipped.</summary>
public sealed record UpReadResult(IReadOnlyList<UpSentence> Sentences, IReadOnlyList<UpDiagnostic> Diagnostics);
