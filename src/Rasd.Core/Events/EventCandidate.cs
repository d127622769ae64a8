using Rasd.Core.Recognition;

namespace Rasd.Core.Events;

/// <summary>What a sentence says about an event's date.</summary>
internal enum DateBasis
{
    /// <summary>Nothing: the document's date stands in.</summary>
    None,
    /// <summary>A time expression with days (From/To).</summary>
    Explicit,
    /// <summary>A time expression without days (قبل أسابيع, or no reference date): it says "another day".</summary>
    Vague,
}

/// <summary>The date a report gives: basis, the days, and for vague expressions their month/day parts.</summary>
internal sealed record EventDate(DateBasis Basis, DateOnly? From, DateOnly? To, string? Value, int? Month, int? Day)
{
    public static EventDate None { get; } = new(DateBasis.None, null, null, null, null, null);
}

/// <summary>One report of an event in one sentence, before merging.</summary>
internal sealed class EventCandidate
{
    public required TriggerMatch Trigger { get; init; }

    public required int Sentence { get; init; }

    public required string Code { get; set; }

    public ActorMention? Source { get; set; }

    public ActorMention? Target { get; set; }

    public List<ActorMention> Participants { get; } = [];

    /// <summary>The place entity (a city, or a site) where it happened.</summary>
    public EntityMention? Place { get; set; }

    /// <summary>A place that stands for another (الكرملين → the capital): the id to report instead.</summary>
    public string? PlaceId { get; set; }

    public EventDate Date { get; set; } = EventDate.None;

    /// <summary>The country of an open trigger's unnamed source (its nisba, else where it acted); null when none.</summary>
    public string? UnnamedCountry { get; set; }

    public EventStatus Status { get; set; } = EventStatus.Occurred;

    public List<EntityMention> Attribution { get; } = [];

    /// <summary>Actors this report used that lie after its trigger (its own phrase).</summary>
    public IEnumerable<ActorMention> Consumed =>
        new[] { Source, Target }.Concat(Participants).OfType<ActorMention>().Where(a => a.First > Trigger.FirstToken);
}
