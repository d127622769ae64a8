using Rasd.Core.Evaluation.Gold;
using Rasd.Core.Events;

namespace Rasd.Core.Linking;

/// <summary>
/// Matches a user's actor name, in Arabic or English, against an event's parties: the entity id,
/// the canonical English name or one of its words ("Lavrov"), the Arabic name or its surname
/// (بوتين), or the country code.
/// </summary>
public sealed class ActorFilter(string name, string? country = null)
{
    private readonly string _english = GoldNames.EnglishKey(name);
    private readonly string _arabic = GoldNames.ArabicKey(name);

    /// <summary>Whether any party of the event matches.</summary>
    public bool Matches(ExtractedEvent e) => Parties(e).Any(Matches);

    /// <summary>Whether this party matches.</summary>
    public bool Matches(EventActor actor)
    {
        // A country stands for everyone who acts for it: Mekdad is Syria in a Syria–Russia timeline.
        if (country is not null && actor.Country == country)
        {
            return true;
        }
        if (string.Equals(actor.EntityId, name, StringComparison.OrdinalIgnoreCase) || string.Equals(actor.Country, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actor.ActorCode, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (actor.NameEn is { } en && _english.Length > 0
            && (GoldNames.EnglishKey(en) == _english || en.Split(' ', '-').Any(w => GoldNames.EnglishKey(w) == _english)))
        {
            return true;
        }
        var arabic = GoldNames.ArabicKey(actor.NameAr);
        return _arabic.Length > 0 && (arabic == _arabic || arabic.Split(' ').Any(w => w == _arabic));
    }

    /// <summary>A filter for a name, knowing the country it names when it names one (سوريا, Russia, RUS).</summary>
    public static ActorFilter For(string name, Rasd.Core.Knowledge.KnowledgeBase kb)
    {
        var english = GoldNames.EnglishKey(name);
        var arabic = GoldNames.ArabicKey(name);
        var country = kb.Countries.Values.FirstOrDefault(c =>
            string.Equals(c.Iso3, name, StringComparison.OrdinalIgnoreCase) || GoldNames.EnglishKey(c.NameEn) == english
            || c.NamesAr.Any(n => GoldNames.ArabicKey(n) == arabic));
        return new ActorFilter(name, country?.Iso3);
    }

    /// <summary>Every party of an event: participants, source and target.</summary>
    public static IEnumerable<EventActor> Parties(ExtractedEvent e) =>
        e.Participants.Append(e.Source).Concat(e.Target is null ? [] : [e.Target]);

    /// <summary>
    /// Whether the event matches every filter; with two (a pair), each side must be played by a
    /// different party, so an event among Syrians alone is no Syria–Russia event.
    /// </summary>
    public static bool MatchesAll(ExtractedEvent e, IReadOnlyList<ActorFilter> filters) =>
        filters.All(f => f.Matches(e)) && (filters.Count < 2
            || Parties(e).Any(a => filters[0].Matches(a) && !filters[1].Matches(a)) && Parties(e).Any(a => filters[1].Matches(a) && !filters[0].Matches(a)));
}
