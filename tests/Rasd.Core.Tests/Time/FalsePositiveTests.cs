using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

public class FalsePositiveTests
{
    [Theory]
    [InlineData("نقل موقع عين اليوم عن مصادر محلية")]
    [InlineData("قالت قناة روسيا اليوم إن الوفد وصل")]
    [InlineData("نشرت صحيفة المصري اليوم تقريرا مطولا")]
    public void Today_inside_an_outlet_name_is_not_a_date(string sentence) => Assert.Empty(TimeAssert.All(sentence));

    [Fact]
    public void May_in_maghrebi_spelling_alone_is_not_a_month() => Assert.Empty(TimeAssert.All("قال ماي إن الحزب سيفوز"));

    [Fact]
    public void A_verb_spelled_like_march_is_not_a_month() => Assert.Empty(TimeAssert.All("مارس الحزب ضغوطا على الحكومة"));

    [Fact]
    public void A_bare_count_is_not_a_year() => Assert.Empty(TimeAssert.All("شارك 2000 متظاهر في المسيرة"));

    [Fact]
    public void Random_text_never_throws_and_spans_stay_in_bounds()
    {
        var random = new Random(20201220);
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءؤئ 0123456789٠١٢٣/.:-()«»،؛\n";
        var words = new[] { "اليوم", "أمس", "ديسمبر", "الماضي", "17", "2020", "الساعة", "كل", "يوم", "الخميس", "مساء", "قبل", "عامين", "شوال", "1436", "هـ", "الموافق", "من", "السادس", "ماي", "أكثر من" };
        for (var n = 0; n < 500; n++)
        {
            var text = new System.Text.StringBuilder();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++)
            {
                text.Append(random.Next(3) == 0 ? words[random.Next(words.Length)] + " " : alphabet[random.Next(alphabet.Length)].ToString());
            }
            var s = text.ToString();
            foreach (var e in TimeTagger.Default.Tag(TextAnalyzer.Analyze(s)))
            {
                Assert.True(e.Span.IsWithin(s.Length));
                Assert.Equal(s[e.Span.Start..e.Span.End], e.Text);
                foreach (var reference in new[] { new DateOnly(2020, 12, 20), DateOnly.MinValue.AddDays(3), DateOnly.MaxValue.AddDays(-3) })
                {
                    _ = TimeNormalizer.Normalize(e, reference);
                }
            }
        }
    }
}
