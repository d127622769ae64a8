namespace Rasd.Core.Ingest;

/// <summary>
/// A shipped or user-supplied ingest data file is malformed. Raised only while loading rules, so a
/// broken pattern stops the program at start instead of silently skipping text later.
/// </summary>
public sealed class IngestRulesException : Exception
{
    /// <summary>Creates the error for a file and 1-based line.</summary>
    public IngestRulesException(string file, int line, string problem)
        : base($"{file} line {line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the error without a location.</summary>
    public IngestRulesException() : base("malformed ingest rules") => File = string.Empty;

    /// <summary>Creates the error without a location.</summary>
    public IngestRulesException(string message) : base(message) => File = string.Empty;

    /// <summary>Creates the error without a location.</summary>
    public IngestRulesException(string message, Exception inner) : base(message, inner) => File = string.Empty;

    /// <summary>The data file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault (0 when the file as a whole is at fault).</summary>
    public int Line { get; }
}
