using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

/// <summary>Boilerplate from real scraped pages (SaudiNewsNet 2015, the seeds): removed and kept aside.</summary>
public class BoilerplateTests
{
    private const string Paragraph = "ووصل رئيس الحكومة اليمنية إلى مطار عدن الدولي يرافقه عدد من الوزراء.";

    public static TheoryData<string> WholeLines =>
    [
        "// انتهى //",
        "15:22 ت م",
        "رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة",
        "سمات السعودية اليمن عدن",
        "....المزيد",
        "اقرأ أيضاً: وزير الخارجية يلتقي نظيره الأردني",
        "حجم الخط",
        "شاركها.",
        "اترك تعليقاً",
        "Exit mobile version",
        "إعلان",
        "للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (3) ثم مسافة ثم نص الرسالة إلى",
        "88591 - Stc",
    ];

    [Theory]
    [MemberData(nameof(WholeLines))]
    public void Removes_a_boilerplate_line_and_keeps_it_aside(string line)
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text($"{Paragraph}\n{line}\nوأكد الوزير دعم الحكومة.", title: "عنوان"));

        Assert.Equal($"{Paragraph}\nوأكد الوزير دعم الحكومة.", document.Body);
        Assert.Contains(line, document.BoilerplateRemoved);
    }

    [Theory]
    [InlineData(" // انتهى // ")]
    [InlineData(" رابط الخبر بصحيفة الوئام: الأمير محمد بن سلمان يلتقي رئيس جمهورية الشيشان")]
    [InlineData(" aaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (3) ثم مسافة ثم نص الرسالة إلى 88591 - Stc 635031 - Mobily")]
    [InlineData(" 14:05 ت م")]
    public void Cuts_boilerplate_glued_to_the_end_of_a_paragraph(string tail)
    {
        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(Paragraph + tail, title: "عنوان"));

        Assert.Equal(Paragraph, document.Body);
        Assert.NotEmpty(document.BoilerplateRemoved);
    }

    [Fact]
    public void Keeps_a_paragraph_that_merely_uses_a_boilerplate_word()
    {
        const string text = "كذلك من السمات المعيارية الثابتة «دي إيه بي»، و«بلوتوث»، حيث تزعم الشركة توفيرها للاتصال.";

        var document = IngestFixtures.Builder.Build(IngestFixtures.Text(text, title: "سيارة جديدة"));

        Assert.Equal(text, document.Body);
        Assert.Empty(document.BoilerplateRemoved);
    }
}
