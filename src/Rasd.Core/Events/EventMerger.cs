using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Events;

/// <summary>
/// Turns a document's reports into events, one per real event: reports merge when their CAMEO
/// root is the same, their parties compatible (the same entities, or a country and a person of
/// that country), their places and dates do not contradict, and a phone call is not a meeting.
/// A report that names only a country merges into one that names the person only when it gives
/// no date of its own, so "visited Iran on 6 December" stays apart from "talks with Zarif".
/// </summary>
internal static partial class EventMerger
{
    public static IReadOnlyList<ExtractedEvent> Merge(string docId, List<EventCandidate> candidates, EventDocument document, EventExtractor stage)
    {
        var drafts = new List<Draft>();
        foreach (var candidate in candidates)
        {
            if (Draft.From(candidate, document, stage) is not { } draft)
            {
                continue;
            }
            Draft? best = null;
            var bestScore = 0;
            foreach (var existing in drafts)
            {
                var score = existing.Fit(draft);
                if (score > bestScore)
                {
                    (best, bestScore) = (existing, score);
                }
            }
            if (best is null)
            {
                drafts.Add(draft);
            }
            else
            {
                best.Absorb(draft);
            }
        }
        var events = new List<ExtractedEvent>();
        foreach (var draft in drafts.Where(d => d.IsComplete))
        {
            events.Add(draft.ToEvent($"{docId}:e{events.Count + 1}", docId, document, stage));
        }
        return events;
    }

    private static bool Compatible(EventActor a, EventActor b) =>
        a.EntityId == b.EntityId || (!(a.IsPerson && b.IsPerson) && a.Country is not null && a.Country == b.Country);
}
