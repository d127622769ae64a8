using Rasd.Core.Data;
namespace Rasd.Core.Ingest;

/// <summary>
/// Everything the cleaning step knows, loaded from the <c>data/ingest/</c> files: boilerplate
/// patterns, dateline patterns, month names and the outlets table. Immutable once loaded.
/// </summary>
public sealed class IngestRules
{
    private IngestRules(BoilerplateRules boilerplate, DatelineRules datelines, MonthTable months, OutletTable outlets)
    {
        Boilerplate = boilerplate;
        Datelines = datelines;
        Months = months;
        Outlets = outlets;
    }

    /// <summary>The outlets table.</summary>
    public OutletTable Outlets { get; }

    internal BoilerplateRules Boilerplate { get; }

    internal DatelineRules Datelines { get; }

    internal MonthTable Months { get; }

    /// <summary>Loads the rules shipped in <c>data/ingest/</c> next to the binary.</summary>
    /// <exception cref="DataFileException">A file is missing or a line is malformed.</exception>
    public static IngestRules LoadDefault() => Load(RasdData.File("ingest"));

    /// <summary>Loads the rules from a folder holding the four ingest data files.</summary>
    /// <exception cref="DataFileException">A file is missing or a line is malformed; the message names both.</exception>
    public static IngestRules Load(string directory)
    {
        var months = MonthTable.Load(Path.Combine(directory, "months.tsv"));
        return new IngestRules(
            BoilerplateRules.Load(Path.Combine(directory, "boilerplate.tsv")),
            DatelineRules.Load(Path.Combine(directory, "datelines.tsv"), months),
            months,
            OutletTable.Load(Path.Combine(directory, "outlets.tsv")));
    }
}
