using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

public class RelativeTimeTests
{
    [Theory]
    [InlineData("قال الوزير اليوم إن المفاوضات مستمرة", "اليوم", 0, "2020-12-20")]
    [InlineData("أعلنت الحكومة أمس خطة جديدة", "أمس", -1, "2020-12-19")]
    [InlineData("قالت الشرطة الامس إنها اعتقلت مشتبها", "الامس", -1, "2020-12-19")]
    [InlineData("وصل الوفد أول من أمس إلى بغداد", "أول من أمس", -2, "2020-12-18")]
    [InlineData("يصل الوفد غداً إلى بغداد", "غداً", 1, "2020-12-21")]
    [InlineData("تبدأ الانتخابات بعد غد في كل المحافظات", "بعد غد", 2, "2020-12-22")]
    public void Resolves_relative_days(string sentence, string expression, int offset, string value)
    {
        var e = TimeAssert.Single(sentence, expression);
        Assert.Equal(new TimeParts { DayOffset = offset }, e.Parts);
        Assert.Equal(value, TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Theory]
    [InlineData("ارتفعت الأسعار الأسبوع الماضي بنسبة كبيرة", "الأسبوع الماضي", "week", -1, "2020-W50")]
    [InlineData("تنتهي المهلة الشهر الجاري وفق البيان", "الشهر الجاري", "month", 0, "2020-12")]
    [InlineData("تراجع النمو العام الماضي إلى النصف", "العام الماضي", "year", -1, "2019")]
    [InlineData("يتوقع أن ينمو الاقتصاد هذا العام بنسبة ضئيلة", "هذا العام", "year", 0, "2020")]
    public void Resolves_relative_periods(string sentence, string expression, string unit, int offset, string value)
    {
        var e = TimeAssert.Single(sentence, expression);
        Assert.Equal((unit, offset), e.Parts.Period);
        Assert.Equal(value, TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Theory]
    [InlineData("وقعت اشتباكات قبل أسابيع في المنطقة", "قبل أسابيع", "PAST_REF")]
    [InlineData("سترتفع الأسعار خلال الأشهر القادمة كما يتوقع الخبراء", "الأشهر القادمة", "FUTURE_REF")]
    [InlineData("تزايدت الهجمات مؤخرا في الشمال", "مؤخرا", "PAST_REF")]
    [InlineData("يجري الحديث الآن عن هدنة", "الآن", "PRESENT_REF")]
    public void Reads_fuzzy_references(string sentence, string expression, string value) =>
        Assert.Equal(value, TimeAssert.Value(sentence, expression, "2020-12-20").Value);

    [Fact]
    public void Since_the_start_of_a_year_is_that_year_with_a_start_mod()
    {
        var v = TimeAssert.Value("قتل مئات منذ بداية 2020 في المعارك", "بداية 2020", "2020-12-20");
        Assert.Equal("2020", v.Value);
        Assert.Equal("START", v.Mod);
    }

    [Fact]
    public void Years_ago_is_a_year_before_the_reference() =>
        Assert.Equal("1920", TimeAssert.Value("تأسست المدينة قبل خمسة وتسعين عاما على ضفاف النهر", "قبل خمسة وتسعين عاما", "2015-12-20").Value);

    [Theory]
    [InlineData("تبدأ الندوة الساعة العاشرة صباحا في القاعة", "الساعة العاشرة صباحا", "2020-12-20T10:00")]
    [InlineData("وقع الانفجار عند 13:48 بالتوقيت المحلي", "13:48", "2020-12-20T13:48")]
    [InlineData("يصل الوفد مساء إلى المطار", "مساء", "2020-12-20TEV")]
    public void Reads_times_of_day(string sentence, string expression, string value)
    {
        var e = TimeAssert.Single(sentence, expression);
        Assert.Equal(TimexType.Time, e.Type);
        Assert.Equal(value, TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Theory]
    [InlineData("استمرت المعارك ثلاثة أيام متواصلة", "ثلاثة أيام", "P3D")]
    [InlineData("انقطعت الكهرباء 24 ساعة في العاصمة", "24 ساعة", "PT24H")]
    [InlineData("قضى في السجن عامين قبل الإفراج عنه", "عامين", "P2Y")]
    [InlineData("تضاعفت الأسعار خلال العامين الماضيين بشكل كبير", "العامين الماضيين", "P2Y")]
    public void Reads_durations(string sentence, string expression, string value)
    {
        var e = TimeAssert.Single(sentence, expression);
        Assert.Equal(TimexType.Duration, e.Type);
        Assert.Equal(value, TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Theory]
    [InlineData("تتكرر الاشتباكات كل يوم في المدينة", "كل يوم", "P1D")]
    [InlineData("يقام المهرجان سنويا في الخريف الثقافي", "سنويا", "P1Y")]
    [InlineData("يجتمع المجلس أسبوعيا لمراجعة الخطط", "أسبوعيا", "P1W")]
    public void Reads_sets(string sentence, string expression, string value)
    {
        var found = TimeAssert.All(sentence);
        var e = Assert.Single(found, f => f.Text == expression);
        Assert.Equal(TimexType.Set, e.Type);
        Assert.Equal(value, TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }
}
