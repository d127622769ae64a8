using Rasd.Core.Framing;
using Rasd.Core.Tests.Ingest;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Framing;

public class FramingAnalyzerTests
{
    private static readonly FramingAnalyzer Analyzer = new();

    private static (string Body, DocumentFraming Framing) Seed(string prefix)
    {
        var document = IngestFixtures.Sample(prefix);
        return (document.Body, Analyze(document.Body, document.Published.Date));
    }

    private static DocumentFraming Analyze(string text, DateOnly? date = null)
    {
        var analysed = TextAnalyzer.Analyze(text);
        return Analyzer.Analyze(analysed, SharedKnowledge.Extractor.Extract(analysed, date));
    }

    private static void AssertSpanText(string body, FramingMarker marker) => Assert.Equal(marker.Text, marker.Span.Slice(body).ToString());

    [Fact]
    public void Seed_002_names_the_syrian_government_nizam_al_assad_hostile()
    {
        var (body, framing) = Seed("002");

        var marker = framing.Markers.First(m => m.Phrase == "نظام الأسد");
        Assert.Equal(("naming", "hostile", "per:bashar-al-assad"), (marker.Category, marker.Stance, marker.Target));
        Assert.Equal(body.IndexOf("نظام الأسد فيصل", StringComparison.Ordinal), marker.Span.Start);
        Assert.Equal(marker.Span.Start + "نظام الأسد".Length, marker.Span.End);
        AssertSpanText(body, marker);
        Assert.DoesNotContain(framing.Markers, m => m.Stance == "official" && m.Target == "per:bashar-al-assad");
    }

    [Fact]
    public void Seed_000_names_him_president_bashar_al_assad_official()
    {
        var (body, framing) = Seed("000");

        var markers = framing.Markers.Where(m => m.Target == "per:bashar-al-assad").ToList();
        Assert.Equal(2, markers.Count); // الرئيس بشار الأسد and, later, الرئيس بشار الاسد
        Assert.All(markers, m => Assert.Equal(("naming", "official"), (m.Category, m.Stance)));
        Assert.All(markers, m => AssertSpanText(body, m));
        Assert.DoesNotContain(framing.Markers, m => m.Stance == "hostile" && m.Category == "naming");
        var assad = framing.Mentions.First(m => m.EntityId == "per:bashar-al-assad");
        Assert.Equal("official", assad.Stance);
    }

    [Fact]
    public void Seed_002_puts_terrorism_and_donation_in_scare_quotes_but_not_names()
    {
        var (body, framing) = Seed("002");

        var quotes = framing.Markers.Where(m => m.Category == FramingCategories.ScareQuote).ToList();
        Assert.Contains(quotes, q => q.Text == "\"الإرهاب\"" && q.Phrase == "الارهاب");
        Assert.Contains(quotes, q => q.Text == "\"تبرع\"");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("المقداد", StringComparison.Ordinal) || q.Text.Contains("سانا", StringComparison.Ordinal));
        var terrorism = quotes.First(q => q.Phrase == "الارهاب");
        Assert.Equal(body.IndexOf("\"الإرهاب\"", StringComparison.Ordinal), terrorism.Span.Start);
        Assert.Equal(terrorism.Span.Start + 9, terrorism.Span.End);
    }

    [Fact]
    public void Matches_a_marker_whose_first_word_carries_a_clitic()
    {
        const string text = "وقالت المعارضة إن الدعم الروسي لنظام الأسد مستمر، وإن قوات النظام قصفت ريف حماة في سوريا.";

        var framing = Analyze(text);

        var phrases = framing.Markers.Select(m => (m.Text, m.Phrase)).ToList();
        Assert.Contains(("لنظام الأسد", "نظام الأسد"), phrases);
        Assert.Contains(("قوات النظام", "قوات النظام"), phrases); // longest phrase, not النظام alone
        Assert.Contains(("المعارضة", "المعارضة"), phrases);
        Assert.DoesNotContain(framing.Markers, m => m.Phrase == "النظام");
    }

    [Fact]
    public void Counts_a_generic_word_only_when_the_document_is_about_what_it_means()
    {
        Assert.DoesNotContain(Analyze("أقر البرلمان النظام الانتخابي الجديد.").Markers, m => m.Phrase == "النظام");
        Assert.Contains(Analyze("قصف النظام ريف إدلب في سوريا.").Markers, m => m.Phrase == "النظام");
    }

    [Theory]
    [InlineData("الثوار", "sympathetic")]
    [InlineData("المسلحين", "hostile")]
    [InlineData("الإرهابيين", "hostile")]
    [InlineData("الفصائل", "neutral")]
    [InlineData("الجيش العربي السوري", "official")]
    [InlineData("الاحتلال الإسرائيلي", "hostile")]
    public void Names_groups_and_armies_with_their_stance(string phrase, string stance)
    {
        var framing = Analyze($"وقال المصدر إن {phrase} دخلوا البلدة أمس.");

        Assert.Equal(stance, Assert.Single(framing.Markers).Stance);
    }

    [Fact]
    public void Praise_reads_positive_and_condemnation_negative()
    {
        var praise = Analyze("أشاد الوزير بالتعاون المثمر وثمّن دعم البلدين الصديقين.");
        var condemnation = Analyze("دانت الخارجية العدوان الإرهابي ووصفته بأنه جريمة حرب.");

        Assert.True(praise.Tone.Score > 0.5, $"praise {praise.Tone}");
        Assert.True(condemnation.Tone.Score < -0.5, $"condemnation {condemnation.Tone}");
        Assert.Equal(0, praise.Tone.Negative);
        Assert.Equal(0, condemnation.Tone.Positive);
    }

    [Fact]
    public void A_negator_turns_the_tone_of_the_word_after_it()
    {
        Assert.True(Analyze("رحب المجلس بالقرار").Tone.Score > 0);
        Assert.True(Analyze("لم يرحب المجلس بالقرار").Tone.Score < 0);
        Assert.True(Analyze("عدم الاستقرار في المنطقة").Tone.Score < 0);
    }

    [Fact]
    public void Mention_tone_reads_the_words_around_each_mention()
    {
        const string text = "أشاد الوزير سيرغي لافروف بالتعاون مع سوريا. وفي خبر آخر دانت إسرائيل الهجوم الإرهابي على حدودها.";

        var framing = Analyze(text);

        var lavrov = framing.Mentions.First(m => m.EntityId == "per:sergey-lavrov");
        var israel = framing.Mentions.First(m => m.EntityId == "loc:ISR");
        Assert.True(lavrov.Tone.Score > 0, $"lavrov {lavrov.Tone}");
        Assert.True(israel.Tone.Score < 0, $"israel {israel.Tone}");
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_have_no_framing()
    {
        Assert.Empty(Analyze("").Markers);
        Assert.Equal(0, Analyze("« » \" \" …").Tone.Score);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_text_never_throws_and_spans_stay_inside_it(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةى \"“”«»،.\n نظام الأسد المعارضة الإرهاب";
        var text = new string(Enumerable.Range(0, 2000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

        var framing = Analyze(text);

        Assert.All(framing.Markers, m => Assert.True(m.Span.IsWithin(text.Length) && m.Span.Slice(text).ToString() == m.Text));
    }
}
