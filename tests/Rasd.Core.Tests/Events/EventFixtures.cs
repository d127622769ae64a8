using Rasd.Core.Events;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Tests.Events;

/// <summary>Runs a text through the stages up to events, against a given publication date.</summary>
internal static class EventFixtures
{
    public static IReadOnlyList<ExtractedEvent> Extract(string body, DateOnly published)
    {
        var text = TextAnalyzer.Analyze(body);
        var times = TimeTagger.Default.Tag(text).Select(e => new ResolvedTime(e, TimeNormalizer.Normalize(e, published))).ToList();
        var entities = SharedKnowledge.Extractor.Extract(text, published);
        return SeedEvents.Extractor.Extract("doc", text, entities, times, PublicationDate.On(published, PublishedBasis.Given));
    }

    /// <summary>The one event of the text whose CAMEO root is <paramref name="root"/>.</summary>
    public static ExtractedEvent Single(string body, DateOnly published, string root = "04")
    {
        var events = Extract(body, published).Where(e => e.Root == root).ToList();
        Assert.True(events.Count == 1, $"expected one {root} event, found {events.Count}: " + string.Join("; ", events.Select(e => $"{e.Cameo} {string.Join('-', e.Participants.Select(p => p.EntityId))}")));
        return events[0];
    }
}
