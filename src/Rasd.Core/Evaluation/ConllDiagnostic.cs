namespace Rasd.Core.Evaluation;

/// <summary>A line of a CoNLL file that could not be read; the reader skips it and goes on.</summary>
/// <param name="Path">The file, as given to the reader.</param>
/// <param name="Line">One-based line number.</param>
/// <param name="Message">What was wrong.</param>
public sealed record ConllDiagnostic(string Path, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}:{Line}: {Message}");
}
