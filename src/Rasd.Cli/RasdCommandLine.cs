using System.CommandLine;
using Rasd.Cli.Commands;

namespace Rasd.Cli;

/// <summary>The <c>rasd</c> command tree. Its shape is a contract: see docs/cli.md.</summary>
internal static class RasdCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Rasd: Arabic news event intelligence — turns raw Arabic articles into a queryable record.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(KbCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(NerCommands.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
