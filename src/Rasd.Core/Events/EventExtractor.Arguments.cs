using Rasd.Core.Knowledge;

namespace Rasd.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>Words that open a new clause: a party after them belongs to another predicate.</summary>
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "منذ", "بعد", "قبل", "عقب", "حيث", "الذي", "التي", "الذين", "اذ", "بينما", "فيما", "لكن", "كما", "بعدما",
    };

    private const int SubjectAfterVerb = 8;
    private const int SubjectAfterNoun = 6;
    private const int SubjectBefore = 25;
    private const int TargetAfter = 15;

    private EventCandidate ReadTrigger(EventDocument document, int sentence, TriggerMatch match, List<EventCandidate> earlier)
    {
        var entry = match.Entry;
        var last = match.FirstToken + match.TokenCount - 1;
        var (sentenceFirst, sentenceLast) = document.SentenceTokens(sentence);
        var inSentence = document.Actors.Where(a => a.First >= sentenceFirst && a.Last <= sentenceLast).ToList();
        var after = AfterTrigger(document, inSentence, last);
        var consumed = earlier.SelectMany(c => c.Consumed).ToHashSet();
        var before = inSentence.Where(a => a.Last < match.FirstToken && document.WordsBetween(a.Last, match.FirstToken) <= SubjectBefore)
            .OrderByDescending(a => a.First).ToList();
        var previous = earlier.Count > 0 ? earlier[^1] : null;
        var candidate = new EventCandidate { Trigger = match, Sentence = sentence, Code = entry.Code };

        // بين X و Y، and a coordinated list of three or more (وزراء خارجية سوريا وروسيا وتركيا وإيران).
        var wide = inSentence.Where(a => a.First > last && document.WordsBetween(last, a.First) <= 20).ToList();
        var list = Between(document, after, last) ?? Coordinated(document, wide, last);
        if (list is { Count: >= 2 })
        {
            candidate.Participants.AddRange(list);
            candidate.Source = list[0];
            candidate.Target = list[1];
        }
        else
        {
            candidate.Source = Subject(document, match, after, before, consumed, previous);
            candidate.Target = Target(document, entry.Frame, candidate, after);
            if (candidate.Target is null && previous is not null && IsPurpose(document, match) && candidate.Source == previous.Source)
            {
                candidate.Target = previous.Target;
                candidate.Participants.AddRange(previous.Participants);
            }
        }
        if (candidate.Source is null && entry is { Frame: TriggerFrame.Open, IsVerb: true }
            && after.FirstOrDefault(a => a.Prep is null && document.WordsBetween(last, a.First) == 0 && KindOf(a.Mention) == "country") is { } country)
        {
            // قصفت إسرائيل مواقع: a country right after a violence verb is its subject (a city there is its object).
            candidate.Source = country;
            candidate.Target = Target(document, entry.Frame, candidate, after);
        }
        ReadPlace(document, candidate, sentenceFirst, sentenceLast);
        if (candidate.Source is null && entry.Frame == TriggerFrame.Open)
        {
            candidate.UnnamedCountry = UnnamedCountry(document, candidate, sentenceFirst, sentenceLast);
        }
        ReadDate(document, candidate, earlier, sentenceFirst, sentenceLast);
        ReadStatus(document, candidate, sentenceFirst, sentenceLast);
        candidate.Attribution.AddRange(document.Attributions.Where(m =>
            document.TokenAt(m.Span.Start) >= sentenceFirst && document.TokenAt(m.Span.Start) <= sentenceLast));
        return candidate;
    }

    private static List<ActorMention> AfterTrigger(EventDocument document, List<ActorMention> inSentence, int last)
    {
        var after = new List<ActorMention>();
        var stop = int.MaxValue;
        for (var t = last + 1; t < document.Keys.Count && t - last < 40; t++)
        {
            if (ClauseBreaks.Contains(document.Keys[t]) || document.Keys[t] is "." or ":" or "؛" or "؟")
            {
                stop = t;
                break;
            }
        }
        foreach (var actor in inSentence)
        {
            if (actor.First > last && actor.First < stop && document.WordsBetween(last, actor.First) <= TargetAfter)
            {
                after.Add(actor);
            }
        }
        return after;
    }

    private static List<ActorMention>? Between(EventDocument document, List<ActorMention> after, int last)
    {
        for (var t = last + 1; t <= last + 3 && t < document.Keys.Count; t++)
        {
            if (document.Keys[t] == "بين")
            {
                var run = Run(after.Where(a => a.First > t).ToList());
                return run.Count >= 2 && document.WordsBetween(t, run[0].First) <= 4 ? run : null;
            }
        }
        return null;
    }

    private List<ActorMention>? Coordinated(EventDocument document, List<ActorMention> after, int last)
    {
        for (var i = 0; i < after.Count; i++)
        {
            if (document.WordsBetween(last, after[i].First) > 15)
            {
                break;
            }
            var run = Run(after.Skip(i).ToList());
            if (run.Count >= 3)
            {
                // The list belongs to this trigger only if no other trigger stands between them.
                return Enumerable.Range(last + 1, Math.Max(0, run[0].First - last - 1)).Any(t => TriggerAt(document, t)) ? null : run;
            }
        }
        return null;
    }

    /// <summary>The first actor and those coordinated with it, each party once.</summary>
    private bool TriggerAt(EventDocument document, int token) =>
        document.Tokens[token].Kind == Text.TokenKind.ArabicWord && !document.InsideMention(token) && _triggers.Match(document.Keys, token) is { Entry.Curated: true };

    private static List<ActorMention> Run(List<ActorMention> actors)
    {
        var run = new List<ActorMention>();
        foreach (var actor in actors)
        {
            if (run.Count > 0 && !actor.Coordinated)
            {
                break;
            }
            if (!run.Any(r => r.EntityId == actor.EntityId))
            {
                run.Add(actor);
            }
        }
        return run;
    }

    /// <summary>لبحث، لزيارة: a masdar after the purpose ل (not للاجتماع "of the meeting", which has the article).</summary>
    private static bool NearCapitalWord(EventDocument document, int first)
    {
        var one = document.PreviousWord(first);
        return document.HasStem(one, Capital) || document.HasStem(document.PreviousWord(one), Capital);
    }

    private static bool IsPurpose(EventDocument document, TriggerMatch match) =>
        match.Stem.Prefix is "ل" or "ول" or "فل" && !document.Keys[match.FirstToken].Contains("لل", StringComparison.Ordinal);

    private ActorMention? Subject(EventDocument document, TriggerMatch match, List<ActorMention> after, List<ActorMention> before,
        HashSet<ActorMention> consumed, EventCandidate? previous)
    {
        var entry = match.Entry;
        var trigger = match.FirstToken;
        var beforeWord = document.PreviousWord(trigger);
        if (beforeWord >= 0 && _markers.At(document.Keys, beforeWord).Any(m => m.Marker.Kind == MarkerKind.Relative))
        {
            // الذي يصل: the subject is the noun the relative clause hangs on.
            return before.FirstOrDefault(a => a.Mention.Type != EntityType.LOC);
        }
        var hasPronoun = match.Stem.Suffix.Length > 0;
        if (entry.IsVerb && previous is { Trigger.Entry.IsVerb: true, Source: { } shared } && match.Stem.Prefix.StartsWith('و')
            && document.WordsBetween(previous.Trigger.FirstToken, trigger) <= SubjectAfterVerb)
        {
            // وصل إلى موسكو ويلتقي نظيره: coordinated verbs share their subject.
            return shared;
        }
        var adjacent = before.FirstOrDefault(a => a.Prep is null && a.Mention.Type != EntityType.LOC && !consumed.Contains(a) && document.WordsBetween(a.Last, trigger) <= 1);
        if (adjacent is not null)
        {
            // خالد المنصوري، وصل: the subject stands right before the verb.
            return HeadOf(document, adjacent);
        }
        if (!hasPronoun)
        {
            var reach = entry.IsVerb ? SubjectAfterVerb : SubjectAfterNoun;
            var following = after.FirstOrDefault(a => a.Prep is null && a.Mention.Type != EntityType.LOC && document.WordsBetween(trigger, a.First) <= reach);
            if (following is not null)
            {
                return following;
            }
            if (IsPurpose(document, match) && previous?.Source is { } purposeSubject)
            {
                // لبحث، لزيارة: the purpose of what the previous predicate's subject does.
                return purposeSubject;
            }
        }
        var nearest = before.FirstOrDefault(a => a.Prep is null && !consumed.Contains(a));
        if (nearest is not null)
        {
            return HeadOf(document, nearest);
        }
        // زيارته، لبحث: the pronoun or the purpose points back to the previous predicate's subject.
        return hasPronoun || IsPurpose(document, match) ? previous?.Source : null;
    }

    /// <summary>The first of a coordinated run ending at <paramref name="actor"/> (الوزير خالد المنصوري ورئيس الأركان سامر الخطيب → خالد المنصوري).</summary>
    private static ActorMention HeadOf(EventDocument document, ActorMention actor)
    {
        var index = -1;
        for (var i = 0; i < document.Actors.Count; i++)
        {
            if (ReferenceEquals(document.Actors[i], actor))
            {
                index = i;
                break;
            }
        }
        while (index > 0 && document.Actors[index].Coordinated && document.Actors[index].Mention.Type == document.Actors[index - 1].Mention.Type)
        {
            index--;
        }
        return index >= 0 ? document.Actors[index] : actor;
    }

    private static ActorMention? Target(EventDocument document, TriggerFrame frame, EventCandidate candidate, List<ActorMention> after)
    {
        var source = candidate.Source;
        bool Other(ActorMention a) => source is null || a.EntityId != source.EntityId;
        if (frame is TriggerFrame.Visit or TriggerFrame.Arrive)
        {
            var destination = after.FirstOrDefault(a => Other(a) && a.Mention.Type == EntityType.LOC
                && (a.Prep is "الي" or "ل" || (a.Prep is null && (document.WordsBetween(candidate.Trigger.FirstToken, a.First) == 0
                    || (source is not null && source.First > candidate.Trigger.FirstToken && document.WordsBetween(source.Last, a.First) == 0)
                    || NearCapitalWord(document, a.First)))));
            var host = after.FirstOrDefault(a => Other(a) && a.Mention.Type == EntityType.PER && a.Prep is "مع");
            if (destination is not null && candidate.Place is null)
            {
                candidate.Place = destination.Mention;
            }
            // Without a destination only a person or body can be the one visited (زيارة لمسؤول سوري names the visitor).
            return host ?? destination ?? (frame == TriggerFrame.Visit ? after.FirstOrDefault(a => Other(a) && a.Mention.Type != EntityType.LOC && a.Prep is null or "مع") : null);
        }
        return frame switch
        {
            // بحث X مع Y: the other party of talks comes with مع; what follows bare is the topic.
            TriggerFrame.Talks => after.FirstOrDefault(a => Other(a) && (a.Prep is "مع" or "بين" || (a.Prep is null && a.Mention.Type == EntityType.PER && document.WordsBetween(candidate.Trigger.FirstToken, a.First) <= 2))),
            TriggerFrame.Meet or TriggerFrame.Host or TriggerFrame.Phone => after.FirstOrDefault(a => Other(a) && a.Prep is null or "مع" or "ب" or "بين"),
            _ => after.FirstOrDefault(a => Other(a) && a.Prep is null or "مع" or "الي" or "ل" or "ب" or "بين" or "لدي" or "علي" or "ضد"),
        };
    }
}
