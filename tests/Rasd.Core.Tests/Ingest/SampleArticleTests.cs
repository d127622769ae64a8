using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

public class SampleArticleTests
{
    public static TheoryData<string, string> Titles => new()
    {
        { "000", "المقداد: العلاقات بين موسكو ودمشق استراتيجية وسنعززها" },
        { "001", "بحثا فيه التشاور السياسي وتنسيق المواقف.. اتصال هاتفي بين المقداد ولافروف" },
        { "002", "فيصل المقداد يبحث المساعدات الروسية لنظام الأسد" },
        { "003", "مباحثات مشتركة بين وزير الدفاع السوري ونظيره الروسي" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Finds_the_headline_of_each_seed_article(string sample, string title)
    {
        var document = IngestFixtures.Sample(sample);

        Assert.Equal(title, document.Title);
        Assert.DoesNotContain(title, document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_first_paragraph_as_title_when_an_article_has_no_headline_and_keeps_it_in_the_body()
    {
        var document = IngestFixtures.Sample("004");

        Assert.StartsWith("استقبل الرئيس الروسي فلاديمير بوتين", document.Title, StringComparison.Ordinal);
        Assert.StartsWith("استقبل الرئيس الروسي فلاديمير بوتين", document.Body, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Boilerplate => new()
    {
        { "001", "أثر برس" },
        { "001", "by Athr Press A" },
        { "001", "اقرأ أيضاً" },
        { "002", "icon" },
        { "002", "التغطية الحية" },
        { "002", "2020.12.20 | 13:48 دمشق" },
        { "002", "2020-12-17t113750z_1478609825_rc2zok9gfk43_rtrmadp_3_syria-security-russia.jpg" },
        { "002", "لافروق يلتقي وفد النظام في موسكو ـ رويترز" },
        { "002", "إسطنبول ـ وكالات" },
        { "002", "+A" },
        { "002", "حجم الخط" },
        { "002", "-A" },
        { "002", "اقرأ أيضا: فيصل المقداد: لن تنسى سوريا فضل سليماني" },
        { "002", "اقرأ أيضا: مستشارة الأسد: لا يمكن لموسكو أن تطلب إخراج إيران من سوريا" },
        { "002", "اقرأ أيضا: لافروف: تبرعنا بـ 100 ألف طن من القمح.. كم يوماً تكفي سوريا؟" },
        { "004", "بقلم:&nbspيورو نيوز" },
        { "004", "نشرت في" },
        { "004", "اعلان" },
        { "004", "شاركها." },
        { "004", "اترك تعليقاً" },
        { "004", "Exit mobile version" },
    };

    [Theory]
    [MemberData(nameof(Boilerplate))]
    public void Moves_each_boilerplate_line_out_of_the_body_into_the_removed_list(string sample, string line)
    {
        var document = IngestFixtures.Sample(sample);

        Assert.Contains(line.Replace('\u00A0', ' '), document.BoilerplateRemoved.Select(l => l.Replace('\u00A0', ' ')));
        var bodyLines = document.Body.Split('\n');
        Assert.DoesNotContain(bodyLines, l => l.StartsWith(line.Length > 12 ? line[..12] : line, StringComparison.Ordinal) && l.Length <= line.Length + 2);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Leaves_no_known_boilerplate_in_any_body(string sample)
    {
        var body = IngestFixtures.Sample(sample).Body;

        foreach (var marker in new[] { "اقرأ أيض", "حجم الخط", "شاركها", "اترك تعليق", "Exit mobile", "&nbsp", "التغطية الحية", ".jpg", "بقلم", "by Athr", "ـ رويترز", "وكالات" })
        {
            Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(body.Split('\n'), l => l is "icon" or "اعلان" or "نشرت في" or "أثر برس" or "+A" or "-A");
    }

    [Fact]
    public void Keeps_every_news_paragraph_of_a_clean_article()
    {
        var document = IngestFixtures.Sample("003");

        Assert.Empty(document.BoilerplateRemoved);
        Assert.Equal(17, document.Body.Split('\n').Length);
        Assert.Contains("لافروف: نأمل بحضور الشرع القمة الروسية العربية الأولى في موسكو", document.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001", "Athr Press", "أثر برس")]
    [InlineData("004", "Euronews", "يورو نيوز")]
    public void Recognises_the_outlet_from_its_byline_or_masthead(string sample, string nameEn, string nameAr)
    {
        var outlet = IngestFixtures.Sample(sample).Outlet;

        Assert.NotNull(outlet);
        Assert.Equal(nameEn, outlet.NameEn);
        Assert.Equal(nameAr, outlet.NameAr);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    public void Does_not_credit_an_outlet_from_a_photo_credit_or_a_cited_agency(string sample)
    {
        Assert.Null(IngestFixtures.Sample(sample).Outlet);
    }

    [Fact]
    public void Reads_the_publication_date_from_an_explicit_dateline()
    {
        var document = IngestFixtures.Sample("002");

        Assert.Equal(PublicationDate.On(new DateOnly(2020, 12, 20), PublishedBasis.Explicit), document.Published);
        Assert.NotNull(document.Dateline);
        Assert.Equal("دمشق", document.Dateline.Place);
        Assert.Equal(new TimeOnly(13, 48), document.Dateline.Time);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void Leaves_the_publication_date_unknown_when_the_text_does_not_state_it(string sample)
    {
        Assert.Equal(PublicationDate.Unknown, IngestFixtures.Sample(sample).Published);
    }

    [Fact]
    public void Gives_the_same_content_hash_when_the_same_article_is_read_twice()
    {
        Assert.Equal(IngestFixtures.Sample("001").ContentHash, IngestFixtures.Sample("001").ContentHash);
        Assert.NotEqual(IngestFixtures.Sample("001").ContentHash, IngestFixtures.Sample("002").ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", IngestFixtures.Sample("000").ContentHash);
    }

    [Fact]
    public void Names_each_document_after_its_file()
    {
        Assert.Equal("002_b6e17d915fa2deda", IngestFixtures.Sample("002").DocId);
    }
}
