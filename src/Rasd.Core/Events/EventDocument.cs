using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Text;

namespace Rasd.Core.Events;

/// <summary>A mention that can be a party to an event, with the tokens it covers and the preposition governing it.</summary>
/// <param name="Mention">The linked mention.</param>
/// <param name="First">Its first token.</param>
/// <param name="Last">Its last token.</param>
/// <param name="Prep">The normalised preposition right before it (مع، الى، ل، ب، في…), attached or separate; null when none.</param>
/// <param name="Coordinated">True when it is joined to the mention before it by و.</param>
internal sealed record ActorMention(EntityMention Mention, int First, int Last, string? Prep, bool Coordinated)
{
    public string EntityId => Mention.EntityId;
}

/// <summary>One document as event extraction reads it: token keys, cleaned actor mentions, sentence bounds.</summary>
internal sealed class EventDocument
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "مع", "الي", "في", "من", "عن", "علي", "بين", "لدي", "عند", "نحو", "ضد", "ب", "ل",
    };

    private readonly bool[] _insideMention;
    private readonly KnowledgeBase _kb;

    public EventDocument(AnalysedText text, ResolvedEntities entities, IReadOnlyList<ResolvedTime> times, PublicationDate published, EventExtractor stage)
    {
        _kb = stage.Kb;
        Text = text;
        Entities = entities;
        Times = times;
        Published = published;
        Tokens = text.Tokens;
        Keys = text.Tokens.Select(t => ArabicNormalizer.NormalizeKey(t.Span.Slice(text.Text))).ToArray();
        _insideMention = new bool[Tokens.Count];
        var outer = OuterMentions(entities.Mentions);
        var spans = outer.Select(m => (Mention: m, First: TokenAt(m.Span.Start), Last: TokenAt(m.Span.End - 1))).ToList();
        foreach (var (_, firstToken, lastToken) in spans)
        {
            for (var t = Math.Max(firstToken, 0); t <= lastToken && t < _insideMention.Length; t++)
            {
                _insideMention[t] = true;
            }
        }
        Mentions = spans.Select(s => (s.Mention, s.First, s.Last)).ToList();
        Actors = BuildActors(spans, stage);
        Attributions = spans.Where(s => IsSourceOrg(s.Mention, stage.Kb) || AfterAttributionCue(s.First, stage.Markers)).Select(s => s.Mention).ToList();
    }

    public AnalysedText Text { get; }

    public ResolvedEntities Entities { get; }

    public IReadOnlyList<ResolvedTime> Times { get; }

    public PublicationDate Published { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Normalised key of every token.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Outermost mentions with their tokens (places included).</summary>
    public IReadOnlyList<(EntityMention Mention, int First, int Last)> Mentions { get; }

    /// <summary>Mentions that can be parties, in text order.</summary>
    public IReadOnlyList<ActorMention> Actors { get; }

    /// <summary>Agencies, outlets and organisations a report is attributed to.</summary>
    public IReadOnlyList<EntityMention> Attributions { get; }

    public bool InsideMention(int token) => _insideMention[token];

    /// <summary>The index of the token that contains or follows <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count - 1, found = Tokens.Count;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return found;
    }

    /// <summary>First and last token of a sentence (last &lt; first when it has none).</summary>
    public (int First, int Last) SentenceTokens(int sentence)
    {
        var span = Text.Sentences[sentence];
        var first = TokenAt(span.Start);
        var last = span.End > 0 ? TokenAt(span.End - 1) : -1;
        if (last >= Tokens.Count || (last >= 0 && Tokens[last].Span.Start >= span.End))
        {
            last--;
        }
        return (first, last);
    }

    /// <summary>Number of word tokens strictly between two tokens (punctuation does not count).</summary>
    public int WordsBetween(int from, int to)
    {
        var count = 0;
        for (var t = Math.Min(from, to) + 1; t < Math.Max(from, to); t++)
        {
            count += Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Symbol ? 0 : 1;
        }
        return count;
    }

    /// <summary>The nearest word token before <paramref name="token"/>, skipping punctuation; -1 when none.</summary>
    public int PreviousWord(int token)
    {
        for (var t = token - 1; t >= 0; t--)
        {
            if (Tokens[t].Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>True when the token's key or one of its clitic stems is <paramref name="stem"/>.</summary>
    public bool HasStem(int token, string stem) =>
        token >= 0 && token < Keys.Count && (Keys[token] == stem || CliticAnalyzer.Candidates(Keys[token]).Any(c => c.Stem == stem));

    private static List<EntityMention> OuterMentions(IReadOnlyList<EntityMention> mentions)
    {
        var sorted = mentions.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End).ToList();
        var outer = new List<EntityMention>();
        foreach (var mention in sorted)
        {
            if (outer.Count > 0 && mention.Span.Start < outer[^1].Span.End)
            {
                continue;
            }
            outer.Add(mention);
        }
        return outer;
    }

    private List<ActorMention> BuildActors(List<(EntityMention Mention, int First, int Last)> spans, EventExtractor stage)
    {
        var actors = new List<ActorMention>();
        for (var i = 0; i < spans.Count; i++)
        {
            var (mention, first, last) = spans[i];
            if (IsSourceOrg(mention, stage.Kb) || AfterAttributionCue(first, stage.Markers))
            {
                continue;
            }
            var next = i + 1 < spans.Count ? spans[i + 1] : default;
            if (mention.Kind == MentionKind.Nisba && next.Mention is { } following && WordsBetween(last, next.First) <= 1
                && (following.Type == EntityType.PER || (following.Type == EntityType.LOC && CountryOf(following, stage.Kb) == CountryOf(mention, stage.Kb))))
            {
                // A title's adjective (وزير الخارجية الأردني أيمن الصفدي, العاصمة الإيرانية طهران): the name says it all.
                continue;
            }
            if (actors.Count > 0 && actors[^1].EntityId == mention.EntityId && WordsBetween(actors[^1].Last, first) <= 1)
            {
                // An apposition (نظيره التركي، هاكان فيدان) names one party once.
                continue;
            }
            if (HasStem(PreviousWord(first), "العاصمه") || HasStem(PreviousWord(first), "عاصمه"))
            {
                // بالعاصمة الكازاخية: a place, not a party.
                continue;
            }
            var coordinated = actors.Count > 0 && IsCoordinated(actors[^1].Last, first);
            actors.Add(new ActorMention(mention, first, last, PrepositionOf(mention, first), coordinated));
        }
        return actors;
    }

    private HashSet<string> NameWords(EntityMention mention)
    {
        var names = new List<string>();
        if (_kb.Entity(mention.EntityId) is { } entity)
        {
            names.AddRange(entity.AliasesAr);
        }
        if (Entities.Entities.TryGetValue(mention.EntityId, out var info))
        {
            names.Add(info.NameAr);
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = ArabicNormalizer.NormalizeKey(word);
                words.Add(w);
                if (w.StartsWith("ال", StringComparison.Ordinal))
                {
                    words.Add(w[2..]);
                }
            }
        }
        return words;
    }

    internal static string? CountryOf(EntityMention mention, KnowledgeBase kb) => kb.Entity(mention.EntityId)?.Country;

    private static bool IsSourceOrg(EntityMention mention, KnowledgeBase kb) =>
        mention.Type == EntityType.ORG && kb.Entity(mention.EntityId)?.Kind is "agency" or "outlet";

    private bool AfterAttributionCue(int first, EventMarkers markers)
    {
        if (Entities.Mentions.Count == 0)
        {
            return false;
        }
        for (var t = first - 1; t >= 0 && t >= first - 3; t--)
        {
            if (Tokens[t].Kind == TokenKind.Punctuation && Keys[t] is "." or "؟" or "!")
            {
                return false;
            }
            if (markers.At(Keys, t).Any(m => m.Marker.Kind == MarkerKind.Attribution))
            {
                var mention = Entities.Mentions.FirstOrDefault(m => TokenAt(m.Span.Start) == first);
                return mention?.Type == EntityType.ORG;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the mention at <paramref name="first"/> is joined by و to the one ending at
    /// <paramref name="previousLast"/>: directly (وروسيا، و إيران), or through a title that starts
    /// with و and holds no preposition or punctuation (ورئيس الاستخبارات العامة اللواء حسين سلامة).
    /// </summary>
    private bool IsCoordinated(int previousLast, int first)
    {
        var gap = WordsBetween(previousLast, first);
        for (var t = previousLast + 1; t < first; t++)
        {
            if (Keys[t] is "." or ":" or "؛" or "؟" or "!" or "(" or ")" || Prepositions.Contains(Keys[t]))
            {
                return false;
            }
        }
        if (gap == 0)
        {
            return Keys[first].StartsWith('و');
        }
        var next = previousLast + 1;
        while (next < first && Tokens[next].Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            next++;
        }
        return gap == 1 && Keys[next] == "و" || (gap <= 5 && Keys[next].StartsWith('و') && Keys[next].Length > 2);
    }

    private string? PrepositionOf(EntityMention mention, int first)
    {
        // An attached preposition: لموسكو, للرئيس; ليبيا and بيروت start with the letter themselves.
        var key = ArabicNormalizer.NormalizeKey(mention.Text.Split(' ')[0]);
        var words = NameWords(mention);
        var body = key.Length > 2 && key[0] is 'و' or 'ف' && !words.Contains(key) ? key[1..] : key;
        if (body.Length > 2 && body[0] is 'ل' or 'ب' && !words.Contains(body)
            && (words.Contains(body[1..]) || body.StartsWith("لل", StringComparison.Ordinal) || body.StartsWith("بال", StringComparison.Ordinal)))
        {
            return body[0].ToString();
        }
        var previous = PreviousWord(first);
        if (previous < 0)
        {
            return null;
        }
        var word = Keys[previous];
        var bare = word.Length > 1 && word[0] is 'و' or 'ف' && Prepositions.Contains(word[1..]) ? word[1..] : word;
        return Prepositions.Contains(bare) ? bare : null;
    }
}
