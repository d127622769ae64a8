using Rasd.Core.Knowledge;

namespace Rasd.Core.Events;

public sealed partial class EventExtractor
{
    private const int NisbaReach = 8;

    /// <summary>
    /// The country of the unnamed crowd or attackers of an open trigger: a country adjective close
    /// after the trigger, in its clause (تظاهر مئات الصرب، المتظاهرين الصوماليين), else close before it;
    /// else the country of the place where it happened (تظاهر مئات الأشخاص في أثينا: people in
    /// Athens are, failing other word, Greek).
    /// </summary>
    private string? UnnamedCountry(EventDocument document, EventCandidate candidate, int sentenceFirst, int sentenceLast)
    {
        var first = candidate.Trigger.FirstToken;
        var last = first + candidate.Trigger.TokenCount - 1;
        for (var t = last + 1; t <= sentenceLast && document.WordsBetween(last, t) < NisbaReach; t++)
        {
            if (ClauseBreaks.Contains(document.Keys[t]) || document.Keys[t] is "." or ":" or "؛" or "،" or ",")
            {
                break;
            }
            if (NisbaCountry(document, t) is { } after)
            {
                return after;
            }
        }
        for (var t = first - 1; t >= sentenceFirst && document.WordsBetween(t, first) < 2; t--)
        {
            if (NisbaCountry(document, t) is { } before)
            {
                return before;
            }
        }
        if (candidate.PlaceId is { } placeId && _kb.Entity(placeId)?.Country is { } capitalCountry)
        {
            return capitalCountry;
        }
        if (candidate.Place is { } place && _kb.Entity(place.EntityId)?.Country is { } placeCountry)
        {
            return placeCountry;
        }
        // في تايلاند: a country after في is the place, not a party, when nothing else names one.
        return document.Mentions
            .Where(m => m.First >= sentenceFirst && m.Last <= sentenceLast && m.Mention.Type == EntityType.LOC && IsPlaceContext(document, m.First))
            .OrderBy(m => Math.Abs(m.First - first))
            .Select(m => _kb.Entity(m.Mention.EntityId)?.Country)
            .FirstOrDefault(c => c is not null);
    }

    /// <summary>The country of a country adjective at <paramref name="token"/>, itself or as a recognised nisba mention.</summary>
    private string? NisbaCountry(EventDocument document, int token)
    {
        if (document.Tokens[token].Kind != Text.TokenKind.ArabicWord)
        {
            return null;
        }
        if (_kb.CountryOfNormalizedNisba(document.Keys[token]) is { } direct)
        {
            return direct;
        }
        foreach (var candidate in Text.CliticAnalyzer.Candidates(document.Keys[token]))
        {
            if (candidate.Prefix.Length > 0 && candidate.Suffix.Length == 0 && _kb.CountryOfNormalizedNisba(candidate.Stem) is { } stripped)
            {
                return stripped;
            }
        }
        return null;
    }
}
