using Rasd.Core.Events;
using Rasd.Core.Framing;
using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Quotes;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Pipeline;

/// <summary>
/// The per-document stages in their one order: ingest cleaning, text, entities, time,
/// publication-date inference when the article gives no date, events, quotes and framing. Immutable and thread-safe: build
/// one and analyse documents from any number of threads.
/// </summary>
public sealed class DocumentAnalyzer
{
    private readonly DocumentBuilder _builder;
    private readonly EntityExtractor _entities;
    private readonly TimeTagger _times;
    private readonly PublicationDateInference _inference;
    private readonly QuoteExtractor _quotes;
    private readonly EventExtractor _events;
    private readonly FramingAnalyzer _framing;

    /// <summary>Builds the stages over ingest rules, a knowledge base and an optional statistical tagger.</summary>
    public DocumentAnalyzer(IngestRules rules, KnowledgeBase kb, ITokenTagger? tagger = null, TimeTagger? times = null)
    {
        _builder = new DocumentBuilder(rules);
        _entities = new EntityExtractor(kb, tagger);
        _times = times ?? TimeTagger.Default;
        _inference = new PublicationDateInference(_entities.Gazetteer);
        _quotes = new QuoteExtractor(kb);
        _events = EventExtractor.CreateDefault(kb);
        _framing = new FramingAnalyzer();
    }

    /// <summary>Cleans and analyses one article.</summary>
    public AnalysedDocument Analyze(RawArticle raw)
    {
        var document = _builder.Build(raw);
        var text = TextAnalyzer.Analyze(document.Body);
        var entities = _entities.Extract(text, document.Published.Date);
        var times = _times.Tag(text);

        if (document.Published.Basis == PublishedBasis.Unknown && _inference.Infer(text, times, entities.Statements) is { } inferred)
        {
            document = document with { Published = inferred.Date with { Note = string.Join("; ", inferred.Reasons.Distinct(StringComparer.Ordinal)) } };
            if (inferred.Date.Date is { } day)
            {
                // Counterparts and titles resolve against the date just found.
                entities = _entities.Extract(text, day);
            }
        }
        var resolvedTimes = Resolve(times, document.Published);
        var events = _events.Extract(document.DocId, text, entities, resolvedTimes, document.Published);
        var quotes = _quotes.Extract(text, entities, document.Published.Date);
        return new AnalysedDocument(document, text, entities, resolvedTimes, events, quotes, _framing.Analyze(text, entities));
    }

    /// <summary>
    /// Values against the publication day when it is known; otherwise only expressions that
    /// need no reference (a full date, a duration) get one.
    /// </summary>
    private static List<ResolvedTime> Resolve(IReadOnlyList<TimeExpression> times, PublicationDate published)
    {
        var resolved = new List<ResolvedTime>(times.Count);
        foreach (var expression in times)
        {
            TimexValue? value = null;
            if (published.Date is { } reference)
            {
                value = TimeNormalizer.Normalize(expression, reference);
            }
            else if (expression.Parts is { Year: not null } or { FixedValue: not null })
            {
                value = TimeNormalizer.Normalize(expression, new DateOnly(expression.Parts.Year ?? 2000, 1, 1));
            }
            resolved.Add(new ResolvedTime(expression, value));
        }
        return resolved;
    }
}
