namespace Rasd.Core.Evaluation;

/// <summary>The result of comparing predicted tags with reference tags.</summary>
/// <param name="ByType">One score per entity type seen in either, ordered by type name.</param>
/// <param name="Micro">Counts summed over all types.</param>
/// <param name="Tokens">Tokens compared.</param>
/// <param name="Sentences">Sentences compared.</param>
public sealed record NerEvaluation(IReadOnlyList<EntityScore> ByType, EntityScore Micro, int Tokens, int Sentences);
