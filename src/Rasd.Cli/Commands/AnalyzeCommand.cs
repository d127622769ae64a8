using System.CommandLine;
using Rasd.Core.Data;
using Rasd.Core.Knowledge;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd analyze PATH... [--db FILE]</c>: read, clean, analyse and store articles.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files or folders (recursive): .txt .html .xml/.rss/.atom .json .jsonl .zip",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var kb = CommonOptions.KnowledgeBase();

        var command = new Command("analyze", "Ingest and analyse articles into the database") { paths, database, kb };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(configuration.Output) });
            var dbPath = parse.GetValue(database)!;
            try
            {
                // Draw a progress bar only for a person at a terminal, never into pipes or tests.
                var interactive = ReferenceEquals(configuration.Output, Console.Out) && !Console.IsOutputRedirected;
                var knowledge = KnowledgeBaseLoader.LoadDefault(parse.GetValue(kb) ?? []);
                var analyzer = new DocumentAnalyzer(IngestRules.LoadDefault(), knowledge, NerModels.Default(knowledge));
                var runner = new AnalyzeRunner(interactive ? new TerminalProgress(AnsiConsole.Console) : new SilentProgress(), analyzer);
                var summary = await runner.RunAsync(parse.GetValue(paths)!, dbPath, cancellationToken);
                Report.Summary(console, summary, dbPath);
                foreach (var failure in summary.Failures)
                {
                    await configuration.Error.WriteLineAsync($"rasd: {failure.SourcePath}: {failure.Reason}");
                }
                return summary.Failures.Count == 0 ? 0 : 1;
            }
            catch (Exception e) when (e is StoreException or DataFileException)
            {
                await configuration.Error.WriteLineAsync($"rasd: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
