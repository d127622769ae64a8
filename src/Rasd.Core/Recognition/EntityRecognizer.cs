using Rasd.Core.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Recognition;

/// <summary>
/// Finds entity mentions in a document, sentence by sentence, by rules over the knowledge base:
/// title + name appositions, honorific + name, ministries, known names (longest first, through
/// clitics), and country adjectives. Stateless per call; one instance serves every thread.
/// </summary>
public sealed partial class EntityRecognizer(Gazetteer gazetteer)
{
    private const int MaxUnknownNameWords = 4;

    private KnowledgeBase Kb => gazetteer.Kb;

    /// <summary>Recognises entities in an analysed document body.</summary>
    public RecognitionResult Recognize(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Found();
        foreach (var words in WordKeys.OfSentences(text))
        {
            for (var i = 0; i < words.Count;)
            {
                i = Next(text.Text, words, i, found);
            }
        }
        return new RecognitionResult(found.Mentions, found.Descriptions, found.Statements);
    }

    /// <summary>Reads whatever starts at word <paramref name="i"/>; returns the next word to read.</summary>
    private int Next(string text, List<WordKeys> words, int i, Found found)
    {
        if (gazetteer.Titles.LongestMatch(words, i) is { } title)
        {
            return Title(text, words, i, title.Words, title.Payloads[0], found);
        }
        if (IsCounterpart(words[i]))
        {
            return Counterpart(text, words, i, found);
        }
        if (gazetteer.Honorifics.LongestMatch(words, i) is { } honorific && i + honorific.Words < words.Count
            && !words[i + honorific.Words].BreakBefore)
        {
            var after = Person(text, words, i + honorific.Words, found, out _);
            if (after > i + honorific.Words)
            {
                return after;
            }
        }
        if (Ministry(text, words, i, found) is { } afterMinistry)
        {
            return afterMinistry;
        }
        if (Known(words, i) is { } known)
        {
            found.Add(Mention(text, words, i, known.Words, Kb.Entities[known.Id], MentionKind.KnownName));
            return i + known.Words;
        }
        if (Nisba(words[i]) is { } country)
        {
            found.Add(Mention(text, words, i, 1, Kb.Entities[$"loc:{country}"], MentionKind.Nisba));
        }
        return i + 1;
    }

    /// <summary>Title [country] [honorific] [name]: "وزير الخارجية الأردني أيمن الصفدي".</summary>
    private int Title(string text, List<WordKeys> words, int i, int titleWords, string role, Found found)
    {
        var j = i + titleWords;
        string? country = null;
        if (j < words.Count && !words[j].BreakBefore)
        {
            if (Nisba(words[j]) is { } iso)
            {
                country = iso;
                found.Add(Mention(text, words, j, 1, Kb.Entities[$"loc:{iso}"], MentionKind.Nisba));
                MinistryInsideTitle(text, words, j, iso, found);
                j++;
            }
            else if (Known(words, j) is { } place && Kb.Entities[place.Id].Kind == "country")
            {
                country = Kb.Entities[place.Id].Country;
                found.Add(Mention(text, words, j, place.Words, Kb.Entities[place.Id], MentionKind.KnownName));
                j += place.Words;
            }
        }
        // "وزير الخارجية السابق وليد المعلم": a former office links the person but states no current role.
        var former = false;
        if (j < words.Count && !words[j].BreakBefore && gazetteer.Former.LongestMatch(words, j) is { } formerWords)
        {
            former = true;
            j += formerWords.Words;
        }
        if (j < words.Count && !words[j].BreakBefore && gazetteer.Honorifics.LongestMatch(words, j) is { } honorific)
        {
            j += honorific.Words;
        }
        // Up to two modifiers may stand between the title and a known name: الرئيس الانتقالي أحمد الشرع.
        for (var skip = 1; skip <= 2 && j + skip < words.Count; skip++)
        {
            if (words[j + skip - 1].BreakBefore || words[j + skip].BreakBefore || !words[j + skip - 1].IsArabic
                || StopWords.Contains(words[j + skip - 1].Key))
            {
                break;
            }
            if (Known(words, j + skip) is { } ahead && Kb.Entities[ahead.Id].Type == EntityType.PER)
            {
                j += skip;
                break;
            }
        }
        EntityMention? person = null;
        var afterName = j < words.Count && !words[j].BreakBefore ? Person(text, words, j, found, out person) : j;
        if (afterName > j)
        {
            if (!former)
            {
                found.Statements.Add(new RoleStatement(person!.EntityId, person.Text, role, country, Span(words, i, afterName - i)));
            }
            return afterName;
        }
        found.Descriptions.Add(new DescriptionMention(Span(words, i, j - i), Slice(text, words, i, j - i), role, country, Counterpart: false));
        return j;
    }

    /// <summary>نظيره الروسي، نظيرته الأردنية: the counterpart in the named country.</summary>
    private int Counterpart(string text, List<WordKeys> words, int i, Found found)
    {
        var j = i + 1;
        string? country = null;
        if (j < words.Count && !words[j].BreakBefore && Nisba(words[j]) is { } iso)
        {
            country = iso;
            found.Add(Mention(text, words, j, 1, Kb.Entities[$"loc:{iso}"], MentionKind.Nisba));
            j++;
        }
        found.Descriptions.Add(new DescriptionMention(Span(words, i, j - i), Slice(text, words, i, j - i), null, country, Counterpart: true));
        return j;
    }

    /// <summary>A person's name at <paramref name="j"/>: known, else an unknown name of a few words.</summary>
    private int Person(string text, List<WordKeys> words, int j, Found found, out EntityMention? person)
    {
        person = null;
        if (Known(words, j) is { } known && Kb.Entities[known.Id].Type == EntityType.PER)
        {
            person = Mention(text, words, j, known.Words, Kb.Entities[known.Id], MentionKind.KnownName);
            found.Add(person);
            return j + known.Words;
        }
        var length = UnknownNameLength(words, j);
        if (length == 0)
        {
            return j;
        }
        var name = Slice(text, words, j, length);
        var key = string.Join(' ', words.Skip(j).Take(length).Select(w => w.Key));
        person = new EntityMention(Span(words, j, length), EntityType.PER, EntityMention.UnknownId(EntityType.PER, key), name, MentionKind.PatternName);
        found.Add(person);
        return j + length;
    }

    /// <summary>How many words from <paramref name="j"/> read as an unknown name: Arabic words up to punctuation, a stop word, a title or a known non-person.</summary>
    private int UnknownNameLength(List<WordKeys> words, int j)
    {
        var length = 0;
        while (j + length < words.Count && length < MaxUnknownNameWords)
        {
            var word = words[j + length];
            if (!word.IsArabic || (length > 0 && word.BreakBefore) || word.Key.Length < 2 || StopWords.Contains(word.Key)
                || gazetteer.Titles.LongestMatch(words, j + length) is not null || Nisba(word) is not null
                || (Known(words, j + length) is { } other && (Kb.Entities[other.Id].Type != EntityType.PER || length > 0)))
            {
                break;
            }
            length++;
        }
        return length;
    }
}
