using Rasd.Core.Text;
using Rasd.Core.Knowledge;

namespace Rasd.Core.Recognition;

public sealed partial class EntityRecognizer
{
    private const string MinistryWord = "وزاره";

    /// <summary>
    /// The known entity whose name starts at <paramref name="i"/>, longest name first. When several
    /// entities share the name, places beat organisations and outlets (الشرق الأوسط is the region
    /// before it is the newspaper).
    /// </summary>
    private (int Words, string Id)? Known(List<WordKeys> words, int i)
    {
        if (gazetteer.Names.LongestMatch(words, i) is not { } match)
        {
            return null;
        }
        if (match.Words == 1 && !SingleWordNameAllowed(words, i))
        {
            return null;
        }
        var best = match.Payloads.OrderBy(id => Priority(Kb.Entities[id])).ThenBy(id => id, StringComparer.Ordinal).First();
        return (match.Words, best);
    }

    private bool SingleWordNameAllowed(List<WordKeys> words, int i)
    {
        var word = words[i];
        if (StopWords.Contains(word.Key))
        {
            return false;
        }
        if (!gazetteer.Ambiguous.Contains(word.Key))
        {
            return true;
        }
        // An ambiguous name written as is needs a cue before it; a clitic in front (بمالي) is one.
        return i > 0 && !word.BreakBefore && gazetteer.PlaceCues.Contains(words[i - 1].Key);
    }

    private static int Priority(KbEntity entity) => entity.Kind switch
    {
        "country" => 0,
        "capital" => 1,
        "outlet" => 5,
        "person" => 4,
        _ => entity.Type == EntityType.LOC ? 2 : 3,
    };

    private string? Nisba(WordKeys word)
    {
        foreach (var form in word.FirstWordForms)
        {
            if (Kb.CountryOfNormalizedNisba(form) is { } iso && Kb.Entities.ContainsKey($"loc:{iso}"))
            {
                return iso;
            }
        }
        return null;
    }

    private static bool IsCounterpart(WordKeys word) =>
        word.FirstWordForms.Any(f => f.StartsWith("نظير", StringComparison.Ordinal) || f.StartsWith("نظرا", StringComparison.Ordinal));

    /// <summary>[وزارة] portfolio country: "وزارة الخارجية الروسية", "الخارجية السورية", "وزارة خارجية روسيا".</summary>
    private int? Ministry(string text, List<WordKeys> words, int i, Found found)
    {
        var j = words[i].FirstWordForms.Contains(MinistryWord) ? i + 1 : i;
        if (j >= words.Count || (j > i && words[j].BreakBefore) || gazetteer.Portfolios.LongestMatch(words, j) is not { } portfolio)
        {
            return null;
        }
        var k = j + portfolio.Words;
        // Without وزارة only a standalone portfolio in its definite form names the ministry
        // (الخارجية الروسية); the construct form is the ministers' (وزراء خارجية روسيا), and other
        // portfolios read as ordinary phrases (الطاقة الروسية).
        var ministry = portfolio.Payloads[0];
        var bare = j == i;
        if (k >= words.Count || words[k].BreakBefore
            || (bare && (!ministry.Standalone || !words[j].FirstWordForms.Any(f => f.StartsWith("ال", StringComparison.Ordinal)))))
        {
            return null;
        }
        string? country = null;
        var countryWords = 1;
        if (Nisba(words[k]) is { } iso)
        {
            country = iso;
        }
        else if (Known(words, k) is { } place && Kb.Entities[place.Id].Kind == "country")
        {
            country = Kb.Entities[place.Id].Country;
            countryWords = place.Words;
        }
        if (country is null)
        {
            return null;
        }
        found.Add(Mention(text, words, i, k + countryWords - i, Kb.MinistryOf(ministry, country), MentionKind.Ministry));
        found.Add(Mention(text, words, k, countryWords, Kb.Entities[$"loc:{country}"], MentionKind.Nisba));
        return k + countryWords;
    }

    /// <summary>
    /// "المتحدثة باسم الخارجية الروسية": a title that ends with a ministry's portfolio, followed
    /// by a feminine adjective, names the ministry too.
    /// </summary>
    private void MinistryInsideTitle(string text, List<WordKeys> words, int nisbaIndex, string country, Found found)
    {
        if (nisbaIndex == 0 || !words[nisbaIndex].Key.EndsWith('ه'))
        {
            return;
        }
        for (var start = nisbaIndex - 1; start >= Math.Max(0, nisbaIndex - 3); start--)
        {
            if (gazetteer.Portfolios.LongestMatch(words, start) is { } portfolio && start + portfolio.Words == nisbaIndex)
            {
                found.Add(Mention(text, words, start, nisbaIndex + 1 - start, Kb.MinistryOf(portfolio.Payloads[0], country), MentionKind.Ministry));
                return;
            }
        }
    }

    private static EntityMention Mention(string text, List<WordKeys> words, int start, int length, KbEntity entity, MentionKind kind) =>
        new(Span(words, start, length), entity.Type, entity.Id, Slice(text, words, start, length), kind);

    private static TextSpan Span(List<WordKeys> words, int start, int length) =>
        new(words[start].Span.Start, words[start + length - 1].Span.End);

    private static string Slice(string text, List<WordKeys> words, int start, int length) =>
        Span(words, start, length).Slice(text).ToString();

    /// <summary>What a document yielded so far; ministries built on the fly are kept as entities.</summary>
    private sealed class Found
    {
        public List<EntityMention> Mentions { get; } = [];

        public List<DescriptionMention> Descriptions { get; } = [];

        public List<RoleStatement> Statements { get; } = [];

        public void Add(EntityMention mention) => Mentions.Add(mention);
    }
}
