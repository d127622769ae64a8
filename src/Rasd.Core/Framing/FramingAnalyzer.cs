using Rasd.Core.Resolution;
using Rasd.Core.Text;

namespace Rasd.Core.Framing;

/// <summary>
/// The framing stage: naming markers and scare quotes, the lexicon tone of the document and of
/// the words around each entity mention. Runs after entity linking, whose mentions give markers
/// their targets. Immutable and thread-safe: build one and analyse from any number of threads.
/// </summary>
public sealed class FramingAnalyzer
{
    /// <summary>Words either side of a mention whose tone is the mention's (within its sentence).</summary>
    public const int MentionWindow = 8;

    private readonly FramingLexicon _lexicon;

    /// <summary>An analyser over <paramref name="lexicon"/>, by default the shipped one.</summary>
    public FramingAnalyzer(FramingLexicon? lexicon = null) => _lexicon = lexicon ?? FramingLexicon.Default;

    /// <summary>The framing of one analysed document.</summary>
    public DocumentFraming Analyze(AnalysedText text, ResolvedEntities entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var words = new FramingWords(text);
        var markers = new List<FramingMarker>();
        MarkerFinder.Find(words, _lexicon, entities.Mentions, markers);
        ScareQuoteFinder.Find(words, entities.Mentions, markers);
        markers.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var weights = ToneScorer.Weights(words, _lexicon);
        var tone = ToneScorer.Sum(words, weights, 0, weights.Length);

        var mentions = new List<MentionFraming>(entities.Mentions.Count);
        foreach (var mention in entities.Mentions)
        {
            var sentence = words.SentenceAt(mention.Span.Start);
            int first = words.TokenAt(mention.Span.Start), last = words.TokenAt(mention.Span.End);
            var from = StepWords(words, first, -MentionWindow, sentence);
            var to = StepWords(words, last, MentionWindow, sentence);
            mentions.Add(new MentionFraming(mention.Span, mention.EntityId, ToneScorer.Sum(words, weights, from, to, mention.Span),
                NamingStance(markers, mention.Span)));
        }
        return new DocumentFraming(markers.AsReadOnly(), tone, mentions.AsReadOnly());
    }

    /// <summary>Token index <paramref name="count"/> words away from <paramref name="start"/>, staying inside the sentence.</summary>
    private static int StepWords(FramingWords words, int start, int count, TextSpan sentence)
    {
        var step = Math.Sign(count);
        var i = start;
        var remaining = Math.Abs(count);
        while (remaining > 0)
        {
            var next = step < 0 ? i - 1 : i;
            if (next < 0 || next >= words.Tokens.Count || words.Tokens[next].Span.Start < sentence.Start || words.Tokens[next].Span.End > sentence.End)
            {
                break;
            }
            if (words.Keys[next] is not null)
            {
                remaining--;
            }
            i += step;
        }
        return i;
    }

    private static string? NamingStance(List<FramingMarker> markers, TextSpan span)
    {
        foreach (var marker in markers)
        {
            if (marker.Category != FramingCategories.ScareQuote && marker.Span.Start < span.End && span.Start < marker.Span.End)
            {
                return marker.Stance;
            }
        }
        return null;
    }
}
