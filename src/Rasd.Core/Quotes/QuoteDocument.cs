using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Text;

namespace Rasd.Core.Quotes;

/// <summary>
/// One document as the quote stage reads it: its words with their lexicon roles, its quoted
/// stretches, and its PER/ORG mentions by token. Built per call, so the extractor stays stateless.
/// </summary>
internal sealed class QuoteDocument
{
    private readonly Func<string, string?>? _knownCountry;

    public QuoteDocument(AnalysedText analysed, ResolvedEntities entities, QuoteLexicon lexicon, int minimumWords, Func<string, string?>? knownCountry = null)
    {
        _knownCountry = knownCountry;
        Text = analysed.Text;
        Entities = entities;
        Sentences = analysed.Sentences;
        var words = new List<Word>(analysed.Tokens.Count);
        foreach (var token in analysed.Tokens)
        {
            if (token.Kind == TokenKind.ArabicWord)
            {
                var key = ArabicNormalizer.NormalizeKey(token.Span.Slice(Text));
                words.Add(new Word(token.Span, key, lexicon.Verb(key), lexicon.Particle(key), lexicon.HasConjunction(key)));
            }
            else if (token.Kind != TokenKind.Symbol || QuoteMarks.FamilyOf(Text[token.Span.Start]) >= 0)
            {
                words.Add(new Word(token.Span, token.Span.Slice(Text).ToString(), VerbClass.None, ParticleRole.None, false));
            }
        }
        Words = words;
        (var stretches, Orphans) = QuoteMarks.Find(Text);
        Stretches = stretches;
        Long = [.. stretches.Where(s => s.Words >= minimumWords)];
        Speakers = [.. entities.Mentions.Where(m => m.Type is EntityType.PER or EntityType.ORG)];
    }

    /// <summary>A token with what the lexicon says of it.</summary>
    public readonly record struct Word(TextSpan Span, string Key, VerbClass Verb, ParticleRole Roles, bool Conjoined)
    {
        public bool Is(ParticleRole role) => (Roles & role) != 0;

        public bool IsPunctuation(char c) => Key.Length == 1 && Key[0] == c;

        public bool IsComma => Key is "،" or ",";

        public bool IsTerminator => Key.Length == 1 && Key[0] is '.' or '!' or '?' or '\u061F' or '\u061B' or '\u2026';

        public bool IsLetters => Key.Length > 0 && char.IsLetter(Key[0]);
    }

    public string Text { get; }

    public ResolvedEntities Entities { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<Word> Words { get; }

    /// <summary>Every quoted stretch, outermost only.</summary>
    public IReadOnlyList<QuotedStretch> Stretches { get; }

    /// <summary>Stretches long enough to be quotes on their own; shorter ones are scare quotes unless a verb introduces them.</summary>
    public IReadOnlyList<QuotedStretch> Long { get; }

    /// <summary>Offsets of closing marks with nothing open.</summary>
    public HashSet<int> Orphans { get; }

    /// <summary>PER and ORG mentions in text order: the only possible speakers and sources.</summary>
    public IReadOnlyList<EntityMention> Speakers { get; }

    /// <summary>The long stretch whose marks enclose <paramref name="position"/>, if any.</summary>
    public QuotedStretch? LongAround(int position)
    {
        foreach (var s in Long)
        {
            if (s.Open <= position && position < s.End)
            {
                return s;
            }
            if (s.Open > position)
            {
                break;
            }
        }
        return null;
    }

    /// <summary>The stretch (of any length) that opens exactly at <paramref name="position"/>.</summary>
    public QuotedStretch? StretchAt(int position)
    {
        foreach (var s in Stretches)
        {
            if (s.Open == position)
            {
                return s;
            }
            if (s.Open > position)
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Index of the first word starting at or after <paramref name="position"/> (Words.Count when none).</summary>
    public int WordAt(int position)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Words[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>
    /// The sentence around <paramref name="position"/>, cut at line breaks (a headline or a bullet
    /// is its own sentence even when the splitter joined it to the next line).
    /// </summary>
    public TextSpan SentenceOf(int position)
    {
        var start = 0;
        var end = Text.Length;
        foreach (var s in Sentences)
        {
            if (s.End > position)
            {
                start = Math.Min(s.Start, position);
                end = s.End;
                break;
            }
        }
        var lineStart = position <= 0 ? 0 : Text.LastIndexOf('\n', Math.Min(position, Text.Length) - 1) + 1;
        var lineEnd = Text.IndexOf('\n', Math.Min(position, Text.Length));
        if (lineEnd < 0)
        {
            lineEnd = Text.Length;
        }
        return new TextSpan(Math.Max(start, lineStart), Math.Max(Math.Min(end, lineEnd), position));
    }

    /// <summary>The end of the line holding <paramref name="position"/>.</summary>
    public int LineEnd(int position)
    {
        var end = Text.IndexOf('\n', Math.Min(position, Text.Length));
        return end < 0 ? Text.Length : end;
    }

    /// <summary>The first mention of <paramref name="type"/> starting in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public EntityMention? MentionStartingIn(int from, int to, EntityType type)
    {
        foreach (var m in Speakers)
        {
            if (m.Span.Start >= to)
            {
                break;
            }
            if (m.Span.Start >= from && m.Type == type)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>
    /// The country of an entity: from the document's entities, else a role the text states for
    /// the person, else the knowledge base (a person's office on the document's date).
    /// </summary>
    public string? CountryOf(string? entityId)
    {
        if (entityId is null)
        {
            return null;
        }
        if (Entities.Entities.TryGetValue(entityId, out var info) && info.Country is { } country)
        {
            return country;
        }
        foreach (var statement in Entities.Statements)
        {
            if (statement.PersonId == entityId && statement.Country is not null)
            {
                return statement.Country;
            }
        }
        return _knownCountry?.Invoke(entityId);
    }
}
