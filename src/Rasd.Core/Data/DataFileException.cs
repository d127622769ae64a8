namespace Rasd.Core.Data;

/// <summary>
/// A shipped or user-supplied data file (ingest rules, knowledge base, lexicons) is malformed.
/// Raised only while loading, so a broken file stops the program at start instead of silently
/// skipping text later.
/// </summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the error for a file and 1-based line.</summary>
    public DataFileException(string file, int line, string problem)
        : base($"{file} line {line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the error without a location.</summary>
    public DataFileException() : base("malformed data file") => File = string.Empty;

    /// <summary>Creates the error without a location.</summary>
    public DataFileException(string message) : base(message) => File = string.Empty;

    /// <summary>Creates the error without a location.</summary>
    public DataFileException(string message, Exception inner) : base(message, inner) => File = string.Empty;

    /// <summary>The data file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault (0 when the file as a whole is at fault).</summary>
    public int Line { get; }
}
