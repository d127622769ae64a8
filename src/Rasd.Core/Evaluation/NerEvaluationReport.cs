using System.Globalization;

namespace Rasd.Core.Evaluation;

/// <summary>Writes an evaluation as conlleval-like plain text: one row per type, then the micro average.</summary>
public static class NerEvaluationReport
{
    /// <summary>Writes the table for <paramref name="evaluation"/> to <paramref name="writer"/>.</summary>
    public static void Write(NerEvaluation evaluation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sentences {evaluation.Sentences}, tokens {evaluation.Tokens}"));
        writer.WriteLine("type   precision  recall      F1    gold  predicted  correct");
        foreach (var score in evaluation.ByType)
        {
            WriteRow(score, writer);
        }
        WriteRow(evaluation.Micro, writer);
    }

    private static void WriteRow(EntityScore score, TextWriter writer) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{score.Type,-5} {score.Precision,10:0.0000} {score.Recall,7:0.0000} {score.F1,7:0.0000} {score.Gold,7} {score.Predicted,10} {score.Correct,8}"));
}
