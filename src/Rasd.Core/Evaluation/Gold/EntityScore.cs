namespace Rasd.Core.Evaluation.Gold;

/// <summary>A gold entity of one document: canonical English name, type, and the Arabic forms the text uses.</summary>
public sealed record GoldEntity(string Name, string Type, IReadOnlyList<string> Arabic);

/// <summary>An entity the system output for a document.</summary>
public sealed record PredictedEntity(string? NameEn, string Type, IReadOnlyList<string> Arabic);

/// <summary>Entity-level precision and recall of one document or a whole set.</summary>
public sealed record EntityScore(int Gold, int Predicted, int GoldFound, int PredictedCorrect, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    /// <summary>Correct predictions over all predictions (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)PredictedCorrect / Predicted;

    /// <summary>Gold entities found over all gold entities (1 when there are none).</summary>
    public double Recall => Gold == 0 ? 1 : (double)GoldFound / Gold;

    /// <summary>
    /// Scores one document: a prediction matches a gold entity of the same type by English name,
    /// or, for an entity the system could not name in English, by one of its Arabic forms.
    /// </summary>
    public static EntityScore Of(IReadOnlyList<GoldEntity> gold, IReadOnlyList<PredictedEntity> predicted)
    {
        bool Matches(GoldEntity g, PredictedEntity p) =>
            g.Type == p.Type
            && ((p.NameEn is { } en && GoldNames.EnglishKey(en) == GoldNames.EnglishKey(g.Name))
                || (p.NameEn is null && p.Arabic.Any(a => g.Arabic.Any(ga => GoldNames.ArabicKey(ga) == GoldNames.ArabicKey(a)))));

        var missed = gold.Where(g => !predicted.Any(p => Matches(g, p))).Select(g => $"{g.Type} {g.Name}").ToList();
        var spurious = predicted.Where(p => !gold.Any(g => Matches(g, p))).Select(p => $"{p.Type} {p.NameEn ?? (p.Arabic.Count > 0 ? p.Arabic[0] : "?")}").ToList();
        return new EntityScore(gold.Count, predicted.Count, gold.Count - missed.Count, predicted.Count - spurious.Count, missed, spurious);
    }

    /// <summary>Scores added up over documents (micro average).</summary>
    public static EntityScore Sum(IEnumerable<EntityScore> scores)
    {
        var all = scores.ToList();
        return new EntityScore(all.Sum(s => s.Gold), all.Sum(s => s.Predicted), all.Sum(s => s.GoldFound), all.Sum(s => s.PredictedCorrect),
            all.SelectMany(s => s.Missed).ToList(), all.SelectMany(s => s.Spurious).ToList());
    }
}
