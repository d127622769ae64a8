using System.CommandLine;

namespace Rasd.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "rasd.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file (created if missing)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string[]> KnowledgeBase() => new("--kb")
    {
        Description = "Extra knowledge-base folder(s) with the same file names as data/kb (see docs/knowledge-base.md); their rows win",
        AllowMultipleArgumentsPerToken = false,
    };
}
