using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

public class MonthRelativeTests
{
    [Fact]
    public void Resolves_the_past_levantine_month_to_the_same_year()
    {
        var e = TimeAssert.Single("ارتفعت الأسعار في حزيران الفائت بشكل حاد", "حزيران الفائت");
        Assert.Equal(new TimeParts { Month = 6, MonthRelation = Relation.Past }, e.Parts);
        Assert.Equal("2023-06", TimeNormalizer.Normalize(e, new DateOnly(2023, 7, 5)).Value);
    }

    [Fact]
    public void Resolves_the_next_month_after_the_reference()
    {
        var v = TimeAssert.Value("تعقد القمة في أكتوبر المقبل في الرياض", "أكتوبر المقبل", "2025-07-31");
        Assert.Equal("2025-10", v.Value);
        Assert.Equal(new DateOnly(2025, 10, 1), v.From);
        Assert.Equal(new DateOnly(2025, 10, 31), v.To);
    }

    [Fact]
    public void A_past_month_later_in_the_year_is_last_year() =>
        Assert.Equal("2019-05", TimeAssert.Value("اعتقل في مايو الماضي", "مايو الماضي", "2020-03-01").Value);

    [Fact]
    public void The_current_month_is_the_reference_month() =>
        Assert.Equal("2020-12", TimeAssert.Value("ارتفع التضخم خلال ديسمبر الجاري", "ديسمبر الجاري", "2020-12-20").Value);

    [Fact]
    public void Early_in_last_march_carries_the_start_mod()
    {
        var v = TimeAssert.Value("أعلن ذلك في اوائل شهر مارس الماضي أمام البرلمان", "اوائل شهر مارس الماضي", "2015-12-20");
        Assert.Equal("2015-03", v.Value);
        Assert.Equal("START", v.Mod);
    }

    [Fact]
    public void A_bare_month_is_the_nearest_one() =>
        Assert.Equal("2015-09", TimeAssert.Value("وفي سبتمبر وقعت الاتفاقية", "سبتمبر", "2015-12-20").Value);
}
