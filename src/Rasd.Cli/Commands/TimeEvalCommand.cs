using System.CommandLine;
using System.Globalization;
using Rasd.Core.Evaluation.TimeMl;
using Rasd.Core.Time;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd eval timeml DIR --reference 2015-12-20 [--summary-only]</c>: scores time expressions against TimeML gold.</summary>
internal static class TimeEvalCommand
{
    internal static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Directory of .tml files, e.g. ../shared/data/timeml" };
        var reference = new Option<string>("--reference") { Description = "Reference (document creation) date, yyyy-MM-dd", DefaultValueFactory = _ => "2015-12-20" };
        var summaryOnly = new Option<bool>("--summary-only") { Description = "Print the totals only" };
        var command = new Command("timeml", "Time-expression span F1, type and value accuracy against TimeML TIMEX3 gold")
        {
            directory, reference, summaryOnly,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!DateOnly.TryParseExact(parse.GetValue(reference), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("--reference must be a date, yyyy-MM-dd");
                return 2;
            }
            var dir = parse.GetValue(directory)!;
            if (!Directory.Exists(dir))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"no such directory: {dir}");
                return 2;
            }
            var documents = TimeMlReader.ReadDirectory(dir);
            var (score, lines) = TimeMlScorer.Evaluate(documents, TimeTagger.Default, day);
            if (!parse.GetValue(summaryOnly))
            {
                foreach (var line in lines)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await output.WriteLineAsync(Format(line));
                }
            }
            await output.WriteLineAsync(Invariant($"documents {documents.Count}, reference {day:yyyy-MM-dd}: gold {score.Gold}, predicted {score.Predicted}"));
            await output.WriteLineAsync(Invariant($"span (overlap): P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000} ({score.Overlap} matched)"));
            await output.WriteLineAsync(Invariant($"span (strict):  P {score.StrictPrecision:0.000} R {score.StrictRecall:0.000} F1 {score.StrictF1:0.000} ({score.Strict} exact)"));
            await output.WriteLineAsync(Invariant($"type accuracy {score.TypeAccuracy:0.000}, value accuracy {score.ValueAccuracy:0.000} (all matched); DATE value accuracy {score.DateValueAccuracy:0.000} ({score.DateValueRight}/{score.DateMatched})"));
            return 0;
        });
        return command;
    }

    private static string Format(TimeMlLine line)
    {
        var gold = line.Gold is { } g ? $"{g.Text} [{g.Type} {g.Value}{(g.Mod is null ? "" : " " + g.Mod)}]" : "-";
        var predicted = line.Predicted is { } p
            ? $"{p.Expression.Text} [{TimeMlScorer.TypeName(p.Expression.Type)} {p.Value.Value}{(p.Value.Mod is null ? "" : " " + p.Value.Mod)}]"
            : "-";
        return $"{line.Outcome,-8} {line.Document,-6} gold {gold} | predicted {predicted}";
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
