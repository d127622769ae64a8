using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Events;

// The event being assembled: which reports may join it, and what it becomes once complete.
internal static partial class EventMerger
{
    /// <summary>An event being assembled from its reports.</summary>
    private sealed class Draft
    {
        private readonly HashSet<int> _sentences = [];
        private readonly List<EventEvidence> _evidence = [];
        private readonly List<EventSource> _attribution = [];
        private readonly HashSet<EventStatus> _statuses = [];

        private Draft(string code, List<EventActor> parties, bool multilateral)
        {
            Code = code;
            Parties = parties;
            Multilateral = multilateral;
        }

        public string Code { get; private set; }

        public string Root => Code[..2];

        public List<EventActor> Parties { get; }

        public bool Multilateral { get; }

        public EventDate Date { get; private set; } = EventDate.None;

        public EventPlace? Place { get; private set; }

        public bool IsComplete => Parties.Count > 0 && (Root != "04" || Parties.Select(p => p.EntityId).Distinct(StringComparer.Ordinal).Count() >= 2);

        public static Draft? From(EventCandidate candidate, EventDocument document, EventExtractor stage)
        {
            if (candidate.Source is null && candidate.Trigger.Entry.Frame != TriggerFrame.Open)
            {
                return null;
            }
            var day = candidate.Date.From ?? document.Published.Date ?? document.Published.To;
            var parties = (candidate.Participants.Count >= 2 ? candidate.Participants : new[] { candidate.Source, candidate.Target }.OfType<ActorMention>())
                .Select(a => ActorOf(a.Mention, document, stage.Kb, day)).ToList();
            if (candidate.Source is null)
            {
                // An open trigger without a named source (المتظاهرون، مسلحون): the crowd or the attackers, unnamed.
                parties.Insert(0, Unnamed(candidate.UnnamedCountry));
            }
            // A city's country is the party: two mentions of one party are one.
            parties = parties.Where((p, i) => parties.FindIndex(q => q.EntityId == p.EntityId) == i).ToList();
            if (candidate.Trigger.Entry.Frame == TriggerFrame.Arrive && parties.Count < 2)
            {
                return null;
            }
            var place = PlaceOf(candidate, stage.Kb);
            var draft = new Draft(CodeOf(candidate, parties, place, stage.Kb), parties, candidate.Participants.Count >= 3)
            {
                Date = candidate.Date,
                Place = place,
            };
            draft._sentences.Add(candidate.Sentence);
            var span = document.Text.Sentences[candidate.Sentence];
            draft._evidence.Add(new EventEvidence(document.Text.Text[span.Start..span.End], span.Start, span.End));
            draft._statuses.Add(candidate.Status);
            foreach (var source in candidate.Attribution)
            {
                draft.AddAttribution(SourceOf(source, document, stage.Kb));
            }
            return draft;
        }

        /// <summary>How well another report fits this event: 0 not at all, 1 by country, 2 by the same parties; +1 in the same sentence.</summary>
        public int Fit(Draft other)
        {
            if (other.Root != Root || other.Multilateral != Multilateral || IsPhone(Code) != IsPhone(other.Code))
            {
                return 0;
            }
            if (Place is not null && other.Place is not null && Place.EntityId != other.Place.EntityId)
            {
                return 0;
            }
            if (!DatesAgree(Date, other.Date))
            {
                return 0;
            }
            var sameSentence = _sentences.Overlaps(other._sentences);
            var (small, large) = Parties.Count <= other.Parties.Count ? (Parties, other.Parties) : (other.Parties, Parties);
            if (small.Count < 2 && !sameSentence)
            {
                return 0;
            }
            var exact = true;
            var used = new HashSet<int>();
            foreach (var party in small)
            {
                var index = large.FindIndex(p => p.EntityId == party.EntityId);
                if (index < 0 || used.Contains(index))
                {
                    index = large.FindIndex(p => !used.Contains(large.IndexOf(p)) && Compatible(p, party));
                    exact = false;
                }
                if (index < 0 || (!exact && small.Count < 2))
                {
                    // A lone party must be the same entity: "the meeting" in a sentence does not make Lavrov a country.
                    return 0;
                }
                used.Add(index);
            }
            if (Root != "04" && small.Count >= 1 && !Compatible(Parties[0], other.Parties[0]))
            {
                // Outside consultations the order matters: who condemns whom.
                return 0;
            }
            if (!exact)
            {
                // A report naming a country where the other names a person merges only when it gives no date of its own.
                var countryLevel = Parties.Count(p => p.IsPerson) < other.Parties.Count(p => p.IsPerson) ? this : other;
                var personLevel = countryLevel == this ? other : this;
                var sameDay = countryLevel.Date.Basis == personLevel.Date.Basis && countryLevel.Date.From == personLevel.Date.From && countryLevel.Date.To == personLevel.Date.To && (countryLevel.Date.Basis == DateBasis.Explicit || countryLevel.Date.Month == personLevel.Date.Month);
                if (countryLevel.Date.Basis != DateBasis.None && !sameDay && !sameSentence)
                {
                    return 0;
                }
            }
            return (exact ? 2 : 1) + (sameSentence ? 1 : 0);
        }

