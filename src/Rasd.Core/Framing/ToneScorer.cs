using Rasd.Core.Text;

namespace Rasd.Core.Framing;

/// <summary>
/// Lexicon tone: each word's weight from <c>tone.tsv</c> (the word as written, else its
/// readings without clitics), its sign turned when a negator stands one or two words before it.
/// </summary>
internal static class ToneScorer
{
    /// <summary>Weight of every token (0 for most), aligned with the tokens.</summary>
    public static double[] Weights(FramingWords words, FramingLexicon lexicon)
    {
        var keys = words.Keys;
        var weights = new double[keys.Length];
        int previous = -1, beforePrevious = -1; // the last two word tokens
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }
            var weight = Lookup(key, lexicon);
            if (weight != 0 && (IsNegator(keys, previous, lexicon) || IsNegator(keys, beforePrevious, lexicon)))
            {
                weight = -weight;
            }
            weights[i] = weight;
            (beforePrevious, previous) = (previous, i);
        }
        return weights;
    }

    /// <summary>Tone over tokens [<paramref name="from"/>, <paramref name="to"/>), skipping those in <paramref name="skip"/>.</summary>
    public static ToneScore Sum(FramingWords words, double[] weights, int from, int to, TextSpan skip = default)
    {
        double positive = 0, negative = 0;
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (words.Keys[i] is null || (skip.Length > 0 && words.Tokens[i].Span.Start < skip.End && skip.Start < words.Tokens[i].Span.End))
            {
                continue;
            }
            count++;
            if (weights[i] > 0)
            {
                positive += weights[i];
            }
            else
            {
                negative -= weights[i];
            }
        }
        return new ToneScore(positive, negative, count);
    }

    private static double Lookup(string key, FramingLexicon lexicon)
    {
        if (lexicon.Tone.TryGetValue(key, out var weight))
        {
            return weight;
        }
        if (key.Length <= 3)
        {
            return 0; // too short to carry a clitic and still be a lexicon word worth guessing at
        }
        foreach (var candidate in CliticAnalyzer.Candidates(key))
        {
            if (lexicon.Tone.TryGetValue(candidate.Stem, out weight))
            {
                return weight;
            }
        }
        return 0;
    }

    private static bool IsNegator(string?[] keys, int index, FramingLexicon lexicon) =>
        index >= 0 && keys[index] is { } key && lexicon.Negators.Contains(key);
}
