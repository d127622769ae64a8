using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Text;

namespace Rasd.Core.Resolution;

/// <summary>
/// The Recognise and Resolve stages for one document: rules over the knowledge base find and
/// link mentions; a statistical tagger, when given, adds names the rules missed; resolution
/// links surnames, variants and descriptions. Thread-safe; build once per knowledge base.
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
        var recognized = _recognizer.Recognize(text);
        if (_tagged is not null)
        {
            recognized = recognized with { Mentions = _tagged.AddTo(text, recognized.Mentions) };
        }
        return _resolver.Resolve(text, recognized, date);
    }
}
