using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

public class WeekdayTests
{
    [Fact]
    public void Resolves_last_friday_against_the_publication_date()
    {
        var e = TimeAssert.Single("قتل ثلاثة أشخاص يوم الجمعة الماضي في انفجار", "يوم الجمعة الماضي");
        Assert.Equal(new TimeParts { Weekday = DayOfWeek.Friday, WeekdayRelation = Relation.Past }, e.Parts);
        Assert.Equal("2020-12-18", TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Fact]
    public void Resolves_next_tuesday_strictly_after_the_reference() =>
        Assert.Equal("2020-12-22", TimeAssert.Value("يعقد المجلس جلسته الثلاثاء المقبل", "الثلاثاء المقبل", "2020-12-20").Value);

    [Fact]
    public void A_bare_weekday_is_the_one_of_the_reference_week() =>
        Assert.Equal("2015-12-24", TimeAssert.Value("التقى الوزير الخميس نظيره الأردني", "الخميس", "2015-12-20").Value);

    [Fact]
    public void Today_thursday_on_a_thursday_is_the_reference_day()
    {
        var e = TimeAssert.Single("يبدأ اليوم الخميس مؤتمر الطاقة", "اليوم الخميس");
        Assert.Equal(new TimeParts { DayOffset = 0, Weekday = DayOfWeek.Thursday, WeekdayRelation = Relation.Current }, e.Parts);
        var v = TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 17));
        Assert.Equal("2020-12-17", v.Value);
        Assert.Null(v.Note);
    }

    [Fact]
    public void This_evening_monday_against_a_tuesday_reference_is_the_monday_with_a_note()
    {
        var e = TimeAssert.Single("وصل الرئيس مساء اليوم (الاثنين) إلى القاهرة", "مساء اليوم (الاثنين)");
        Assert.Equal(TimexType.Time, e.Type);
        Assert.Equal(new TimeParts { DayOffset = 0, Weekday = DayOfWeek.Monday, WeekdayRelation = Relation.Current, PartOfDay = "EV" }, e.Parts);
        var v = TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 22));
        Assert.Equal("2020-12-21TEV", v.Value);
        Assert.Equal(new DateOnly(2020, 12, 21), v.From);
        Assert.Equal("weekday contradicts the reference date 2020-12-22 (Tuesday); resolved to 2020-12-21", v.Note);
    }

    [Fact]
    public void The_day_after_tomorrow_in_guillemets_keeps_its_weekday()
    {
        var e = TimeAssert.Single("تنطلق بعد غد «الثلاثاء» أعمال الملتقى", "بعد غد «الثلاثاء»");
        Assert.Equal(new TimeParts { DayOffset = 2, Weekday = DayOfWeek.Tuesday, WeekdayRelation = Relation.Current }, e.Parts);
        Assert.Equal("2020-12-22", TimeNormalizer.Normalize(e, new DateOnly(2020, 12, 20)).Value);
    }

    [Fact]
    public void Yesterday_sunday_is_the_day_before_the_reference() =>
        Assert.Equal("2020-12-20", TimeAssert.Value("أعلنت الشرطة أمس الأحد اعتقال المشتبه به", "أمس الأحد", "2020-12-21").Value);
}
