using Rasd.Core.Recognition;

namespace Rasd.Cli.Commands;

/// <summary>The statistical tagger the CLI uses beside the rules, when one is shipped.</summary>
internal static class NerModels
{
    /// <summary>The shipped model, or null while none is shipped.</summary>
    public static ITokenTagger? Default() => null;
}
