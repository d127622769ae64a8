using Rasd.Core.Quotes;
using Rasd.Core.Tests.Ingest;

namespace Rasd.Core.Tests.Quotes;

/// <summary>Every quote of the seed articles with its speaker: a floor that only rises.</summary>
public class SeedQuoteTests
{
    // (seed, first words of the quote, kind, speaker id or null). Direct quotes must all have the
    // right speaker; indirect ones are listed so that a change in them is seen.
    private static readonly (string Seed, string Opening, QuoteKind Kind, string? Speaker)[] Expected =
    [
        ("000", "زيارته لموسكو هدفها", QuoteKind.Direct, "per:faisal-mekdad"),
        ("000", "الهدف الاستراتيجي", QuoteKind.Indirect, "per:faisal-mekdad"),
        ("000", "الوزير سيرغي لافروف", QuoteKind.Indirect, "org:ministry:foreign-affairs:RUS"),
        ("000", "الوزيران سيبحثان", QuoteKind.Indirect, "org:ministry:foreign-affairs:RUS"),
        ("000", "الجانبان سيتطرقان", QuoteKind.Indirect, "org:ministry:foreign-affairs:RUS"),
        ("001", "الوزير المقداد ثمّن", QuoteKind.Direct, "org:sana"),
        ("001", "تطورات الأوضاع", QuoteKind.Direct, "org:sana"),
        ("001", "الوزير المقداد جدد", QuoteKind.Direct, "org:sana"),
        ("001", "لافروف جدد التعبير", QuoteKind.Direct, "org:sana"),
        ("001", "موسكو لكل الجهود", QuoteKind.Direct, "per:sergey-lavrov"),
        ("001", "هناك مجموعة من الأفكار", QuoteKind.Direct, "per:faisal-mekdad"),
        ("001", "سيكون الأشقاء", QuoteKind.Direct, "per:faisal-mekdad"),
        ("001", "تكليف نواب وزراء", QuoteKind.Direct, null),
        ("002", "ناقش مع المسؤولين", QuoteKind.Indirect, "per:faisal-mekdad"),
        ("002", "وفودا سورية", QuoteKind.Direct, "per:faisal-mekdad"),
        ("002", "لكنني ألاحظ", QuoteKind.Direct, "per:faisal-mekdad"),
        ("002", "هذه المنظمة", QuoteKind.Direct, "per:faisal-mekdad"),
        ("002", "علاوة على ذلك", QuoteKind.Direct, "per:sergey-lavrov"),
        ("002", "بمثابة", QuoteKind.Indirect, null),
        ("003", "وزير الدفاع السوري", QuoteKind.Indirect, "org:sana"),
        ("003", "من المقرر", QuoteKind.Indirect, "per:maria-zakharova"),
        ("003", "نأمل بحضور الشرع", QuoteKind.Direct, "per:sergey-lavrov"),
        ("003", "نتمنى أن يتجاوز", QuoteKind.Direct, "per:sergey-lavrov"),
        ("003", "روسيا تأمل", QuoteKind.Direct, "per:sergey-lavrov"),
        ("003", "تتطلع سوريا", QuoteKind.Direct, "per:asaad-al-shaibani"),
        ("003", "نريد علاقات", QuoteKind.Direct, "per:asaad-al-shaibani"),
        ("003", "نمر بمرحلة", QuoteKind.Direct, "per:asaad-al-shaibani"),
        ("003", "هناك بعض الحكومات", QuoteKind.Direct, "per:asaad-al-shaibani"),
        ("003", "عملنا منذ 8 ديسمبر", QuoteKind.Direct, "per:asaad-al-shaibani"),
        ("003", "الوزير لافروف سيبحث", QuoteKind.Indirect, "per:sergey-vershinin"),
        ("003", "المباحثات ستولي", QuoteKind.Indirect, "per:sergey-vershinin"),
        ("003", "لا بد من مراعاة", QuoteKind.Direct, "per:sergey-vershinin"),
        ("004", "“الاجتماع التاريخي” أكد", QuoteKind.Indirect, "org:ministry:foreign-affairs:SYR"),
        ("004", "هذه المرحلة تقوم", QuoteKind.Direct, "org:ministry:foreign-affairs:SYR"),
        ("004", "لأي تدخلات إسرائيلية", QuoteKind.Direct, "per:vladimir-putin"),
        ("004", "دعم استقرار الدولة", QuoteKind.Direct, "per:vladimir-putin"),
        ("004", "بلاده “تأمل", QuoteKind.Indirect, "per:sergey-lavrov"),
        ("004", "نأمل أن يتمكن", QuoteKind.Direct, "per:sergey-lavrov"),
        ("004", "روسيا تعمل", QuoteKind.Direct, "per:sergey-lavrov"),
        ("004", "تكثيف الحوار", QuoteKind.Direct, "per:sergey-lavrov"),
        ("004", "الجهود التي تبذلها", QuoteKind.Direct, "per:sergey-lavrov"),
        ("004", "زيارته إلى موسكو", QuoteKind.Indirect, "per:asaad-al-shaibani"),
        ("004", "اتفق مع لافروف", QuoteKind.Indirect, "per:asaad-al-shaibani"),
        ("004", "هناك فرص حقيقية", QuoteKind.Direct, "per:asaad-al-shaibani"),
        ("004", "محاولات بعض القوى", QuoteKind.Direct, "per:sergey-lavrov"),
    ];

    public static TheoryData<string> Seeds => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_quote_of_a_seed_is_found_with_its_speaker(string seed)
    {
        var document = IngestFixtures.Sample(seed);
        var found = QuoteExtractorTests.Extract(document.Body, document.Published.Date)
            .Select(q => (q.Text, q.Kind, q.SpeakerId))
            .ToList();
        var expected = Expected.Where(e => e.Seed == seed).ToList();

        foreach (var (_, opening, kind, speaker) in expected)
        {
            Assert.Contains(found, q => q.Text.StartsWith(opening, StringComparison.Ordinal) && q.Kind == kind && q.SpeakerId == speaker);
        }
        Assert.Equal(expected.Count, found.Count);
    }
}
