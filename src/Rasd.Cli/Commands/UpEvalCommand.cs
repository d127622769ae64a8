using System.CommandLine;
using System.Globalization;
using Rasd.Core.Evaluation.Up;
using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd eval up FILE [--summary-only]</c>: the PROTEST and ASSAULT families and the source's
/// country on the UP Arabic sentences, over all lines and over the held-out last third.
/// </summary>
internal static class UpEvalCommand
{
    internal static Command Create()
    {
        var file = new Argument<string>("file") { Description = "JSONL sentences, e.g. ../shared/data/events/up-arabic-sentences-dev.jsonl" };
        var summaryOnly = new Option<bool>("--summary-only") { Description = "Print the totals only" };
        var extra = CommonOptions.KnowledgeBase();
        var command = new Command("up", "Event family (PROTEST → 14x, ASSAULT → 18x/19x/20x) and source country per sentence of the UP Arabic set")
        {
            file, summaryOnly, extra,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"no such file: {path}");
                return 2;
            }
            var read = UpReader.Read(path);
            var kb = KnowledgeBaseLoader.LoadDefault(parse.GetValue(extra) ?? []);
            var analyzer = new DocumentAnalyzer(IngestRules.LoadDefault(), kb, NerModels.Default(kb));
            var lines = UpScorer.Evaluate(read.Sentences, analyzer, cancellationToken);
            if (!parse.GetValue(summaryOnly))
            {
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(Format(line));
                }
            }
            foreach (var diagnostic in read.Diagnostics)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"rasd: {diagnostic.Path}:{diagnostic.Line}: {diagnostic.Message}");
            }
            // Lexicons are tuned on the first two thirds of the lines; the last third is held out.
            var cut = read.Sentences.Count * 2 / 3;
            await output.WriteLineAsync(Summary("all", UpScore.Of(lines)));
            await output.WriteLineAsync(Summary("first 2/3", UpScore.Of(lines.Take(cut))));
            await output.WriteLineAsync(Summary("last 1/3 (held out)", UpScore.Of(lines.Skip(cut))));
            return 0;
        });
        return command;
    }

    private static string Format(UpLine line)
    {
        var found = line.FamilyFound ? "found " : "MISSED";
        var codes = line.Codes.Count == 0 ? "-" : string.Join(',', line.Codes);
        var country = line.CountryRight switch { true => "ok", false => "WRONG", null => "" };
        var ours = line.OurCountries.Count == 0 ? "-" : string.Join(',', line.OurCountries);
        return $"{line.Sentence.Id}  {line.Sentence.Category,-7} {found} codes {codes}  source gold {line.Sentence.SourceCountry ?? "-"} ours {ours} {country}";
    }

    private static string Summary(string name, UpScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: sentences {s.Sentences}, family found {s.Found} ({s.FamilyRecall:0.000}); source country right {s.CountryRight}/{s.CountryGraded} ({s.CountryAccuracy:0.000}) of those found with a coded source ({s.WithCountry} coded)");
}
