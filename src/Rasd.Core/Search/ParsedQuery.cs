using System.Text;

namespace Rasd.Core.Search;

/// <summary>
/// A query in index form: clauses that must all match, each one term or a phrase of terms
/// (terms are <see cref="Text.SearchText"/> terms: normalised, light-stemmed).
/// </summary>
/// <param name="Clauses">Each clause's terms, in order; a clause of several terms is a phrase.</param>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<string>> Clauses)
{
    /// <summary>True when the query has no searchable term (only punctuation, or nothing).</summary>
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Every distinct term of the query, for highlighting.</summary>
    public IReadOnlySet<string> Terms { get; } = Clauses.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The FTS5 MATCH expression: every term double-quoted (so no term is read as an operator),
    /// phrases as one quoted string, clauses joined by implicit AND.
    /// </summary>
    public string ToFts5()
    {
        var builder = new StringBuilder();
        foreach (var clause in Clauses)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            // Terms never contain quotes or spaces (SearchText keeps letters and digits only),
            // but double any quote anyway so a future change cannot open an injection.
            builder.Append('"').Append(string.Join(' ', clause).Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return builder.ToString();
    }
}
