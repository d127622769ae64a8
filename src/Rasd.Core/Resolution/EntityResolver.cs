using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Resolution;

/// <summary>
/// Links a document's mentions to entities: surnames to the person named in full (الصفدي),
/// misspellings to a person the document names (بوتبن), descriptions to the office holder they
/// stand for (نظيره الروسي → Russia's foreign minister on the document's date), unknown names
/// to one entity per normalised name. Thread-safe; one instance serves every document.
/// </summary>
public sealed partial class EntityResolver
{
    private const int MinTypoLength = 5;

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, List<string>> _kbSurnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _surnamesOfKnown = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver over a gazetteer and its knowledge base.</summary>
    public EntityResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        foreach (var person in Kb.Entities.Values.Where(e => e.Type == EntityType.PER))
        {
            _surnamesOfKnown[person.Id] = person.AliasesAr.Select(Surname).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        }
        foreach (var person in Kb.Entities.Values.Where(e => e.Type == EntityType.PER && Kb.TermsOf(e.Id).Count > 0))
        {
            foreach (var surname in _surnamesOfKnown[person.Id])
            {
                if (!_kbSurnames.TryGetValue(surname, out var ids))
                {
                    _kbSurnames[surname] = ids = [];
                }
                ids.Add(person.Id);
            }
        }
    }

    private KnowledgeBase Kb => _gazetteer.Kb;

    /// <summary>Resolves what recognition found in <paramref name="text"/>, against the document's date when known.</summary>
    public ResolvedEntities Resolve(AnalysedText text, RecognitionResult recognized, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recognized);
        var mentions = recognized.Mentions.ToList();
        var surnames = DocumentSurnames(mentions);
        RelinkPatternNames(mentions, surnames, date);
        // One word after a title that is nobody's surname is more often a noun than a name
        // (وزير الخارجية الروسي دعم …): drop it rather than invent a person.
        var dropped = mentions.Where(m => m.Kind == MentionKind.PatternName && !m.Text.Contains(' ', StringComparison.Ordinal)).ToList();
        mentions.RemoveAll(dropped.Contains);
        AddSurnamesAndVariants(text, mentions, surnames, date);
        var statements = recognized.Statements
            .Where(s => !dropped.Any(d => d.EntityId == s.PersonId && d.Span.Start >= s.Evidence.Start && d.Span.End <= s.Evidence.End))
            .Select(s => Relinked(s, mentions)).ToList();
        foreach (var description in recognized.Descriptions)
        {
            if (ResolveDescription(description, mentions, statements, date) is { } person)
            {
                mentions.Add(new EntityMention(description.Span, EntityType.PER, person, description.Text, MentionKind.Description));
            }
        }
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        statements = statements.Select(s => WithCountry(s, date)).ToList();
        return new ResolvedEntities(mentions, statements, Entities(mentions), date);
    }

    /// <summary>The surname of a multi-word name: its last word, or last two after أبو/بن/عبد (أبو الغيط).</summary>
    internal static string? Surname(string name)
    {
        var words = Gazetteer.Words(name);
        if (words.Length < 2)
        {
            return null;
        }
        var last = words[^1];
        if (words.Length >= 3 && words[^2] is "ابو" or "بن" or "ابن" or "عبد" or "ال")
        {
            return $"{words[^2]} {last}";
        }
        return last.Length >= 3 && !StopWords.Contains(last) ? last : null;
    }

    /// <summary>Surnames of the people the document names in full; a surname two of them share is dropped.</summary>
    private Dictionary<string, string> DocumentSurnames(List<EntityMention> mentions)
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Type == EntityType.PER))
        {
            var known = _surnamesOfKnown.GetValueOrDefault(mention.EntityId) ?? [];
            foreach (var surname in known.Append(Surname(mention.Text)).OfType<string>())
            {
                if (surnames.TryGetValue(surname, out var other) && other != mention.EntityId)
                {
                    clashes.Add(surname);
                }
                surnames.TryAdd(surname, mention.EntityId);
            }
        }
        foreach (var clash in clashes)
        {
            surnames.Remove(clash);
        }
        return surnames;
    }

    private static RoleStatement Relinked(RoleStatement statement, List<EntityMention> mentions) =>
        mentions.FirstOrDefault(m => m.Type == EntityType.PER && m.Span.Start >= statement.Evidence.Start && m.Span.End <= statement.Evidence.End
            && m.Text == statement.PersonName) is { } person
            ? statement with { PersonId = person.EntityId }
            : statement;

    /// <summary>An unknown entity is named by its fullest mention: حسين سلامة, not a later سلامة.</summary>
    private static string FullestName(List<EntityMention> mentions, string id) =>
        mentions.Where(m => m.EntityId == id).MaxBy(m => (m.Text.Count(c => c == ' '), m.Kind == MentionKind.PatternName, m.Text.Length))!.Text;

    private Dictionary<string, EntityInfo> Entities(List<EntityMention> mentions)
    {
        var entities = new Dictionary<string, EntityInfo>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (entities.ContainsKey(mention.EntityId))
            {
                continue;
            }
            entities[mention.EntityId] = Kb.Entity(mention.EntityId) is { } known
                ? new EntityInfo(known.Id, known.Type, known.NameEn, known.NameAr, known.Country)
                : new EntityInfo(mention.EntityId, mention.Type, null, FullestName(mentions, mention.EntityId), null);
        }
        return entities;
    }
}
