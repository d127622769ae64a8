using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;
using Rasd.Core.Resolution;
using Rasd.Core.Text;

namespace Rasd.Core.Events;

/// <summary>
/// The Extract stage for events: sentence by sentence, a trigger (data/events/triggers.tsv and
/// the imported CAMEO verbs) with its parties from the linked entity mentions, its place, date,
/// status and attribution; then the reports of one real event in a document become one event.
/// Immutable and thread-safe: build once per knowledge base and share.
/// </summary>
/// <remarks>
/// Stage order inside <see cref="Extract"/>: actor mentions are cleaned first (nested and
/// appositive mentions folded, title adjectives dropped, agencies set aside as sources), because
/// argument finding counts tokens between mentions; triggers are read per sentence in text
/// order, because a trigger may inherit its subject from the one before it (وصل ... ويلتقي);
/// merging runs last over the whole document.
/// </remarks>
public sealed partial class EventExtractor
{
    private readonly KnowledgeBase _kb;
    private readonly TriggerLexicon _triggers;
    private readonly EventMarkers _markers;
    private readonly CameoCodebook _codebook;
    private readonly Dictionary<string, KbEntity> _capitals;

    /// <summary>Builds the stage from its parts.</summary>
    public EventExtractor(KnowledgeBase kb, TriggerLexicon triggers, EventMarkers markers, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _kb = kb;
        _triggers = triggers;
        _markers = markers;
        _codebook = codebook;
        _capitals = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        foreach (var entity in kb.Entities.Values)
        {
            if (entity is { Type: EntityType.LOC, Country: { } iso3, NameEn: { } name }
                && kb.Countries.TryGetValue(iso3, out var country) && country.CapitalEn == name && entity.Id != "loc:" + iso3)
            {
                _capitals.TryAdd(iso3, entity);
            }
        }
    }

    /// <summary>The stage over the shipped lexicons in <c>data/events/</c>.</summary>
    public static EventExtractor CreateDefault(KnowledgeBase kb) => Create(kb, RasdData.File("events"));

    /// <summary>
    /// The stage over the lexicons in <paramref name="directory"/> (triggers.tsv, markers.tsv,
    /// cameo-codes.tsv, and cameo-verbs.tsv when <paramref name="withImportedVerbs"/>). The imported
    /// CAMEO verbs are off by default: on the seeds and SaudiNewsNet their single words fire on
    /// ordinary prose (تجمع، مواجهة، كشفت coded as occupation, fighting, coercion), which turns a
    /// cooperation timeline into a conflict one; the curated triggers cover the conflict families.
    /// </summary>
    public static EventExtractor Create(KnowledgeBase kb, string directory, bool withImportedVerbs = false)
    {
        var files = new List<(string, bool)> { (Path.Combine(directory, "triggers.tsv"), true) };
        var imported = Path.Combine(directory, "cameo-verbs.tsv");
        if (withImportedVerbs && File.Exists(imported))
        {
            files.Add((imported, false));
        }
        return new EventExtractor(kb, TriggerLexicon.Load([.. files]), EventMarkers.Load(Path.Combine(directory, "markers.tsv")),
            CameoCodebook.Load(Path.Combine(directory, "cameo-codes.tsv")));
    }

    /// <summary>The codebook the stage scores events with.</summary>
    public CameoCodebook Codebook => _codebook;

    /// <summary>The events of one document, one per real event, in order of first report.</summary>
    /// <param name="docId">The document's id (event ids are built from it).</param>
    /// <param name="text">Tokens and sentences of the body.</param>
    /// <param name="entities">Linked mentions of the body.</param>
    /// <param name="times">Time expressions of the body with their values.</param>
    /// <param name="published">The document's publication date: the default date of an event and the reference of tense.</param>
    public IReadOnlyList<ExtractedEvent> Extract(string docId, AnalysedText text, ResolvedEntities entities, IReadOnlyList<ResolvedTime> times, PublicationDate published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(published);
        var document = new EventDocument(text, entities, times, published, this);
        var candidates = new List<EventCandidate>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            candidates.AddRange(ReadSentence(document, s));
        }
        return EventMerger.Merge(docId, candidates, document, this);
    }

    internal KnowledgeBase Kb => _kb;

    internal EventMarkers Markers => _markers;

    internal KbEntity? CapitalOf(string iso3) => _capitals.GetValueOrDefault(iso3);

    private List<EventCandidate> ReadSentence(EventDocument document, int sentence)
    {
        // Curated triggers first: imported ones read their arguments after them, so a broad
        // dictionary verb never takes a party, a date or a subject from a curated event.
        var (first, last) = document.SentenceTokens(sentence);
        var curated = new List<EventCandidate>();
        var imported = new List<TriggerMatch>();
        for (var i = first; i <= last; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.ArabicWord || document.InsideMention(i))
            {
                continue;
            }
            if (_triggers.Match(document.Keys, i) is not { } match || match.FirstToken + match.TokenCount - 1 > last)
            {
                continue;
            }
            if (match.Entry.Curated)
            {
                curated.Add(ReadTrigger(document, sentence, match, curated));
            }
            else
            {
                imported.Add(match);
            }
            i += match.TokenCount - 1;
        }
        var found = new List<EventCandidate>(curated);
        foreach (var match in imported)
        {
            var earlier = curated.Where(c => c.Trigger.FirstToken < match.FirstToken).ToList();
            found.Add(ReadTrigger(document, sentence, match, earlier));
        }
        found.Sort((a, b) => a.Trigger.FirstToken.CompareTo(b.Trigger.FirstToken));
        return found;
    }
}
