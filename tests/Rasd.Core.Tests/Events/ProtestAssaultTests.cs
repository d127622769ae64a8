using static Rasd.Core.Tests.Events.EventFixtures;

namespace Rasd.Core.Tests.Events;

/// <summary>The protest (14x), assault (18x), fight (19x) and mass-violence (20x) triggers, on made-up sentences.</summary>
public class ProtestAssaultTests
{
    private static readonly DateOnly Day = new(2019, 10, 18);

    public static readonly TheoryData<string, string> Codes = new()
    {
        { "تظاهر آلاف الطلاب أمام مبنى الجامعة للمطالبة بخفض الرسوم.", "141" },
        { "واصل المعتصمون اعتصامهم لليوم الثالث أمام مقر الحكومة.", "141" },
        { "دخل عشرات المعتقلين في إضراب عن الطعام احتجاجا على ظروف احتجازهم.", "142" },
        { "أعلنت نقابة المعلمين إضرابا شاملا يوم الأحد المقبل.", "143" },
        { "قطع المحتجون الطرق الرئيسية بالإطارات المشتعلة.", "140" },
        { "استهدفت سيارة مفخخة حافلة للركاب قرب السوق.", "1832" },
        { "اختطف مسلحون مجهولون سائق شاحنة على الطريق الدولي.", "181" },
        { "نجا الوزير من محاولة اغتيال استهدفت موكبه.", "185" },
        { "اندلعت اشتباكات عنيفة بين قوات الأمن ومسلحين في أطراف المدينة.", "190" },
        { "شنت طائرات حربية غارات على مواقع في الجبل.", "195" },
        { "ارتكبت الميليشيا مجزرة بحق سكان القرية.", "202" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_protest_or_violence_trigger_gives_its_code_even_when_no_party_is_named(string sentence, string code)
    {
        var events = Extract(sentence, Day);

        Assert.Contains(events, e => e.Cameo == code);
    }

    [Fact]
    public void An_unnamed_crowd_takes_the_country_of_its_adjective()
    {
        const string Sentence = "خرج متظاهرون لبنانيون إلى الشوارع مطالبين برحيل الحكومة.";
        var e = Single(Sentence, Day, "14");

        Assert.Equal(("141", "LBN", "unnamed:LBN"), (e.Cameo, e.Source.Country, e.Source.EntityId));
        Assert.Equal((0, Sentence.Length), (e.Evidence.Start, e.Evidence.End));
    }

    [Fact]
    public void An_unnamed_crowd_takes_the_country_of_the_city_where_it_marched()
    {
        var e = Single("تظاهر مئات الأشخاص في القاهرة احتجاجا على غلاء الأسعار.", Day, "14");

        Assert.Equal("EGY", e.Source.Country);
    }

    [Fact]
    public void A_named_party_is_the_source_of_an_attack()
    {
        var e = Single("قصفت إسرائيل مواقع في جنوب لبنان فجر اليوم.", Day, "19");

        Assert.Equal(("195", "ISR"), (e.Cameo, e.Source.Country));
    }

    [Fact]
    public void A_ceasefire_is_not_read_as_gunfire()
    {
        var events = Extract("أعلن الطرفان وقف إطلاق النار في المدينة ابتداء من منتصف الليل.", Day);

        Assert.DoesNotContain(events, e => e.Root is "18" or "19" or "20");
    }
}
