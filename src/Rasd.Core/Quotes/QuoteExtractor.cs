using Rasd.Core.Knowledge;
using Rasd.Core.Resolution;
using Rasd.Core.Text;

namespace Rasd.Core.Quotes;

/// <summary>
/// The quote stage: direct quotes (in “ ” « » " marks, after «قال …:», bullet lists of
/// statements) and indirect speech (أكد أن، قال إن، أشار إلى أن), each with its speaker and the
/// outlet it is attributed to. Immutable and thread-safe; build once and reuse.
/// </summary>
/// <remarks>
/// One pass over the document in text order. Speech acts (<see cref="SpeechActFinder"/>) and
/// quotations that no verb introduces are taken as they come; whatever a quote covers is
/// consumed, so a verb inside a reported clause («إن “الاجتماع التاريخي” أكد “…”») does not
/// start a second quote. Speakers carried over (وأضاف، مؤكدا، الوزير السوري) come from the
/// acts read before, never from later text.
/// </remarks>
public sealed partial class QuoteExtractor
{
    private readonly QuoteLexicon _lexicon;
    private readonly KnowledgeBase? _kb;

    /// <summary>Builds the stage over the shipped lexicon; with a knowledge base, quotes carry their speaker's actor code.</summary>
    public QuoteExtractor(KnowledgeBase? knowledgeBase = null)
        : this(QuoteLexicon.Default, knowledgeBase)
    {
    }

    /// <summary>Builds the stage over the lexicon in <c>quotes/</c> under <paramref name="dataDirectory"/>.</summary>
    public QuoteExtractor(string dataDirectory, KnowledgeBase? knowledgeBase = null)
        : this(QuoteLexicon.Load(dataDirectory), knowledgeBase)
    {
    }

    private QuoteExtractor(QuoteLexicon lexicon, KnowledgeBase? knowledgeBase)
    {
        _lexicon = lexicon;
        _kb = knowledgeBase;
    }

    /// <summary>
    /// Quotations shorter than this many words are scare quotes («"الإرهاب"», «“سانا”») unless a
    /// colon or complementizer introduces them.
    /// </summary>
    public int MinimumWords { get; init; } = 4;

    /// <summary>The quotes of a document body in text order; never throws on any text.</summary>
    /// <param name="text">The analysed body.</param>
    /// <param name="entities">Its linked mentions: speakers and sources are PER and ORG mentions.</param>
    /// <param name="date">The document's date, for the speaker's actor code.</param>
    public IReadOnlyList<Quote> Extract(AnalysedText text, ResolvedEntities entities, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var doc = new QuoteDocument(text, entities, _lexicon, MinimumWords, id => CountryFromKb(id, date));
        var run = new Run(doc, SpeechActFinder.Find(doc));
        run.Walk();
        return [.. run.Quotes.Select(q => WithActorCode(q, entities, date))];
    }

    private string? CountryFromKb(string id, DateOnly? date)
    {
        if (_kb is null)
        {
            return null;
        }
        var terms = _kb.TermsOf(id);
        var term = (date is { } day ? terms.LastOrDefault(t => t.Covers(day)) : null) ?? (terms.Count > 0 ? terms[^1] : null);
        return term?.Country ?? _kb.Entity(id)?.Country;
    }

    private Quote WithActorCode(Quote quote, ResolvedEntities entities, DateOnly? date)
    {
        if (_kb is null || quote.SpeakerId is not { } id)
        {
            return quote;
        }
        var code = entities.Entities.TryGetValue(id, out var info) && info.Type == EntityType.PER ? _kb.ActorCodeOn(id, date) : null;
        return quote with { SpeakerActorCode = code ?? _kb.Entity(id)?.ActorCode };
    }
}
