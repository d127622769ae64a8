using System.Text;

namespace Rasd.Core.Text;

/// <summary>
/// The text that goes into the SQLite FTS5 index, and the terms of a query, processed the
/// same way so they meet: Arabic words, Latin words and numbers from <see cref="Tokenizer"/>,
/// normalised with <see cref="ArabicNormalizer.NormalizeKey"/>, Latin lower-cased, Arabic
/// light-stemmed with <see cref="SearchStemmer"/>. Punctuation and symbols are dropped.
/// </summary>
public static class SearchText
{
    /// <summary>The index text of <paramref name="text"/>: its terms joined by single spaces.</summary>
    public static string Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (Term(text, token) is { Length: > 0 } term)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(term);
            }
        }
        return builder.ToString();
    }

    /// <summary>The terms of a search query, processed exactly as <see cref="Build"/> processes text.</summary>
    public static IReadOnlyList<string> Terms(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(query))
        {
            if (Term(query, token) is { Length: > 0 } term)
            {
                terms.Add(term);
            }
        }
        return terms.AsReadOnly();
    }

    /// <summary>
    /// The index term of one token of <paramref name="text"/>, or null for punctuation and
    /// symbols: lets callers map index terms back to the words of the original text.
    /// </summary>
    public static string? Term(string text, Token token)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = ArabicNormalizer.NormalizeKey(token.Span.Slice(text));
        return token.Kind switch
        {
            TokenKind.ArabicWord => SearchStemmer.Stem(key),
            // The index compares case-insensitively; lower case is FTS5's own convention.
#pragma warning disable CA1308
            TokenKind.LatinWord => key.ToLowerInvariant(),
#pragma warning restore CA1308
            TokenKind.Number => key,
            _ => null,
        };
    }
}
