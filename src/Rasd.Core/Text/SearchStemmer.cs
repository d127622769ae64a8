using System.Buffers;
using Lucene.Net.Analysis.Ar;

namespace Rasd.Core.Text;

/// <summary>
/// Light stemming for the search index, by Lucene's <see cref="ArabicStemmer"/> (Larkey,
/// Ballesteros and Connell's light-10 stemmer): it strips the article with its
/// conjunction/preposition (ال وال بال كال فال لل و) and common suffixes (ها ان ات ون ين يه ه ي),
/// so الأسد, للأسد and والأسد index as one term. Too aggressive for entity lookup — use
/// <see cref="CliticAnalyzer"/> there — but right for recall in full-text search.
/// </summary>
public static class SearchStemmer
{
    /// <summary>
    /// Lucene's stemmer holds no per-call state (its affix tables are static), so one
    /// instance serves every thread.
    /// </summary>
    private static readonly ArabicStemmer Stemmer = new();

    /// <summary>The light stem of a word already normalised with <see cref="ArabicNormalizer.NormalizeKey"/>.</summary>
    public static string Stem(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        if (normalizedWord.Length == 0)
        {
            return normalizedWord;
        }
        // The stemmer works in place on a char[]; a pooled buffer avoids one array per word.
        var buffer = ArrayPool<char>.Shared.Rent(normalizedWord.Length);
        try
        {
            normalizedWord.CopyTo(buffer);
            var length = Stemmer.Stem(buffer, normalizedWord.Length);
            return length == normalizedWord.Length ? normalizedWord : new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