        public void Absorb(Draft other)
        {
            foreach (var party in other.Parties)
            {
                var index = Parties.FindIndex(p => p.EntityId == party.EntityId);
                if (index >= 0)
                {
                    continue;
                }
                index = Parties.FindIndex(p => Compatible(p, party));
                if (index >= 0)
                {
                    if (party.IsPerson && !Parties[index].IsPerson)
                    {
                        Parties[index] = party;
                    }
                }
                else
                {
                    Parties.Add(party);
                }
            }
            if (Code.EndsWith('0') && !other.Code.EndsWith('0'))
            {
                Code = other.Code;
            }
            if (Date.Basis != DateBasis.Explicit && other.Date.Basis != DateBasis.None)
            {
                Date = other.Date;
            }
            Place ??= other.Place;
            _statuses.UnionWith(other._statuses);
            foreach (var source in other._attribution)
            {
                AddAttribution(source);
            }
            foreach (var evidence in other._evidence.Where(e => !_evidence.Any(x => x.Start == e.Start)))
            {
                _evidence.Add(evidence);
            }
            _sentences.UnionWith(other._sentences);
        }

        public ExtractedEvent ToEvent(string eventId, string docId, EventDocument document, EventExtractor stage)
        {
            var status = _statuses.Contains(EventStatus.Occurred) ? EventStatus.Occurred
                : _statuses.Contains(EventStatus.Planned) ? EventStatus.Planned
                : _statuses.Contains(EventStatus.Negated) ? EventStatus.Negated : EventStatus.Occurred;
            // A consultation only announced is, in CAMEO terms, an intent to meet.
            var code = status == EventStatus.Planned && Root == "04" ? "036" : Code;
            var (date, range) = DateOf(Date, document);
            _evidence.Sort((a, b) => a.Start.CompareTo(b.Start));
            return new ExtractedEvent(eventId, docId, code, stage.Codebook.Goldstein(code), Parties[0], Parties.Count > 1 ? Parties[1] : null,
                Parties.ToList(), date, range, Place, status, _attribution.ToList(), _evidence[0], _evidence.ToList());
        }

        private void AddAttribution(EventSource source)
        {
            if (!_attribution.Any(a => a.NameAr == source.NameAr || (a.NameEn is not null && a.NameEn == source.NameEn)))
            {
                _attribution.Add(source);
            }
        }

        private static bool IsPhone(string code) => code == "041";

        private static bool DatesAgree(EventDate a, EventDate b) => (a.Basis, b.Basis) switch
        {
            (DateBasis.None, _) or (_, DateBasis.None) => true,
            (DateBasis.Explicit, DateBasis.Explicit) => a.From <= b.To && b.From <= a.To,
            (DateBasis.Vague, DateBasis.Vague) => (a.Month is null || b.Month is null || a.Month == b.Month) && (a.Day is null || b.Day is null || a.Day == b.Day),
            _ => false,
        };
    }
}
