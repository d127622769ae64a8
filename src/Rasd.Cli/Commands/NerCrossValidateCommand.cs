using System.CommandLine;
using System.Globalization;
using Rasd.Core;
using Rasd.Core.Evaluation;
using Rasd.Core.Knowledge;
using Rasd.Core.Recognition.Ner;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd ner cv FILE [--holdout F] [--folds K]</c>: k-fold cross-validation of the shipped
/// training recipe over the first (1 − holdout) of a CoNLL file, the held-out tail never read.
/// Prints each fold's micro F1 and the pooled table.
/// </summary>
internal static class NerCrossValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CoNLL file: 'token TAG' per line, blank line between sentences" };
        var holdout = new Option<double>("--holdout") { Description = "Fraction of sentences at the end left out (never read)", DefaultValueFactory = _ => 0.2 };
        var folds = new Option<int>("--folds") { Description = "Contiguous blocks, each tagged by a model trained on the others", DefaultValueFactory = _ => 5 };
        var gazetteer = new Option<bool>("--no-gazetteer") { Description = "Train without the gazetteer features" };
        var command = new Command("cv", "Cross-validate the NER training recipe on the first (1 - holdout) of a CoNLL file") { file, holdout, folds, gazetteer };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"rasd: {path}: no such file");
                return 1;
            }
            var k = parse.GetValue(folds);
            var read = ConllReader.ReadFile(path);
            var sentences = ConllSplit.Slice(read.Sentences, 0, 1 - parse.GetValue(holdout));
            if (k < 2 || sentences.Count < k)
            {
                error.WriteLine($"rasd: --folds must be at least 2 and at most the {sentences.Count} training sentences");
                return 1;
            }
            var options = new NerTrainingOptions
            {
                Triggers = TriggerLexicon.Load(RasdData.File("ner/triggers.tsv")),
                Gazetteer = parse.GetValue(gazetteer) ? null : KbGazetteerFeatures.CreateDefault(KnowledgeBaseLoader.LoadDefault()),
            };
            var results = NerCrossValidation.Run(sentences, options, k);
            for (var fold = 0; fold < results.Count; fold++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold + 1}: micro F1 {results[fold].Micro.F1:0.0000}"));
            }
            NerEvaluationReport.Write(NerCrossValidation.Pool(results), output);
            return 0;
        });
        return command;
    }
}
