using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Events;

// An assembled event's date, CAMEO code, place and parties, read from its reports and the knowledge base.
internal static partial class EventMerger
{
    private static (string? Date, DateRange? Range) DateOf(EventDate date, EventDocument document)
    {
        if (date is { Basis: DateBasis.Explicit, From: { } from, To: { } to })
        {
            if (from == to)
            {
                return (from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null);
            }
            if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1))
            {
                return (from.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), null);
            }
            if (from.DayOfYear == 1 && to == new DateOnly(from.Year, 12, 31))
            {
                return (from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            }
            return (null, new DateRange(from, to));
        }
        if (date.Basis == DateBasis.Vague)
        {
            return (null, null);
        }
        var published = document.Published;
        if (published.Date is { } day)
        {
            return (day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null);
        }
        return published is { From: { } f, To: { } t } ? (null, new DateRange(f, t)) : (null, null);
    }

    private static string CodeOf(EventCandidate candidate, List<EventActor> parties, EventPlace? place, KnowledgeBase kb)
    {
        var frame = candidate.Trigger.Entry.Frame;
        switch (frame)
        {
            case TriggerFrame.Phone:
                return "041";
            case TriggerFrame.Host:
                return "043";
            case TriggerFrame.Visit or TriggerFrame.Arrive:
                return "042";
            case TriggerFrame.Meet or TriggerFrame.Talks:
                var at = place is null ? null : kb.Entity(place.EntityId)?.Country;
                if (at is null || parties.Count < 2)
                {
                    return candidate.Code;
                }
                if (parties.Count >= 3)
                {
                    return parties.Any(p => p.Country == at) ? candidate.Code : "044";
                }
                var (source, target) = (parties[0].Country, parties[1].Country);
                return at == target && at != source ? "042"
                    : at == source && at != target ? "043"
                    : source is not null && target is not null && at != source && at != target ? "044"
                    : candidate.Code;
            default:
                return candidate.Code;
        }
    }

    /// <summary>The source of an open trigger (a protest, an attack) that names no party: the crowd or the attackers, of a country when known.</summary>
    private static EventActor Unnamed(string? iso3) =>
        new(iso3 is null ? "unnamed" : "unnamed:" + iso3, "unnamed", "غير مسمى", iso3, iso3);

    private static EventPlace? PlaceOf(EventCandidate candidate, KnowledgeBase kb)
    {
        if (candidate.Place is not { } mention)
        {
            return null;
        }
        var id = candidate.PlaceId ?? mention.EntityId;
        if (candidate.PlaceId is null && kb.Entity(id) is { } entity && entity.Id == "loc:" + entity.Country)
        {
            // A country is a party, not a place.
            return null;
        }
        return kb.Entity(id) is { } known ? new EventPlace(known.Id, known.NameEn, known.NameAr) : new EventPlace(id, null, mention.Text);
    }

    private static EventSource SourceOf(EntityMention mention, EventDocument document, KnowledgeBase kb)
    {
        var entity = kb.Entity(mention.EntityId);
        var info = document.Entities.Entities.GetValueOrDefault(mention.EntityId);
        return new EventSource(entity?.NameEn ?? info?.NameEn, entity?.NameAr ?? info?.NameAr ?? mention.Text);
    }

    /// <summary>A mention as a party on a day: people take the code of the office they held then; a city stands for its country.</summary>
    internal static EventActor ActorOf(EntityMention mention, EventDocument document, KnowledgeBase kb, DateOnly? day)
    {
        var entity = kb.Entity(mention.EntityId);
        var info = document.Entities.Entities.GetValueOrDefault(mention.EntityId);
        var nameAr = entity?.NameAr ?? info?.NameAr ?? mention.Text;
        switch (mention.Type)
        {
            case EntityType.PER:
                var code = kb.ActorCodeOn(mention.EntityId, day) ?? StatedCode(mention.EntityId, document);
                var country = code is { Length: >= 3 } && kb.Countries.ContainsKey(code[..3]) ? code[..3] : info?.Country;
                return new EventActor(mention.EntityId, entity?.NameEn ?? info?.NameEn, nameAr, code, country);
            case EntityType.LOC when entity?.Country is { } iso3 && entity.Id != "loc:" + iso3 && kb.Entity("loc:" + iso3) is { } state:
                return new EventActor(state.Id, state.NameEn, state.NameAr, state.ActorCode ?? iso3, iso3);
            case EntityType.LOC when entity is not null:
                return new EventActor(entity.Id, entity.NameEn, entity.NameAr, entity.ActorCode ?? entity.Country, entity.Country);
            default:
                return new EventActor(mention.EntityId, entity?.NameEn ?? info?.NameEn, nameAr, entity?.ActorCode, entity?.Country ?? info?.Country);
        }
    }

    private static string? StatedCode(string personId, EventDocument document) =>
        document.Entities.Statements.Where(s => s.PersonId == personId && s.Country is not null)
            .Select(s => ActorCodes.ForRole(s.Role, s.Country)).FirstOrDefault(c => c is not null);
}
