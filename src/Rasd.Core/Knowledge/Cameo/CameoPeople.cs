using Rasd.Core.Text;

namespace Rasd.Core.Knowledge.Cameo;

/// <summary>
/// Person names from the CAMEO actor dictionary that the curated files do not know, with their
/// dated codes. Curated files win: an actor whose name a curated entity already has is dropped
/// (its roles, dates and codes never reach a query), so the dictionary's known errors (Lavrov
/// coded RUSGOV only for 2004) stay out.
/// </summary>
internal static class CameoPeople
{
    public static IEnumerable<(KbEntity Person, IReadOnlyList<CameoCode> Codes)> From(
        IReadOnlyList<CameoActor> actors, IReadOnlyDictionary<string, KbEntity> curated, ISet<string> orgWords, ISet<string> adjectives)
    {
        var known = curated.Values.SelectMany(e => e.AliasesAr).Select(a => ArabicNormalizer.NormalizeKey(a)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            var key = ArabicNormalizer.NormalizeKey(actor.Name);
            var words = key.Split(' ');
            // A person: two to four name words, none of them an office, group or country adjective
            // (عاهل أردني is a title), with a country-and-sector code (SYRGOV) valid for dated periods.
            var isPerson = words.Length is >= 2 and <= 4 && words.All(w => w.Length >= 2 && !orgWords.Contains(w) && !adjectives.Contains(w))
                && actor.Codes.Any(c => (c.From is not null || c.To is not null) && c.Code.Length >= 6);
            if (!isPerson || known.Contains(key) || !seen.Add(key))
            {
                continue;
            }
            var id = $"per:cameo:{key.Replace(' ', '-')}";
            yield return (new KbEntity(id, EntityType.PER, null, actor.Name, [actor.Name], "person-cameo", null, null), actor.Codes);
        }
    }
}
