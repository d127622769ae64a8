using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

/// <summary>A full news page: the readable article is kept, site chrome is not.</summary>
public sealed class HtmlArticleTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>لافروف يستقبل الشيباني في موسكو | يورو نيوز</title>
          <meta property="og:title" content="لافروف يستقبل الشيباني في موسكو">
          <meta property="og:site_name" content="euronews">
          <meta property="og:url" content="https://arabic.euronews.com/2025/07/31/lavrov-shaibani">
          <meta property="article:published_time" content="2025-07-31T14:05:00+02:00">
        </head>
        <body>
          <header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار العالم</a> <a href="/sport">رياضة</a></nav></header>
          <main>
            <article>
              <h1>لافروف يستقبل الشيباني في موسكو</h1>
              <p>استقبل وزير الخارجية الروسي سيرغي لافروف، الخميس، نظيره السوري أسعد الشيباني في موسكو، في أول زيارة لمسؤول سوري بهذا المستوى منذ سقوط النظام السابق، وبحث الجانبان العلاقات الثنائية والأوضاع الإقليمية.</p>
              <p>وقال لافروف في مستهل اللقاء إن روسيا تأمل في عودة الوضع في سوريا إلى طبيعته بالكامل، وإنها مستعدة لمواصلة التعاون مع السلطات السورية الجديدة على أساس الاحترام المتبادل والمصالح المشتركة بين البلدين.</p>
              <p>من جانبه قال الشيباني إن سوريا تتطلع إلى إقامة علاقات صحيحة وسليمة مع روسيا تقوم على التعاون والاحترام، وإن هناك فرصا كبيرة لسوريا في المرحلة المقبلة، معربا عن أمله في أن تقف روسيا إلى جانب الشعب السوري.</p>
              <p>وأعلن الجانبان الاتفاق على تشكيل لجنتين لإعادة تقييم الاتفاقيات السابقة المبرمة بين البلدين، على أن تعقدا اجتماعهما الأول خلال الأسابيع المقبلة في دمشق أو موسكو.</p>
            </article>
          </main>
          <aside><h3>اقرأ أيضا</h3><ul><li><a href="/a">الأمم المتحدة تحذر من أزمة غذاء</a></li></ul></aside>
          <footer>جميع الحقوق محفوظة © يورو نيوز 2025 | سياسة الخصوصية | اتصل بنا</footer>
        </body>
        </html>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Keeps_the_article_and_drops_navigation_related_links_and_footer()
    {
        var document = Build();

        Assert.Contains("استقبل وزير الخارجية الروسي سيرغي لافروف", document.Body, StringComparison.Ordinal);
        Assert.Contains("تشكيل لجنتين لإعادة تقييم الاتفاقيات", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("الأمم المتحدة تحذر", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_title_outlet_date_and_address_from_the_page_metadata()
    {
        var document = Build();

        Assert.Equal("لافروف يستقبل الشيباني في موسكو", document.Title);
        Assert.Equal("Euronews", document.Outlet?.NameEn);
        Assert.Equal(PublicationDate.On(new DateOnly(2025, 7, 31), PublishedBasis.Given), document.Published);
        Assert.Equal("https://arabic.euronews.com/2025/07/31/lavrov-shaibani", document.Url);
        Assert.False(document.Body.StartsWith(document.Title, StringComparison.Ordinal), "the headline is not repeated in the body");
    }

    private Document Build()
    {
        var path = _folder.Write("lavrov-shaibani.html", Page);
        var read = Assert.Single(new ArticleReader().Read([path]));
        Assert.True(read.IsSuccess, read.Failure?.Reason);
        Assert.Equal("lavrov-shaibani", read.Article!.DocId);
        return IngestFixtures.Builder.Build(read.Article);
    }
}
