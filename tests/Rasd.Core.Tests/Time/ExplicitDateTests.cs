using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

public class ExplicitDateTests
{
    [Theory]
    [InlineData("وقع الانفجار في 17 ديسمبر 2020 قرب الميناء", "17 ديسمبر 2020", "2020-12-17")]
    [InlineData("صدر القرار بتاريخ 17/12/2020 عن المجلس", "17/12/2020", "2020-12-17")]
    [InlineData("نشر البيان 2020.12.20 على الموقع", "2020.12.20", "2020-12-20")]
    [InlineData("الجلسة المقررة 2020-12-17 تأجلت", "2020-12-17", "2020-12-17")]
    [InlineData("افتتح المعرض في 11 سبتمبر 2001 وسط إجراءات", "11 سبتمبر 2001", "2001-09-11")]
    public void Reads_explicit_gregorian_dates(string sentence, string expression, string value) =>
        Assert.Equal(value, TimeAssert.Value(sentence, expression, "2020-12-20").Value);

    [Fact]
    public void Reads_a_day_of_the_levantine_month_with_min()
    {
        var e = TimeAssert.Single("عقد الاجتماع يوم 17 من كانون الأول في دمشق", "17 من كانون الأول");
        Assert.Equal(new TimeParts { Month = 12, Day = 17 }, e.Parts);
        Assert.Equal("2020-12-17", TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Fact]
    public void Reads_an_ordinal_day_of_the_current_month()
    {
        var e = TimeAssert.Single("وصل الوفد في السادس من ديسمبر الجاري إلى عمان", "السادس من ديسمبر الجاري");
        Assert.Equal(new TimeParts { Month = 12, Day = 6, MonthRelation = Relation.Current }, e.Parts);
        Assert.Equal("2020-12-06", TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Fact]
    public void Reads_a_levantine_day_of_the_current_month() =>
        Assert.Equal("2020-12-06", TimeAssert.Value("بدأت الحملة في 6 من كانون الأول الجاري", "6 من كانون الأول الجاري", "2020-12-20").Value);

    [Fact]
    public void Resolves_a_day_of_the_current_month_against_the_reference() =>
        Assert.Equal("2020-12-17", TimeAssert.Value("أعلنت الوزارة يوم 17 ديسمبر الجاري نتائج التحقيق", "17 ديسمبر الجاري", "2020-12-20").Value);

    [Theory]
    [InlineData("جرت الانتخابات في يونيو حزيران 2021", "يونيو حزيران 2021", "2021-06")]
    [InlineData("سافر الوزير في أغسطس آب الماضي", "أغسطس آب الماضي", "2020-08")]
    [InlineData("أقيم المهرجان في يونيو (حزيران) 2019 بحضور كبير", "يونيو (حزيران) 2019", "2019-06")]
    public void Reads_dual_month_names_as_one_expression(string sentence, string expression, string value) =>
        Assert.Equal(value, TimeAssert.Value(sentence, expression, "2020-12-20").Value);

    [Theory]
    [InlineData("انطلقت الدورة يوم 5 جانفي 2021 بالعاصمة", "5 جانفي 2021", "2021-01-05")]
    [InlineData("تنتهي المهلة في 3 فيفري 2021", "3 فيفري 2021", "2021-02-03")]
    [InlineData("صدر المرسوم في 14 أفريل 2021", "14 أفريل 2021", "2021-04-14")]
    [InlineData("جرت المباراة في 2 ماي 2021", "2 ماي 2021", "2021-05-02")]
    [InlineData("تبدأ العطلة في 30 جوان 2021", "30 جوان 2021", "2021-06-30")]
    [InlineData("يحتفل التونسيون في 25 جويلية 2021", "25 جويلية 2021", "2021-07-25")]
    [InlineData("عاد الوفد في 13 أوت 2021", "13 أوت 2021", "2021-08-13")]
    public void Reads_maghrebi_month_names(string sentence, string expression, string value) =>
        Assert.Equal(value, TimeAssert.Value(sentence, expression, "2020-12-20").Value);

    [Fact]
    public void Reads_a_hijri_date_with_its_gregorian_twin_as_the_gregorian_day()
    {
        var value = TimeAssert.Value("صدر الأمر في 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م بالرياض", "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م", "2015-08-20");
        Assert.Equal("2015-08-10", value.Value);
    }

    [Fact]
    public void Converts_a_hijri_date_without_its_twin() =>
        Assert.Equal("2015-08-10", TimeAssert.Value("صدر الأمر في 25 شوال 1436 هـ بالرياض", "25 شوال 1436 هـ", "2015-08-20").Value);

    [Theory]
    [InlineData("وقعت الحادثة العام 2017 في المدينة", "العام 2017", "2017")]
    [InlineData("تأسست الشركة في 2002م على يد رجل أعمال", "2002م", "2002")]
    [InlineData("بدأ المشروع عام 2015 بتمويل حكومي", "عام 2015", "2015")]
    public void Reads_years_with_a_year_cue(string sentence, string expression, string value)
    {
        var v = TimeAssert.Value(sentence, expression, "2020-12-20");
        Assert.Equal(value, v.Value);
        Assert.Equal("year", v.Granularity);
    }

    [Fact]
    public void A_bare_year_after_a_preposition_is_a_year() =>
        Assert.Equal("2004", TimeAssert.Value("وفي 2004 تعلن الولايات المتحدة مشروعها", "2004", "2015-12-20").Value);
}
