using Rasd.Core.Text;

namespace Rasd.Core.Search;

/// <summary>
/// Turns what a user typed into index terms: words outside double quotes are separate clauses
/// (all must match, anywhere), words inside a pair of double quotes (<c>"..."</c>, <c>“...”</c>
/// or <c>«...»</c>) form one phrase. Every word goes through <see cref="SearchText"/>, exactly
/// as the indexed text did, so الأسد, الاسد, للأسد and والأسد are one term. Never throws on
/// user input: an unclosed quote runs to the end of the query.
/// </summary>
public static class SearchQueryParser
{
    /// <summary>The clauses of <paramref name="query"/>.</summary>
    public static ParsedQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clauses = new List<IReadOnlyList<string>>();
        var position = 0;
        while (position < query.Length)
        {
            var open = query.IndexOfAny(['"', '“', '«'], position);
            var plainEnd = open < 0 ? query.Length : open;
            foreach (var term in SearchText.Terms(query[position..plainEnd]))
            {
                clauses.Add([term]);
            }
            if (open < 0)
            {
                break;
            }
            var close = query.IndexOfAny(['"', '”', '»'], open + 1);
            var phraseEnd = close < 0 ? query.Length : close;
            if (SearchText.Terms(query[(open + 1)..phraseEnd]) is { Count: > 0 } phrase)
            {
                clauses.Add(phrase);
            }
            position = phraseEnd + 1;
        }
        return new ParsedQuery(clauses.AsReadOnly());
    }
}
