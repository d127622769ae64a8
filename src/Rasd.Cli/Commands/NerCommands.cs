using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rasd.Core;
using Rasd.Core.Evaluation;
using Rasd.Core.Knowledge;
using Rasd.Core.Resolution;
using Rasd.Core.Recognition;
using Rasd.Core.Recognition.Ner;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd ner train FILE [--holdout F] [--epochs N] [--no-gazetteer] --out MODEL</c> and
/// <c>rasd ner eval FILE... [--from-fraction F] [--to-fraction F] [--tagger model|FILE] [--summary-only]</c>
/// and <c>rasd ner cv FILE [--holdout F] [--folds K]</c> (<see cref="NerCrossValidateCommand"/>).
/// </summary>
internal static class NerCommands
{
    /// <summary>The <c>--tagger</c> value that means the shipped model.</summary>
    public const string ShippedModel = "model";

    /// <summary>The <c>--tagger</c> value for the whole entity pipeline: rules, linking, then the model.</summary>
    public const string Pipeline = "pipeline";

    /// <summary>
    /// The <c>ner</c> command. <paramref name="resolveTagger"/> turns a <c>--tagger</c> value into a
    /// tagger (by default: <c>model</c> is the shipped model, anything else a model file), so a
    /// composite tagger can be evaluated through the same command.
    /// </summary>
    public static Command Create(Func<string, ITokenTagger>? resolveTagger = null)
    {
        var command = new Command("ner", "Train and evaluate the named-entity tagger");
        command.Subcommands.Add(CreateTrain());
        command.Subcommands.Add(CreateEval(resolveTagger));
        command.Subcommands.Add(NerCrossValidateCommand.Create());
        return command;
    }

    public static Command CreateTrain()
    {
        var file = new Argument<string>("file") { Description = "CoNLL file: 'token TAG' per line, blank line between sentences" };
        var holdout = new Option<double>("--holdout") { Description = "Fraction of sentences at the end left out (never read)", DefaultValueFactory = _ => 0.2 };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => 1 };
        var triggers = new Option<string>("--triggers") { Description = "Trigger-word list (word TAB type)", DefaultValueFactory = _ => RasdData.File("ner/triggers.tsv") };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times in training", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount };
        var gazetteer = new Option<bool>("--no-gazetteer") { Description = "Train without the knowledge-base gazetteer features" };
        var output = new Option<string>("--out") { Description = "Model file to write", Required = true };

        var command = new Command("train", "Train the NER model on the first (1 - holdout) of a CoNLL file") { file, holdout, epochs, seed, triggers, minCount, gazetteer, output };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"rasd: {path}: no such file");
                return 1;
            }
            var read = ConllReader.ReadFile(path);
            ReportDiagnostics(read, error);
            var training = ConllSplit.Slice(read.Sentences, 0, 1 - parse.GetValue(holdout));
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                MinFeatureCount = parse.GetValue(minCount),
                Triggers = TriggerLexicon.Load(parse.GetValue(triggers)!),
                Gazetteer = parse.GetValue(gazetteer) ? null : KbGazetteerFeatures.CreateDefault(KnowledgeBaseLoader.LoadDefault()),
                EpochCompleted = (epoch, accuracy) => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: token accuracy {accuracy:0.0000}")),
            };
            var clock = Stopwatch.StartNew();
            var tagger = NerTrainer.Train(training, options);
            var trained = clock.Elapsed;
            var modelPath = parse.GetValue(output)!;
            tagger.Save(modelPath);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained on {training.Count} of {read.Sentences.Count} sentences in {trained.TotalSeconds:0.0} s; wrote {modelPath} ({new FileInfo(modelPath).Length / 1024.0:0} KiB)"));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The evaluation command, as <c>rasd ner eval</c> and, under <paramref name="name"/> <c>ner</c>,
    /// as <c>rasd eval ner</c> (the contract's name, beside the other <c>eval</c> measurements).
    /// </summary>
    public static Command CreateEval(Func<string, ITokenTagger>? resolveTagger = null, string name = "eval")
    {
        var files = new Argument<string[]>("file") { Description = "CoNLL files, read in order as one corpus", Arity = ArgumentArity.OneOrMore };
        var from = new Option<double>("--from-fraction") { Description = "Evaluate only sentences from this fraction on (0.8: the held-out tail)", DefaultValueFactory = _ => 0 };
        var to = new Option<double>("--to-fraction") { Description = "… up to this fraction", DefaultValueFactory = _ => 1 };
        var taggerOption = new Option<string>("--tagger") { Description = "'pipeline' (rules and linking over the knowledge base, then the shipped model), 'model' (the shipped model alone) or a model file", DefaultValueFactory = _ => ShippedModel };
        var summaryOnly = new Option<bool>("--summary-only") { Description = "Print only the score table, not 'token gold predicted' lines" };

        var command = new Command(name, "Score a tagger against CoNLL files (exact-match P/R/F1, conlleval semantics)") { files, from, to, taggerOption, summaryOnly };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetValue(files)!;
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                error.WriteLine($"rasd: {missing}: no such file");
                return 1;
            }
            var read = ConllReader.ReadFiles(paths);
            ReportDiagnostics(read, error);
            var sentences = ConllSplit.Slice(read.Sentences, parse.GetValue(from), parse.GetValue(to));
            var tagger = (resolveTagger ?? DefaultTagger)(parse.GetValue(taggerOption)!);
            // The evaluated sentences are in corpus order: tag them as one running document.
            tagger = tagger is NerTagger { UsesDocumentContext: true } ner ? ner.BeginDocument() : tagger;
            var result = TaggerEvaluation.Run(sentences, tagger, parse.GetValue(summaryOnly) ? null : output);
            NerEvaluationReport.Write(result.Scores, output);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagged in {result.Elapsed.TotalSeconds:0.00} s"));
            return 0;
        });
        return command;
    }

    /// <summary>The shipped model or a model file, with the shipped knowledge base's gazetteer when it was trained with one.</summary>
    private static ITokenTagger DefaultTagger(string name)
    {
        var kb = KnowledgeBaseLoader.LoadDefault();
        var model = NerModels.Load(name is ShippedModel or Pipeline ? NerTagger.DefaultModelPath : name, kb);
        return name == Pipeline ? new PipelineTagger(new EntityExtractor(kb), model) : model;
    }

    private static void ReportDiagnostics(ConllReadResult read, TextWriter error)
    {
        foreach (var diagnostic in read.Diagnostics)
        {
            error.WriteLine($"rasd: {diagnostic}");
        }
    }
}
