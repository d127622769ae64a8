namespace Rasd.Core.Evaluation;

/// <summary>Scores of a tagger run and how long the tagging took.</summary>
/// <param name="Scores">Per-type and micro-averaged exact-match scores.</param>
/// <param name="Elapsed">Wall time spent tagging and scoring.</param>
public sealed record TaggerEvaluationResult(NerEvaluation Scores, TimeSpan Elapsed);
