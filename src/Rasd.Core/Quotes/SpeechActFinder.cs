using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Quotes;

/// <summary>
/// Finds the speech acts of a document: each speech verb outside a quotation with its subject
/// (the noun phrase right after it) and what it introduces (the first colon, complementizer or
/// quotation after it in its sentence), plus headline attributions «بوتين: …».
/// </summary>
internal static class SpeechActFinder
{
    /// <summary>Words a verb may stand from what it introduces (قال وزير الخارجية الأردني أيمن الصفدي، في تصريح أوردته وكالة …، إن).</summary>
    private const int VerbReach = 20;

    /// <summary>Participles hang on their clause and reach less far (مؤكداً التزام موسكو بـ “…”).</summary>
    private const int ParticipleReach = 8;

    /// <summary>A subject names its speaker within this many words (وزير خارجية نظام الأسد أيمن الصفدي).</summary>
    private const int SubjectWords = 6;

    public static List<SpeechAct> Find(QuoteDocument doc)
    {
        var acts = new List<SpeechAct>();
        var words = doc.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Verb == VerbClass.None || doc.LongAround(word.Span.Start) is not null)
            {
                continue;
            }
            // وتابع قائلا: the participle belongs to the verb before it.
            if (word.Verb == VerbClass.Participle && i > 0 && words[i - 1].Verb is VerbClass.Verb or VerbClass.Continuation)
            {
                continue;
            }
            var subjectStart = i + 1;
            if (word.Verb == VerbClass.Statement)
            {
                if (i + 2 >= words.Count || words[i + 1].Key != "في" || !words[i + 2].Is(ParticleRole.Statement))
                {
                    continue;
                }
                subjectStart = i + 3;
            }
            var (subject, mention, country) = word.Verb == VerbClass.Participle
                ? (SubjectKind.Implicit, null, null)
                : ReadSubject(doc, subjectStart);
            var (introducer, at, stretch) = ReadIntroducer(doc, i, subjectStart);
            var conjoined = word.Conjoined || (i > 0 && words[i - 1].IsComma);
            acts.Add(new SpeechAct(word.Span.Start, word.Verb, subject, mention, country, introducer, at, stretch, conjoined));
        }
        AddHeadlines(doc, acts);
        acts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return acts;
    }

    /// <summary>The noun phrase after the verb, up to a preposition, particle, punctuation or another verb.</summary>
    private static (SubjectKind, EntityMention?, string?) ReadSubject(QuoteDocument doc, int first)
    {
        var words = doc.Words;
        var end = first;
        var letters = 0;
        while (end < words.Count && letters < SubjectWords)
        {
            var w = words[end];
            if (QuoteMarks.FamilyOf(w.Key.Length == 1 ? w.Key[0] : ' ') >= 0 && doc.LongAround(w.Span.Start) is null)
            {
                end++; // a scare quote around the name: وأشار "الصفدي" إلى أن
                continue;
            }
            if (!w.IsLetters || w.Verb != VerbClass.None || doc.LongAround(w.Span.Start) is not null
                || w.Is(ParticleRole.Preposition | ParticleRole.NotSubject | ParticleRole.Complementizer | ParticleRole.Attribution))
            {
                break;
            }
            letters++;
            end++;
        }
        if (letters == 0)
        {
            return (SubjectKind.Implicit, null, null);
        }
        var from = words[first].Span.Start;
        var to = words[end - 1].Span.End;
        if (doc.MentionStartingIn(from, to, EntityType.PER) is { } person)
        {
            return (SubjectKind.Mention, Appositive(doc, person), null);
        }
        if (doc.MentionStartingIn(from, to, EntityType.ORG) is { } organisation)
        {
            return (SubjectKind.Mention, organisation, null);
        }
        var head = words.Skip(first).First(w => w.IsLetters);
        if (head.Is(ParticleRole.Statement))
        {
            return (SubjectKind.Statement, null, null);
        }
        if (head.Is(ParticleRole.Outlet))
        {
            return (SubjectKind.Outlet, null, null);
        }
        if (head.Is(ParticleRole.Title))
        {
            var nisba = doc.Entities.Mentions.FirstOrDefault(m => m.Type == EntityType.LOC && m.Span.Start >= from && m.Span.Start < to);
            return (SubjectKind.Title, null, nisba is null ? null : doc.CountryOf(nisba.EntityId) ?? CountryOfId(nisba.EntityId));
        }
        return (SubjectKind.Unknown, null, null);
    }

    /// <summary>"نظام الأسد أيمن الصفدي": a name right after another is the head the first one describes.</summary>
    private static EntityMention Appositive(QuoteDocument doc, EntityMention person)
    {
        foreach (var next in doc.Speakers)
        {
            if (next.Span.Start < person.Span.End || next.Type != EntityType.PER)
            {
                continue;
            }
            var gap = doc.Text.AsSpan(person.Span.End, next.Span.Start - person.Span.End);
            if (!gap.IsWhiteSpace())
            {
                break;
            }
            person = next;
        }
        return person;
    }

    private static string? CountryOfId(string id) =>
        id.StartsWith("loc:", StringComparison.Ordinal) && id.Length == 7 ? id[4..] : null;

    /// <summary>The first colon, complementizer or quotation after the verb, within its sentence and reach.</summary>
    private static (Introducer, int, QuotedStretch?) ReadIntroducer(QuoteDocument doc, int verb, int first)
    {
        var words = doc.Words;
        var sentenceEnd = doc.SentenceOf(words[verb].Span.Start).End;
        var reach = words[verb].Verb == VerbClass.Participle ? ParticipleReach : VerbReach;
        var letters = 0;
        for (var j = first; j < words.Count && words[j].Span.Start < sentenceEnd && letters <= reach; j++)
        {
            var w = words[j];
            if (doc.LongAround(w.Span.Start) is { } stretch)
            {
                return stretch.Open == w.Span.Start ? (Introducer.Quotation, j, stretch) : (Introducer.None, j, null);
            }
            if (w.IsPunctuation(':'))
            {
                return (Introducer.Colon, j, null);
            }
            if (w.Is(ParticleRole.Complementizer) && !(j > 0 && words[j - 1].Is(ParticleRole.Blocker)))
            {
                return (Introducer.Complementizer, j, null);
            }
            if (w.IsTerminator || (w.Verb != VerbClass.None && j > first))
            {
                break;
            }
            if (w.IsLetters)
            {
                letters++;
            }
        }
        return (Introducer.None, -1, null);
    }

    /// <summary>«بوتين: نأمل …», «اقرأ أيضا: أيمن الصفدي: …»: a name opening a line, then a colon.</summary>
    private static void AddHeadlines(QuoteDocument doc, List<SpeechAct> acts)
    {
        var text = doc.Text;
        foreach (var mention in doc.Speakers)
        {
            if (mention.Type != EntityType.PER)
            {
                continue;
            }
            var colon = mention.Span.End;
            while (colon < text.Length && text[colon] is ' ' or '\t')
            {
                colon++;
            }
            if (colon >= text.Length || text[colon] != ':')
            {
                continue;
            }
            var lineStart = mention.Span.Start == 0 ? 0 : text.LastIndexOf('\n', mention.Span.Start - 1) + 1;
            var before = text.AsSpan(lineStart, mention.Span.Start - lineStart).Trim();
            if (before.Length > 0 && before[^1] != ':')
            {
                continue;
            }
            acts.Add(new SpeechAct(mention.Span.Start, VerbClass.Verb, SubjectKind.Mention, mention, null,
                Introducer.Colon, doc.WordAt(colon), null, Conjoined: false));
        }
    }
}
