namespace Rasd.Core.Quotes;

public sealed partial class QuoteExtractor
{
    /// <summary>Who said it: an entity id and the mention naming it, or nobody known.</summary>
    private readonly record struct Speaker(string? Id, TextSpan? Span)
    {
        public static Speaker Nobody => default;
    }

    /// <summary>One document's pass: the acts and quotations in text order, and what was said so far.</summary>
    private sealed partial class Run(QuoteDocument doc, List<SpeechAct> acts)
    {
        private readonly HashSet<int> _used = [];
        private int _cursor;

        public List<Quote> Quotes { get; } = [];

        public void Walk()
        {
            var a = 0;
            var s = 0;
            var stretches = doc.Long;
            while (a < acts.Count || s < stretches.Count)
            {
                if (s >= stretches.Count || (a < acts.Count && acts[a].Start <= stretches[s].Open))
                {
                    var act = acts[a++];
                    if (act.Start >= _cursor)
                    {
                        Take(act);
                    }
                }
                else
                {
                    var stretch = stretches[s++];
                    if (stretch.Open >= _cursor && !_used.Contains(stretch.Open))
                    {
                        TakeUnintroduced(stretch);
                    }
                }
            }
        }

        private void Take(SpeechAct act)
        {
            var speaker = Resolve(act);
            Remember(act, speaker);
            switch (act.Introducer)
            {
                case Introducer.Quotation:
                    AddStretch(act.Stretch!.Value, speaker, act.Start);
                    break;
                case Introducer.Complementizer:
                    AfterComplementizer(act.IntroducerWord, speaker, act.Start);
                    break;
                case Introducer.Colon when act.IntroducerWord < doc.Words.Count:
                    AfterColon(doc.Words[act.IntroducerWord].Span.End, speaker, act.Start);
                    break;
            }
        }

        /// <summary>A long quotation no verb before it introduced: «"…"، قال الصفدي», or the clause's speaker.</summary>
        private void TakeUnintroduced(QuotedStretch stretch)
        {
            var speaker = SpeakerAfter(stretch) ?? SpeakerOfSentence(stretch.Open) ?? SourceAsSpeaker(stretch.Open);
            AddStretch(stretch, speaker, stretch.Open);
        }

        private void AfterColon(int position, Speaker speaker, int actStart)
        {
            var text = doc.Text;
            var p = SkipSpaces(position);
            if (p < text.Length && text[p] == '\n')
            {
                // The colon ends its line: a bullet list, or the statement on the next line.
                while (p < text.Length && char.IsWhiteSpace(text[p]))
                {
                    p++;
                }
                if (p < text.Length && IsBullet(text[p]))
                {
                    AddBullets(p, speaker, actStart);
                    return;
                }
            }
            if (p >= text.Length)
            {
                return;
            }
            if (doc.StretchAt(p) is { } stretch)
            {
                AddStretch(stretch, speaker, actStart);
                return;
            }
            var word = doc.WordAt(p);
            if (word < doc.Words.Count && doc.Words[word].Span.Start == p && doc.Words[word].Is(ParticleRole.Complementizer))
            {
                AfterComplementizer(word, speaker, actStart);
                return;
            }
            Add(new TextSpan(p, ClauseEnd(p)), QuoteKind.Direct, speaker, actStart);
        }

        /// <summary>Reported speech, or a quotation when the quote marks fill the clause («أوضح أن “…”،»).</summary>
        private void AfterComplementizer(int word, Speaker speaker, int actStart)
        {
            var p = SkipSpaces(doc.Words[word].Span.End);
            if (doc.StretchAt(p) is { } stretch && FillsClause(stretch))
            {
                AddStretch(stretch, speaker, actStart);
                return;
            }
            Add(new TextSpan(p, ClauseEnd(p)), QuoteKind.Indirect, speaker, actStart);
        }

        private void AddStretch(QuotedStretch stretch, Speaker speaker, int actStart)
        {
            _used.Add(stretch.Open);
            Add(stretch.Content, QuoteKind.Direct, speaker, actStart);
            _cursor = Math.Max(_cursor, stretch.End);
        }

        private void Add(TextSpan span, QuoteKind kind, Speaker speaker, int actStart)
        {
            _cursor = Math.Max(_cursor, span.End);
            if (span.Length <= 0 || QuoteMarks.CountWords(doc.Text, span.Start, span.End) == 0)
            {
                return;
            }
            var source = SourceOf(actStart, span);
            if (source is not null)
            {
                _lastSource = new Speaker(source.EntityId, source.Span);
            }
            Quotes.Add(new Quote(span, doc.Text[span.Start..span.End], kind, speaker.Id, speaker.Span, source?.EntityId, null, doc.CountryOf(speaker.Id)));
        }

        private int SkipSpaces(int p)
        {
            while (p < doc.Text.Length && doc.Text[p] is ' ' or '\t' or '\u00A0')
            {
                p++;
            }
            return p;
        }
    }
}
