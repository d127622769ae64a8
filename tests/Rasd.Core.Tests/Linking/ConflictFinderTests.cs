using Rasd.Core.Linking;

namespace Rasd.Core.Tests.Linking;

public class ConflictFinderTests
{
    private static readonly ConflictFinder Finder = ConflictFinder.CreateDefault();

    [Fact]
    public void Reports_two_outlets_giving_different_days_with_how_each_said_it()
    {
        var conflicts = Finder.Find(
        [
            new ClusterReport("e1", "000", null, new DateOnly(2020, 12, 17), "اليوم الخميس", "موسكو", ["التقى المقداد لافروف في موسكو اليوم الخميس."]),
            new ClusterReport("e2", "002", null, new DateOnly(2020, 12, 18), "يوم الجمعة الماضي", "موسكو", ["وأوضح لافروف خلال مؤتمر صحفي مع المقداد يوم الجمعة الماضي."]),
        ]);

        var date = Assert.Single(conflicts);
        Assert.Equal("date", date.Kind);
        Assert.Equal("2020-12-18 (يوم الجمعة الماضي)", date.Values["002"]);
    }

    [Fact]
    public void Reports_different_figures_for_the_same_unit()
    {
        var conflicts = Finder.Find(
        [
            new ClusterReport("e1", "a", null, null, null, null, ["أعلن تبرع بلاده بـ 100 ألف طن من القمح."]),
            new ClusterReport("e2", "b", null, null, null, null, ["وقدمت روسيا 50 ألف طن من القمح لسوريا."]),
        ]);

        var figure = Assert.Single(conflicts);
        Assert.Equal(("figure", "طن"), (figure.Kind, figure.Subject));
    }

    [Fact]
    public void Reports_nothing_when_the_reports_agree()
    {
        Assert.Empty(Finder.Find(
        [
            new ClusterReport("e1", "a", null, new DateOnly(2025, 7, 31), null, "موسكو", ["وصل 100 ألف طن."]),
            new ClusterReport("e2", "b", null, new DateOnly(2025, 7, 31), null, "موسكو", ["وصلت 100 ألف طن من القمح."]),
        ]));
    }
}
