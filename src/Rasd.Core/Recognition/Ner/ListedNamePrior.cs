namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// A fixed score for the label a listed name implies, added before decoding: a token the name
/// lists (<see cref="NameLists"/>) mark <c>LB-ORG</c> leans towards <c>B-ORG</c>, one marked
/// <c>LI-ORG</c> towards <c>I-ORG</c>. Names that are also ordinary words (<c>AB-</c>) and the
/// knowledge base's own values get none.
/// </summary>
/// <remarks>
/// Why not leave it to the learnt weights: the perceptron updates only on mistakes, and word
/// identity already fits most training names, so the list features stay undertrained (Sutton,
/// Sindelar and McCallum 2006). In cross-validation 437 of 1,656 missed entities were spans a
/// list gave exactly, with the right type. The prior makes the tagger a log-linear mixture of the
/// trained model and a gazetteer expert; its weight was chosen by 5-fold cross-validation
/// (docs/evaluation.md) and is on the scale of the shipped recipe's weights (15 epochs). It is
/// added when tagging, to both stages, but not to the cross-validated first-stage labels the
/// second stage learns from: adding it there too scored 0.785 against 0.789.
/// </remarks>
internal static class ListedNamePrior
{
    /// <summary>The score added (cross-validated micro F1 at 12, 20 and 28: 0.785, 0.789, 0.788).</summary>
    public const float Weight = 20f;

    /// <summary>Adds the prior to <paramref name="scores"/> (token by label) where <paramref name="gazetteer"/> marks a listed name.</summary>
    public static void Add(float[] scores, IReadOnlyList<IReadOnlyList<string>>? gazetteer, int tokens)
    {
        if (gazetteer is null)
        {
            return;
        }
        var labels = NerWeights.Labels;
        for (var t = 0; t < tokens && t < gazetteer.Count; t++)
        {
            foreach (var value in gazetteer[t])
            {
                // "LB-ORG" or "LI-PER", not the kinds ("LB-ORG:club"): one push per type.
                if (value.Length > 3 && value[0] == 'L' && value[2] == '-' && !value.Contains(':', StringComparison.Ordinal))
                {
                    var label = NerLabels.IndexOf(value[1..]);
                    if (label > 0)
                    {
                        scores[t * labels + label] += Weight;
                    }
                }
            }
        }
    }
}
