using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

public class DatelineTests
{
    [Fact]
    public void Reads_an_spa_dateline_with_hijri_date_gregorian_twin_place_and_agency()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nأعلنت الحكومة الألمانية اليوم عن خطة جديدة لاستقبال اللاجئين."));

        Assert.NotNull(document.Dateline);
        Assert.Equal("برلين", document.Dateline.Place);
        Assert.Equal(new DateOnly(2015, 8, 10), document.Dateline.Date);
        Assert.Equal("واس", document.Dateline.Agency);
        Assert.Equal(PublicationDate.On(new DateOnly(2015, 8, 10), PublishedBasis.Explicit), document.Published);
        Assert.Equal("Saudi Press Agency", document.Outlet?.NameEn);
        Assert.Contains("برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", document.BoilerplateRemoved);
    }

    [Fact]
    public void Converts_a_hijri_only_dateline_through_the_umm_al_qura_calendar()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "عنوان الخبر\nالرياض 1 رمضان 1436 هـ واس أعلنت وزارة الداخلية بدء العمل بالنظام الجديد."));

        // 1 Ramadan 1436 (Umm al-Qura) was Thursday 18 June 2015.
        Assert.Equal(new DateOnly(2015, 6, 18), document.Dateline?.Date);
        Assert.Equal("الرياض", document.Dateline?.Place);
        Assert.Equal("أعلنت وزارة الداخلية بدء العمل بالنظام الجديد.", document.Body);
    }

    [Fact]
    public void Strips_a_place_and_agency_dateline_from_the_start_of_the_first_paragraph()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "الرياض - واس\nأكد مجلس الوزراء دعم المملكة للشعب اليمني.", title: "مجلس الوزراء يؤكد دعم اليمن"));

        Assert.Equal("أكد مجلس الوزراء دعم المملكة للشعب اليمني.", document.Body);
        Assert.Equal("الرياض", document.Dateline?.Place);
        Assert.Equal("واس", document.Dateline?.Agency);
        Assert.Null(document.Dateline?.Date);
    }

    [Fact]
    public void Strips_an_agency_first_dateline_and_keeps_the_rest_of_the_paragraph()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "واس- الرياض: استقبل ولي العهد في الرياض اليوم وزير خارجية فرنسا.", title: "ولي العهد يستقبل وزير خارجية فرنسا"));

        Assert.Equal("استقبل ولي العهد في الرياض اليوم وزير خارجية فرنسا.", document.Body);
        Assert.Equal("الرياض", document.Dateline?.Place);
    }

    [Fact]
    public void An_outlet_name_in_the_place_slot_is_not_taken_for_a_place()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "سبق- وكالات: قتل عشرة أشخاص في انفجار بالعاصمة.", title: "انفجار في العاصمة"));

        Assert.Equal("قتل عشرة أشخاص في انفجار بالعاصمة.", document.Body);
        Assert.Null(document.Dateline?.Place);
        Assert.Equal("وكالات", document.Dateline?.Agency);
    }

    [Theory]
    [InlineData("عين اليوم – الرياض", "الرياض", "عين اليوم", null)]
    [InlineData("عين اليوم – متابعات", null, "عين اليوم", null)]
    [InlineData("عمر إبراهيم – عين اليوم", null, "عين اليوم", "عمر إبراهيم")]
    [InlineData("سلوى سعد – متابعات", null, null, "سلوى سعد")]
    [InlineData("مسلّم الهواملة – عين اليوم", null, "عين اليوم", "مسلّم الهواملة")]
    [InlineData("Next Previous عين اليوم – واس", null, "واس", null)]
    public void Reads_credit_lines_by_looking_up_both_sides(string line, string? place, string? agency, string? byline)
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            line + "\nأعلنت وزارة الصحة تسجيل حالات جديدة.", title: "وزارة الصحة تعلن"));

        Assert.Equal("أعلنت وزارة الصحة تسجيل حالات جديدة.", document.Body);
        Assert.Equal(place, document.Dateline?.Place);
        Assert.Equal(agency, document.Dateline?.Agency);
        Assert.Equal(byline, document.Byline);
    }

    [Fact]
    public void Keeps_a_dashed_line_when_neither_side_is_a_known_outlet_or_desk()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "الرياض – جدة\nانطلقت رحلة القطار الأولى.", title: "قطار جديد"));

        Assert.Null(document.Dateline);
        Assert.StartsWith("الرياض – جدة", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_take_a_place_and_agency_phrase_deep_in_the_article_for_a_dateline()
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(
            "عنوان\nالفقرة الأولى من الخبر.\nالفقرة الثانية من الخبر.\nالرياض - واس"));

        Assert.Null(document.Dateline);
        Assert.EndsWith("الرياض - واس", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefers_a_given_publication_date_over_the_dateline_and_the_dateline_over_a_crawl_date()
    {
        var dateline = new Dateline("x", null, new DateOnly(2015, 8, 10), null, null);

        Assert.Equal(PublishedBasis.Given, DocumentBuilder.Published(new GivenDate("2015-08-09", false), dateline).Basis);
        Assert.Equal(new DateOnly(2015, 8, 10), DocumentBuilder.Published(new GivenDate("2015-08-11 02:00:00", true), dateline).Date);
        Assert.Equal(PublicationDate.On(new DateOnly(2015, 8, 11), PublishedBasis.Given), DocumentBuilder.Published(new GivenDate("2015-08-11 02:00:00", true), null));
        Assert.Equal(PublicationDate.Unknown, DocumentBuilder.Published(null, null));
    }

    [Theory]
    [InlineData(1436, 10, 25, 2015, 8, 10)]
    [InlineData(1442, 5, 5, 2020, 12, 20)]
    public void Converts_hijri_dates(int hy, int hm, int hd, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), DatelineParser.FromHijri(hy, hm, hd));
    }

    [Fact]
    public void Rejects_a_hijri_day_that_does_not_exist()
    {
        Assert.Null(DatelineParser.FromHijri(1436, 10, 31));
    }
}
