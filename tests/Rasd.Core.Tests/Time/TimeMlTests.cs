using Rasd.Core.Evaluation.TimeMl;
using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

public class TimeMlTests
{
    private const string Markup = "<?xml version=\"1.0\"?>\n<TimeML>\n\uFEFFيفتتح بعد غد <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-12-22\">الثلاثاء</TIMEX3> المعرض وحصل على جائزة <TIMEX3 tid=\"t7\" type=\"DATE\" value=\"PAST_REF\">مؤخرا</TIMEX3>.\n</TimeML>";

    [Fact]
    public void Reader_strips_tags_and_keeps_gold_offsets_into_the_plain_text()
    {
        var doc = TimeMlReader.Parse("doc1", Markup);
        Assert.DoesNotContain('<', doc.Text);
        Assert.DoesNotContain('\uFEFF', doc.Text);
        Assert.Equal(2, doc.Timexes.Count);
        foreach (var t in doc.Timexes)
        {
            Assert.Equal(t.Text, doc.Text[t.Span.Start..t.Span.End]);
        }
        Assert.Equal(("DATE", "2015-12-22"), (doc.Timexes[0].Type, doc.Timexes[0].Value));
    }

    [Fact]
    public void Reader_tolerates_an_unclosed_tag() =>
        Assert.Empty(TimeMlReader.Parse("bad", "<TimeML>نص <TIMEX3 type=\"DATE\" value=\"x\">أمس").Timexes);

    [Fact]
    public void Scorer_matches_by_overlap_and_checks_values()
    {
        var doc = TimeMlReader.Parse("doc1", Markup);
        var (score, lines) = TimeMlScorer.Evaluate([doc], TimeTagger.Default, new DateOnly(2015, 12, 20));
        Assert.Equal(2, score.Gold);
        Assert.Equal(2, score.Overlap);
        Assert.Equal(1.0, score.DateValueAccuracy);
        Assert.All(lines, l => Assert.Equal("ok", l.Outcome));
    }
}
