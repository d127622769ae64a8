using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Evaluation.TimeMl;

/// <summary>One line of the comparison: a gold expression, a predicted one, or a matched pair.</summary>
/// <param name="Document">Document name.</param>
/// <param name="Gold">The gold expression, if any.</param>
/// <param name="Predicted">The predicted expression and its value, if any.</param>
/// <param name="Outcome"><c>ok</c>, <c>MISS</c>, <c>SPURIOUS</c>, <c>TYPE</c> or <c>VALUE</c>.</param>
public sealed record TimeMlLine(string Document, GoldTimex? Gold, (TimeExpression Expression, TimexValue Value)? Predicted, string Outcome);

/// <summary>Totals of a TimeML evaluation.</summary>
public sealed record TimeMlScore(int Gold, int Predicted, int Overlap, int Strict, int TypeRight, int ValueRight, int DateMatched, int DateValueRight)
{
    /// <summary>Overlap-match precision.</summary>
    public double Precision => Ratio(Overlap, Predicted);
    /// <summary>Overlap-match recall.</summary>
    public double Recall => Ratio(Overlap, Gold);
    /// <summary>Overlap-match F1.</summary>
    public double F1 => Harmonic(Precision, Recall);
    /// <summary>Strict (exact span) precision.</summary>
    public double StrictPrecision => Ratio(Strict, Predicted);
    /// <summary>Strict (exact span) recall.</summary>
    public double StrictRecall => Ratio(Strict, Gold);
    /// <summary>Strict (exact span) F1.</summary>
    public double StrictF1 => Harmonic(StrictPrecision, StrictRecall);
    /// <summary>Type accuracy over matched pairs.</summary>
    public double TypeAccuracy => Ratio(TypeRight, Overlap);
    /// <summary>Value accuracy over matched pairs.</summary>
    public double ValueAccuracy => Ratio(ValueRight, Overlap);
    /// <summary>Value accuracy over matched pairs whose gold type is DATE.</summary>
    public double DateValueAccuracy => Ratio(DateValueRight, DateMatched);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// Scores <see cref="TimeTagger"/> and <see cref="TimeNormalizer"/> against TimeML gold: spans matched
/// one-to-one by overlap (in order, each gold with the first unused prediction overlapping it), strict
/// span counts, then type and value on matched pairs.
/// </summary>
public static class TimeMlScorer
{
    /// <summary>Tags and normalises every document against <paramref name="reference"/> and compares with the gold.</summary>
    public static (TimeMlScore Score, IReadOnlyList<TimeMlLine> Lines) Evaluate(IEnumerable<TimeMlDocument> documents, TimeTagger tagger, DateOnly reference)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tagger);
        var lines = new List<TimeMlLine>();
        int gold = 0, predicted = 0, overlap = 0, strict = 0, typeRight = 0, valueRight = 0, dates = 0, dateRight = 0;
        foreach (var doc in documents)
        {
            var found = tagger.Tag(TextAnalyzer.Analyze(doc.Text)).Select(e => (Expression: e, Value: TimeNormalizer.Normalize(e, reference))).ToList();
            gold += doc.Timexes.Count;
            predicted += found.Count;
            var used = new bool[found.Count];
            var events = new List<(int Position, TimeMlLine Line)>();
            foreach (var g in doc.Timexes)
            {
                var k = FirstOverlapping(found, used, g.Span);
                if (k < 0)
                {
                    events.Add((g.Span.Start, new TimeMlLine(doc.Name, g, null, "MISS")));
                    continue;
                }
                used[k] = true;
                var p = found[k];
                overlap++;
                strict += p.Expression.Span == g.Span ? 1 : 0;
                var typeOk = string.Equals(TypeName(p.Expression.Type), g.Type, StringComparison.OrdinalIgnoreCase);
                var valueOk = string.Equals(p.Value.Value, g.Value, StringComparison.Ordinal);
                typeRight += typeOk ? 1 : 0;
                valueRight += valueOk ? 1 : 0;
                if (string.Equals(g.Type, "DATE", StringComparison.OrdinalIgnoreCase))
                {
                    dates++;
                    dateRight += valueOk ? 1 : 0;
                }
                events.Add((g.Span.Start, new TimeMlLine(doc.Name, g, p, valueOk ? (typeOk ? "ok" : "TYPE") : "VALUE")));
            }
            for (var k = 0; k < found.Count; k++)
            {
                if (!used[k])
                {
                    events.Add((found[k].Expression.Span.Start, new TimeMlLine(doc.Name, null, found[k], "SPURIOUS")));
                }
            }
            lines.AddRange(events.OrderBy(e => e.Position).Select(e => e.Line));
        }
        return (new TimeMlScore(gold, predicted, overlap, strict, typeRight, valueRight, dates, dateRight), lines);
    }

    private static int FirstOverlapping(List<(TimeExpression Expression, TimexValue Value)> found, bool[] used, TextSpan gold)
    {
        for (var j = 0; j < found.Count; j++)
        {
            if (!used[j] && found[j].Expression.Span.Start < gold.End && gold.Start < found[j].Expression.Span.End)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>The TIMEX3 name of a type: DATE, TIME, DURATION, SET.</summary>
    public static string TypeName(TimexType type) => type.ToString().ToUpperInvariant();
}
