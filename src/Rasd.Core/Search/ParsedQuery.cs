using System.Text;

namespace Rasd.Core.Search;

/// <summary>
/// A query in index form: clauses that must all match, each one term or a phrase of terms
/// (terms are <see cref="Text.SearchText"/> terms: normalised, light-stemmed).
/// </summary>
/// <param name="Clauses">Each clause's terms, in order; a clause of several terms is a phrase.</param>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<string>> Clauses)
{
    /// <summary>
    /// The one-letter proclitics the light stemmer leaves on a word without the article
    /// (بموسكو، لطهران، كرئيس، فقال — it strips only و and the article with its prefixes), so a
    /// single-word clause also matches them: a query-side expansion, so the index stays as built.
    /// </summary>
    private const string BareProclitics = "بلكف";

    /// <summary>
    /// Shorter stems are not expanded: ف + اسد is فاسد "spoiled", ب + حوث (the stem of الحوثيين)
    /// is بحوث "research" — measured on SaudiNewsNet, such false friends filled the top hits.
    /// </summary>
    private const int MinExpandedLength = 4;

    /// <summary>True when the query has no searchable term (only punctuation, or nothing).</summary>
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Every distinct term of the query and of its clitic expansions, for highlighting.</summary>
    public IReadOnlySet<string> Terms { get; } = Clauses
        .SelectMany(c => c.Count == 1 ? Expansions(c[0]) : c)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>A single-word clause's term and its forms with a bare one-letter proclitic.</summary>
    public static IEnumerable<string> Expansions(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        yield return term;
        if (term.Length >= MinExpandedLength && Text.ArabicChars.IsArabicLetter(term[0]))
        {
            foreach (var proclitic in BareProclitics)
            {
                yield return proclitic + term;
            }
        }
    }

    /// <summary>
    /// The FTS5 MATCH expression: every term double-quoted (so no term is read as an operator),
    /// phrases as one quoted string, clauses joined by AND; a single-word clause is its term OR its clitic expansions.
    /// </summary>
    public string ToFts5()
    {
        var builder = new StringBuilder();
        foreach (var clause in Clauses)
        {
            if (builder.Length > 0)
            {
                builder.Append(" AND "); // FTS5 reads no implicit AND before a parenthesis
            }
            // Terms never contain quotes or spaces (SearchText keeps letters and digits only),
            // but Quote doubles any quote anyway so a future change cannot open an injection.
            if (clause.Count == 1 && Expansions(clause[0]).Skip(1).Any())
            {
                builder.Append('(').AppendJoin(" OR ", Expansions(clause[0]).Select(Quote)).Append(')');
            }
            else
            {
                builder.Append(Quote(string.Join(' ', clause)));
            }
        }
        return builder.ToString();
    }

    private static string Quote(string terms) => $"\"{terms.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
