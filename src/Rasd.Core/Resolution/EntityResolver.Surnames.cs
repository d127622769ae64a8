using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Resolution;

public sealed partial class EntityResolver
{
    /// <summary>
    /// A name found after a title (الوزير الصفدي، الرئيس الأسد) that is a surname of a person the
    /// document or the knowledge base knows becomes a mention of that person.
    /// </summary>
    private void RelinkPatternNames(List<EntityMention> mentions, Dictionary<string, string> surnames, DateOnly? date)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind != MentionKind.PatternName)
            {
                continue;
            }
            var key = string.Join(' ', Gazetteer.Words(mention.Text));
            var person = surnames.GetValueOrDefault(key) ?? KbSurname(key, date);
            if (person is not null)
            {
                mentions[i] = mention with { EntityId = person, Kind = MentionKind.Surname };
            }
        }
    }

    /// <summary>Second pass over words no mention covers: surnames, and misspelt surnames.</summary>
    private void AddSurnamesAndVariants(AnalysedText text, List<EntityMention> mentions, Dictionary<string, string> surnames, DateOnly? date)
    {
        if (surnames.Count == 0 && _kbSurnames.Count == 0)
        {
            return;
        }
        // Characters some mention already covers, so each word is checked in constant time.
        var covered = new System.Collections.BitArray(text.Text.Length + 1);
        foreach (var mention in mentions)
        {
            for (var c = mention.Span.Start; c < mention.Span.End; c++)
            {
                covered[c] = true;
            }
        }
        foreach (var words in WordKeys.OfSentences(text))
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (!words[i].IsArabic || covered[words[i].Span.Start] || covered[words[i].Span.End - 1])
                {
                    continue;
                }
                if (SurnameAt(words, i, surnames, date) is { } hit)
                {
                    var span = new TextSpan(words[i].Span.Start, words[i + hit.Words - 1].Span.End);
                    mentions.Add(new EntityMention(span, EntityType.PER, hit.Person, span.Slice(text.Text).ToString(), MentionKind.Surname));
                    i += hit.Words - 1;
                }
                else if (Variant(words[i], surnames) is { } person)
                {
                    mentions.Add(new EntityMention(words[i].Span, EntityType.PER, person, words[i].Span.Slice(text.Text).ToString(), MentionKind.Variant));
                }
            }
        }
    }

    private (int Words, string Person)? SurnameAt(List<WordKeys> words, int i, Dictionary<string, string> surnames, DateOnly? date)
    {
        if (i + 1 < words.Count && !words[i + 1].BreakBefore)
        {
            foreach (var form in words[i].FirstWordForms)
            {
                if (surnames.TryGetValue($"{form} {words[i + 1].Key}", out var pair))
                {
                    return (2, pair);
                }
            }
        }
        // A bare surname followed by a definite noun is a construct phrase, not a name:
        // "وسلامة الأراضي" is the lands' integrity, not Mr Salama.
        var construct = i + 1 < words.Count && !words[i + 1].BreakBefore && words[i + 1].Key.StartsWith("ال", StringComparison.Ordinal);
        foreach (var form in words[i].FirstWordForms)
        {
            if (surnames.TryGetValue(form, out var person) && !(construct && !form.StartsWith("ال", StringComparison.Ordinal)))
            {
                return (1, person);
            }
        }
        // A surname alone, for a person the document never names in full, only where it cannot
        // be a common word (سلامة is "safety" before it is Ghassan Salamé): after "نظام" (نظام الأسد),
        // or a foreign-looking surname of someone in office on the document's date (بوتين).
        var afterRegime = i > 0 && !words[i].BreakBefore && _gazetteer.RegimeWords.Contains(words[i - 1].Key);
        foreach (var form in words[i].FirstWordForms)
        {
            if (StopWords.Contains(form))
            {
                continue;
            }
            if (afterRegime && KbSurname(form, date) is { } regime)
            {
                return (1, regime);
            }
            var foreign = !form.StartsWith("ال", StringComparison.Ordinal) && form.Length >= MinTypoLength;
            if (foreign && date is { } day && KbSurname(form, date) is { } known && Kb.TermsOf(known).Any(t => t.Covers(day)))
            {
                return (1, known);
            }
        }
        return null;
    }

    /// <summary>The one person in the knowledge base with this surname who held office around the date.</summary>
    private string? KbSurname(string surname, DateOnly? date)
    {
        if (!_kbSurnames.TryGetValue(surname, out var ids))
        {
            return null;
        }
        var candidates = date is { } d
            ? ids.Where(id => Kb.TermsOf(id).Any(t => t.Overlaps(d.AddYears(-3), d))).ToList()
            : ids;
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// A word one edit away from a surname the document names (بوتبن → بوتين). Guarded: long
    /// words only, same first letter, never a stop word or a word the knowledge base knows.
    /// </summary>
    private string? Variant(WordKeys word, Dictionary<string, string> surnames)
    {
        if (word.Key.Length < MinTypoLength || StopWords.Contains(word.Key) || _kbSurnames.ContainsKey(word.Key)
            || Kb.CountryOfNisba(word.Key) is not null)
        {
            return null;
        }
        string? match = null;
        foreach (var (surname, person) in surnames)
        {
            if (surname.Length < MinTypoLength || surname.Contains(' ', StringComparison.Ordinal) || surname[0] != word.Key[0]
                || EditDistance.Between(word.Key, surname, 1) > 1)
            {
                continue;
            }
            if (match is not null && match != person)
            {
                return null;
            }
            match = person;
        }
        return match;
    }
}
