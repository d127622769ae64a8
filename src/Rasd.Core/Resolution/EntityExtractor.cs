using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Resolution;

/// <summary>
/// The Recognise and Resolve stages for one document: rules over the knowledge base find and
/// link mentions, resolution links surnames, variants and descriptions, and last a statistical
/// tagger, when given, adds names none of that covered. Thread-safe; build once per knowledge base.
/// </summary>
public sealed class EntityExtractor
{
    private readonly EntityRecognizer _recognizer;
    private readonly EntityResolver _resolver;
    private readonly TaggedNames? _tagged;

    /// <summary>Builds the stages over a knowledge base, with an optional statistical tagger.</summary>
    public EntityExtractor(KnowledgeBase kb, ITokenTagger? tagger = null)
    {
        var gazetteer = Gazetteer.Create(kb);
        Gazetteer = gazetteer;
        _recognizer = new EntityRecognizer(gazetteer);
        _resolver = new EntityResolver(gazetteer);
        _tagged = tagger is null ? null : new TaggedNames(tagger);
    }

    /// <summary>The gazetteer the stages share.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Entities of a document body, resolved against the document's date when known.</summary>
    public ResolvedEntities Extract(AnalysedText text, DateOnly? date)
    {
        var resolved = _resolver.Resolve(text, _recognizer.Recognize(text), date);
        if (_tagged is null)
        {
            return resolved;
        }
        // The tagger only fills gaps: everything the rules and linking found stays as it is.
        var mentions = _tagged.AddTo(text, resolved.Mentions).ToList();
        var entities = new Dictionary<string, EntityInfo>(resolved.Entities, StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => !entities.ContainsKey(m.EntityId)))
        {
            entities[mention.EntityId] = new EntityInfo(mention.EntityId, mention.Type, null, mention.Text, null);
        }
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return resolved with { Mentions = mentions, Entities = entities };
    }
}
