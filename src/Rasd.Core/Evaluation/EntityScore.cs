namespace Rasd.Core.Evaluation;

/// <summary>Exact-match counts for one entity type (or for all, micro-averaged) and the scores they give.</summary>
/// <param name="Type">Entity type, or <c>ALL</c> for the micro average.</param>
/// <param name="Gold">Entities in the reference.</param>
/// <param name="Predicted">Entities the tagger proposed.</param>
/// <param name="Correct">Proposed entities with the reference's type and both boundaries.</param>
public sealed record EntityScore(string Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / Predicted, or 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / Gold, or 0 when the reference has none.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall, or 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
