using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Time;

namespace Rasd.Core.Events;

public sealed partial class EventExtractor
{
    private const string Capital = "العاصمه";
    private const int PlaceReach = 15;
    private const int StatusReach = 6;

    /// <summary>
    /// Where it happened: a city (or site) after في/ب/إلى, or after العاصمة; a building stands
    /// for its country's capital, and العاصمة + a country adjective for that capital. Searched
    /// after the trigger first, then before it in the sentence.
    /// </summary>
    private void ReadPlace(EventDocument document, EventCandidate candidate, int sentenceFirst, int sentenceLast)
    {
        if (candidate.Place is { } given && KindOf(given) is "city" or "region" or "site" or "building")
        {
            ResolveBuilding(document, candidate, given);
            return;
        }
        candidate.Place = null;
        var trigger = candidate.Trigger.FirstToken;
        var places = document.Mentions
            .Where(m => m.First >= sentenceFirst && m.Last <= sentenceLast && m.Mention.Type == EntityType.LOC && IsPlaceContext(document, m.First))
            .ToList();
        var chosen = places.Where(m => m.First > trigger && document.WordsBetween(trigger, m.First) <= PlaceReach).OrderBy(m => m.First).FirstOrDefault(m => UsablePlace(document, m));
        if (chosen.Mention is null)
        {
            chosen = places.Where(m => m.Last < trigger).OrderByDescending(m => m.First).FirstOrDefault(m => UsablePlace(document, m));
        }
        if (chosen.Mention is null)
        {
            return;
        }
        if (KindOf(chosen.Mention) == "country")
        {
            // العاصمة الروسية: the country's capital.
            var capital = CapitalOf(chosen.Mention.EntityId[4..]);
            candidate.Place = chosen.Mention;
            candidate.PlaceId = capital?.Id;
            return;
        }
        candidate.Place = chosen.Mention;
        ResolveBuilding(document, candidate, chosen.Mention);
    }

    private void ResolveBuilding(EventDocument document, EventCandidate candidate, EntityMention place)
    {
        if (KindOf(place) != "building")
        {
            return;
        }
        // في الكرملين بالعاصمة موسكو: the city that follows, else the capital of the building's country.
        var first = document.TokenAt(place.Span.Start);
        var city = document.Mentions.FirstOrDefault(m => m.First > first && m.First - first <= 4 && KindOf(m.Mention) == "city");
        if (city.Mention is not null)
        {
            candidate.Place = city.Mention;
        }
        else if (_kb.Entity(place.EntityId)?.Country is { } iso3 && CapitalOf(iso3) is { } capital)
        {
            candidate.PlaceId = capital.Id;
        }
    }

    private bool UsablePlace(EventDocument document, (EntityMention Mention, int First, int Last) place) =>
        KindOf(place.Mention) switch
        {
            "city" or "region" or "site" or "building" => true,
            "country" => document.HasStem(document.PreviousWord(place.First), Capital),
            _ => false,
        };

    private static bool IsPlaceContext(EventDocument document, int first)
    {
        for (var back = 0; back < 3; back++)
        {
            var t = document.PreviousWord(first);
            if (t < 0)
            {
                return false;
            }
            var word = document.Keys[t];
            if (word is "في" or "الي" or "وفي" || word.StartsWith("بال", StringComparison.Ordinal))
            {
                return true;
            }
            if (!document.HasStem(t, Capital) && !document.InsideMention(t))
            {
                return false;
            }
            first = t;
        }
        return false;
    }

    private string? KindOf(EntityMention mention)
    {
        var entity = _kb.Entity(mention.EntityId);
        if (entity is null)
        {
            return null;
        }
        return entity.Id == "loc:" + entity.Country ? "country" : entity.Kind == "capital" ? "city" : entity.Kind;
    }

    /// <summary>
    /// The date the sentence gives the report: the first time expression after the trigger and
    /// before the next trigger, else the nearest before it and after the previous one.
    /// </summary>
    private static void ReadDate(EventDocument document, EventCandidate candidate, List<EventCandidate> earlier, int sentenceFirst, int sentenceLast)
    {
        var trigger = candidate.Trigger.FirstToken;
        var lowerBound = earlier.Count > 0 ? earlier[^1].Trigger.FirstToken : sentenceFirst - 1;
        var times = document.Times
            .Select(t => (Time: t, First: document.TokenAt(t.Expression.Span.Start)))
            .Where(t => t.First >= sentenceFirst && t.First <= sentenceLast && t.Time.Expression.Type is TimexType.Date or TimexType.Time)
            .ToList();
        var chosen = times.Where(t => t.First > trigger && document.WordsBetween(trigger, t.First) <= PlaceReach).OrderBy(t => t.First).FirstOrDefault();
        if (chosen.Time is null)
        {
            chosen = times.Where(t => t.First < trigger && t.First > lowerBound && document.WordsBetween(t.First, trigger) <= PlaceReach)
                .OrderByDescending(t => t.First).FirstOrDefault();
        }
        if (chosen.Time is not { } time)
        {
            return;
        }
        var parts = time.Expression.Parts;
        candidate.Date = time.Value is { From: { } from, To: { } to } value
            ? new EventDate(DateBasis.Explicit, from, to, value.Value, parts.Month, parts.Day)
            : new EventDate(DateBasis.Vague, null, null, null, parts.Month, parts.Day);
    }

    private void ReadStatus(EventDocument document, EventCandidate candidate, int sentenceFirst, int sentenceLast)
    {
        var match = candidate.Trigger;
        var first = match.FirstToken;
        var last = first + match.TokenCount - 1;
        var planned = match.Entry.IsVerb && match.Stem.Prefix.Contains('س', StringComparison.Ordinal);
        var negated = false;
        for (var t = Math.Max(sentenceFirst, first - StatusReach); t <= Math.Min(sentenceLast, last + StatusReach); t++)
        {
            if (t >= first && t <= last)
            {
                continue;
            }
            foreach (var (marker, _) in _markers.At(document.Keys, t))
            {
                var placed = marker.Place switch
                {
                    MarkerPlace.Before => t < first && document.WordsBetween(t, first) <= (marker.Kind == MarkerKind.Negated ? 2 : StatusReach),
                    MarkerPlace.After => t > last && document.WordsBetween(last, t) <= 1,
                    _ => true,
                };
                planned |= placed && marker.Kind == MarkerKind.Planned;
                negated |= placed && marker.Kind == MarkerKind.Negated;
            }
        }
        if (document.Published.Date is { } published && candidate.Date is { Basis: DateBasis.Explicit, From: { } from } && from > published)
        {
            planned = true;
        }
        candidate.Status = negated ? EventStatus.Negated : planned ? EventStatus.Planned : EventStatus.Occurred;
    }
}
