using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Quotes;

public sealed partial class QuoteExtractor
{
    private sealed partial class Run
    {
        /// <summary>An attribution names its outlet within this many words (في تصريح أوردته وكالة أنباء "سبوتنيك").</summary>
        private const int SourceReach = 6;

        private readonly List<(int Sentence, Speaker Speaker)> _history = [];
        private Speaker _lastNamed;
        private Speaker? _lastStatement;
        private Speaker? _lastSource;

        /// <summary>The speaker of an act, from its subject or carried over from what came before.</summary>
        private Speaker Resolve(SpeechAct act) => act.Subject switch
        {
            SubjectKind.Mention => new Speaker(act.Mention!.EntityId, act.Mention.Span),
            SubjectKind.Statement => _lastStatement ?? Speaker.Nobody,
            SubjectKind.Title => TitleSpeaker(act.TitleCountry, act.Start),
            SubjectKind.Outlet => _lastSource ?? Speaker.Nobody,
            SubjectKind.Unknown => Speaker.Nobody,
            // وأضاف، مؤكدا، وأكد في مؤتمر صحفي: the clause's speaker, else its sentence's first
            // person (وكان بوتين قد حذر), else the last speaker named.
            _ => SpeakerOfSentence(act.Start) ?? FirstPersonBefore(act.Start) ?? (_lastNamed.Id is null ? Speaker.Nobody : _lastNamed),
        };

        private void Remember(SpeechAct act, Speaker speaker)
        {
            _history.Add((doc.SentenceOf(act.Start).Start, speaker));
            if (speaker.Id is null)
            {
                return;
            }
            _lastNamed = speaker;
            if (act.Class == VerbClass.Statement)
            {
                _lastStatement = speaker;
            }
        }

        /// <summary>The speaker of the last act in the sentence around <paramref name="position"/>.</summary>
        private Speaker? SpeakerOfSentence(int position)
        {
            var sentence = doc.SentenceOf(position).Start;
            return _history.Count > 0 && _history[^1].Sentence == sentence ? _history[^1].Speaker : null;
        }

        private Speaker? FirstPersonBefore(int position)
        {
            var sentence = doc.SentenceOf(position);
            foreach (var m in doc.Speakers)
            {
                if (m.Span.Start >= position)
                {
                    break;
                }
                if (m.Type == EntityType.PER && m.Span.Start >= sentence.Start && doc.LongAround(m.Span.Start) is null)
                {
                    return new Speaker(m.EntityId, m.Span);
                }
            }
            return null;
        }

        /// <summary>«الوزير السوري»: the last speaker of that country, else the last person of it mentioned.</summary>
        private Speaker TitleSpeaker(string? country, int position)
        {
            for (var i = _history.Count - 1; i >= 0; i--)
            {
                var id = _history[i].Speaker.Id;
                if (id is not null && IsPerson(id) && (country is null || doc.CountryOf(id) == country))
                {
                    return _history[i].Speaker;
                }
            }
            EntityMention? last = null;
            foreach (var m in doc.Speakers)
            {
                if (m.Span.Start >= position)
                {
                    break;
                }
                if (m.Type == EntityType.PER && country is not null && doc.CountryOf(m.EntityId) == country)
                {
                    last = m;
                }
            }
            return last is null ? Speaker.Nobody : new Speaker(last.EntityId, last.Span);
        }

        private bool IsPerson(string id) => doc.Entities.Entities.TryGetValue(id, out var info) && info.Type == EntityType.PER;

        /// <summary>«"…"، قال الصفدي»: a verb right after the closing mark names the speaker.</summary>
        private Speaker? SpeakerAfter(QuotedStretch stretch)
        {
            var p = stretch.End;
            while (p < doc.Text.Length && doc.Text[p] is ' ' or '\t' or '،' or ',')
            {
                p++;
            }
            foreach (var act in acts)
            {
                if (act.Start == p && act.Class is VerbClass.Verb or VerbClass.Continuation && act.Subject != SubjectKind.Implicit)
                {
                    return Resolve(act);
                }
                if (act.Start > p)
                {
                    break;
                }
            }
            return null;
        }

        /// <summary>A quotation with no verb at all: the outlet it comes through is the one speaking («وفق سانا، فإن “…”»).</summary>
        private Speaker SourceAsSpeaker(int position) =>
            SourceOf(position, new TextSpan(position, position)) is { } m ? new Speaker(m.EntityId, m.Span) : Speaker.Nobody;

        /// <summary>
        /// The outlet named by an attribution (بحسب، وفق، نقلته، أوردته …) in the sentence of the
        /// act, outside the quote itself.
        /// </summary>
        private EntityMention? SourceOf(int actStart, TextSpan quote)
        {
            var sentence = doc.SentenceOf(actStart);
            var end = Math.Max(sentence.End, quote.End < doc.Text.Length ? doc.SentenceOf(quote.End).End : doc.Text.Length);
            var words = doc.Words;
            for (var w = doc.WordAt(sentence.Start); w < words.Count && words[w].Span.Start < end; w++)
            {
                var start = words[w].Span.Start;
                if (!words[w].Is(ParticleRole.Attribution) || (start >= quote.Start && start < quote.End) || doc.LongAround(start) is not null)
                {
                    continue;
                }
                var reach = w + 1;
                for (var letters = 0; reach < words.Count && letters < SourceReach; reach++)
                {
                    letters += words[reach].IsLetters ? 1 : 0;
                }
                var to = reach < words.Count ? words[reach].Span.Start : doc.Text.Length;
                if (doc.MentionStartingIn(words[w].Span.End, to, EntityType.ORG) is { } source)
                {
                    return source;
                }
            }
            return null;
        }
    }
}
