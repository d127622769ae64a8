namespace Rasd.Core.Quotes;

public sealed partial class QuoteExtractor
{
    private sealed partial class Run
    {
        /// <summary>
        /// Where reported speech starting at <paramref name="start"/> ends: its sentence's end
        /// (never past its line, never inside a quotation), or earlier at a new speech act
        /// ("، كاشفاً أنه …") or an attribution ("، بحسب وكالة …"). Trailing punctuation and
        /// orphan quote marks are left out.
        /// </summary>
        private int ClauseEnd(int start)
        {
            var limit = Math.Min(doc.SentenceOf(start).End, doc.LineEnd(start));
            foreach (var s in doc.Stretches)
            {
                if (s.Open >= start && s.Open < limit && s.End > limit)
                {
                    limit = Math.Min(s.End, doc.LineEnd(start));
                }
            }
            foreach (var act in acts)
            {
                if (act.Start > start && act.Start < limit && act.Conjoined && act.Introducer != Introducer.None && doc.LongAround(act.Start) is null)
                {
                    limit = act.Start;
                    break;
                }
            }
            for (var w = doc.WordAt(start + 1); w < doc.Words.Count && doc.Words[w].Span.Start < limit; w++)
            {
                if (doc.Words[w].Is(ParticleRole.Attribution) && w > 0 && doc.Words[w - 1].IsComma && doc.LongAround(doc.Words[w].Span.Start) is null)
                {
                    limit = doc.Words[w].Span.Start;
                    break;
                }
            }
            return TrimEnd(start, limit);
        }

        private int TrimEnd(int start, int end)
        {
            var text = doc.Text;
            while (end > start)
            {
                var c = text[end - 1];
                if (char.IsWhiteSpace(c) || c is '.' or '،' or ',' or ':' or '؛' or ';' or '-' or '\u2026' || doc.Orphans.Contains(end - 1))
                {
                    end--;
                    continue;
                }
                break;
            }
            return end;
        }

        /// <summary>The quotation is the whole clause: only punctuation, the line end or an attribution follows it.</summary>
        private bool FillsClause(QuotedStretch stretch)
        {
            var p = SkipSpaces(stretch.End);
            if (p >= doc.Text.Length || doc.Text[p] is '\n' or '\r')
            {
                return true;
            }
            if (!char.IsLetterOrDigit(doc.Text[p]) && QuoteMarks.FamilyOf(doc.Text[p]) < 0)
            {
                return true;
            }
            var w = doc.WordAt(p);
            return w < doc.Words.Count && doc.Words[w].Span.Start == p
                && doc.Words[w].Is(ParticleRole.Attribution);
        }

        // Typography, not language: the marks that start the items of a list.
        private static bool IsBullet(char c) => c is '-' or '\u2013' or '\u2014' or '\u2022' or '*' or '\u00B7' or '\u25AA' or '\u25CF';

        /// <summary>Each item of the list starting at <paramref name="p"/> is a quote of the speaker.</summary>
        private void AddBullets(int p, Speaker speaker, int actStart)
        {
            var text = doc.Text;
            while (p < text.Length && IsBullet(text[p]))
            {
                var lineEnd = doc.LineEnd(p);
                var start = SkipSpaces(p + 1);
                if (start < lineEnd && QuoteMarks.FamilyOf(text[start]) >= 0)
                {
                    start = SkipSpaces(start + 1);
                }
                var end = TrimEnd(start, lineEnd);
                while (end > start && QuoteMarks.FamilyOf(text[end - 1]) >= 0)
                {
                    end = TrimEnd(start, end - 1);
                }
                Add(new TextSpan(start, Math.Max(start, end)), QuoteKind.Direct, speaker, actStart);
                _cursor = Math.Max(_cursor, lineEnd);
                p = lineEnd;
                while (p < text.Length && char.IsWhiteSpace(text[p]))
                {
                    p++;
                }
            }
        }
    }
}
