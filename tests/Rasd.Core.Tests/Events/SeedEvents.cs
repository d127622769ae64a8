using Rasd.Core.Evaluation.Gold;
using Rasd.Core.Events;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;
using Rasd.Core.Resolution;
using Rasd.Core.Tests.Ingest;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Tests.Events;

/// <summary>The seed articles run through the stages up to events, as the pipeline chains them.</summary>
internal static class SeedEvents
{
    private static readonly Lazy<EventExtractor> LazyExtractor = new(() => EventExtractor.CreateDefault(SharedKnowledge.Kb));

    public static EventExtractor Extractor => LazyExtractor.Value;

    public static string GoldPath => Path.Combine(IngestFixtures.RepositoryRoot, "tests", "Rasd.Cli.Tests", "Specs", "seeds.gold.json");

    public static IReadOnlyList<string> Prefixes { get; } = ["000", "001", "002", "003", "004"];

    /// <summary>Events of one seed: text, times, entities, publication date (inferred when the article prints none), events.</summary>
    public static (string DocId, IReadOnlyList<ExtractedEvent> Events) Run(string prefix)
    {
        var document = IngestFixtures.Sample(prefix);
        var text = TextAnalyzer.Analyze(document.Body);
        var expressions = TimeTagger.Default.Tag(text);
        var entities = SharedKnowledge.Extractor.Extract(text, document.Published.Date);
        var published = document.Published;
        if (published.Date is null && new PublicationDateInference(SharedKnowledge.Extractor.Gazetteer).Infer(text, expressions, entities.Statements) is { } inferred)
        {
            published = inferred.Date;
            entities = SharedKnowledge.Extractor.Extract(text, published.Date);
        }
        var times = expressions.Select(e => new ResolvedTime(e, published.Date is { } day ? TimeNormalizer.Normalize(e, day) : null)).ToList();
        return (document.DocId, Extractor.Extract(document.DocId, text, entities, times, published));
    }

    /// <summary>The seeds scored against their gold file.</summary>
    public static EventScore Score()
    {
        var gold = GoldFile.Load(GoldPath);
        var scores = new List<EventScore>();
        foreach (var prefix in Prefixes)
        {
            var (docId, events) = Run(prefix);
            scores.Add(EventScore.Of(docId, gold.Events.GetValueOrDefault(docId) ?? [], events, gold.ScoredRoots));
        }
        return EventScore.Sum(scores);
    }
}
