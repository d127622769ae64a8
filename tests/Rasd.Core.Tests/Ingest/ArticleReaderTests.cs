using System.IO.Compression;
using System.Text;
using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

public class ArticleReaderTests
{
    private const string Arabic = "قال وزير الخارجية السوري فيصل المقداد إن العلاقات مع روسيا استراتيجية.\nوأضاف أن البلدين سيعززان التعاون.";

    private static Encoding Windows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    }

    [Fact]
    public void Reads_good_and_windows_1256_articles_and_reports_binary_empty_and_broken_files_by_name_and_reason()
    {
        using var folder = new TempFolder();
        folder.Write("a-good.txt", Arabic);
        folder.Write("b-binary.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        folder.Write("c-empty.txt", " \n\t\n");
        var broken = Encoding.UTF8.GetBytes(Arabic);
        broken[10] = 0xFF;
        broken[40] = 0x41;
        folder.Write("d-broken.txt", broken);
        folder.Write("e-cp1256.txt", Windows1256().GetBytes(Arabic));

        var results = new ArticleReader().Read([folder.Path]).ToList();

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.True(r.Article is null ^ r.Failure is null));
        Assert.Equal(Arabic, results[0].Article?.Text);
        Assert.Equal("a-good", results[0].Article?.DocId);
        AssertFailure(results[1], "b-binary.txt", "binary file, not text");
        AssertFailure(results[2], "c-empty.txt", "empty file");
        // Byte 10 was the second byte of "ز" (bytes 9-10), so the sequence breaks at its lead byte.
        AssertFailure(results[3], "d-broken.txt", "invalid UTF-8 at byte 9");
        Assert.Equal(Arabic, results[4].Article?.Text);
    }

    [Fact]
    public void Reports_bytes_that_are_neither_utf8_nor_arabic_windows_1256_as_unknown_encoding()
    {
        // Latin-1 accented French: high bytes, but not Arabic letters in Windows-1256.
        var latin1 = Encoding.Latin1.GetBytes("Le ministre a déclaré à la presse: été, élève, très, à côté.");

        Assert.Equal("unknown text encoding", TextDecoder.Decode(latin1).Failure);
    }

    [Fact]
    public void Decodes_utf16_files_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void Reports_an_unknown_extension_as_an_unsupported_file_type()
    {
        using var folder = new TempFolder();
        var path = folder.Write("article.docx", Arabic);

        var result = new ArticleReader().Read([path]).Single();

        AssertFailure(result, "article.docx", "unsupported file type");
    }

    [Fact]
    public void Reads_folders_recursively_in_ordinal_order_of_path()
    {
        using var folder = new TempFolder();
        folder.Write("b/2.txt", "نص ثان");
        folder.Write("a/9.txt", "نص أول");
        folder.Write("B.txt", "نص ثالث");

        var ids = new ArticleReader().Read([folder.Path]).Select(r => r.Article!.DocId).ToList();

        Assert.Equal(["B", "9", "2"], ids);
    }

    [Fact]
    public void Reads_a_json_array_keeping_good_records_when_one_record_is_bad()
    {
        using var folder = new TempFolder();
        var path = folder.Write("2015-07-21.json", """
            [
              {"source": "sabq", "title": "عنوان أول", "content": "نص أول", "date_extracted": "2015-07-21 02:51:32", "url": "http://sabq.org/a", "author": ""},
              {"title": {"bad": 1}, "content": "نص"},
              {"id": "x-7", "title": "عنوان ثالث", "text": "نص ثالث", "published": "2015-07-20", "outlet": "aawsat"}
            ]
            """);

        var results = new ArticleReader().Read([path]).ToList();

        Assert.Equal(3, results.Count);
        var first = results[0].Article!;
        Assert.Equal("2015-07-21-00000", first.DocId);
        Assert.Equal(path + "#0", first.SourcePath);
        Assert.Equal(new GivenDate("2015-07-21 02:51:32", IsCrawlDate: true), first.Published);
        Assert.Equal("sabq", first.Outlet);
        Assert.Null(first.Author);
        AssertFailure(results[1], "2015-07-21.json#1", "field 'title' must be a string");
        Assert.Equal("x-7", results[2].Article?.DocId);
        Assert.Equal(new GivenDate("2015-07-20", IsCrawlDate: false), results[2].Article?.Published);
    }

    [Fact]
    public void Reads_jsonl_line_by_line_and_reports_a_malformed_line_by_its_number()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", "{\"doc_id\": \"d1\", \"body\": \"نص\"}\n{\"doc_id\": \"d2\", \"body\": \n{\"title\": \"عنوان\", \"source_domain\": \"euronews.com\"}\n");

        var results = new ArticleReader().Read([path]).ToList();

        Assert.Equal("d1", results[0].Article?.DocId);
        AssertFailure(results[1], "feed.jsonl#1", "malformed JSON");
        Assert.Equal("feed-00002", results[2].Article?.DocId);
        Assert.Equal("Euronews", IngestFixtures.Builder.Build(results[2].Article!).Outlet?.NameEn);
    }

    [Fact]
    public void Reads_a_single_json_object_under_the_file_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("one.json", "{\"title\": \"عنوان\", \"text\": \"نص الخبر\", \"date\": \"2020-12-20T10:00:00+03:00\"}");

        var article = new ArticleReader().Read([path]).Single().Article!;

        Assert.Equal("one", article.DocId);
        Assert.Equal(PublicationDate.On(new DateOnly(2020, 12, 20), PublishedBasis.Given), IngestFixtures.Builder.Build(article).Published);
    }

    [Fact]
    public void Reads_the_entries_of_a_zip_in_order_and_names_them_inside_the_archive()
    {
        using var folder = new TempFolder();
        var zipPath = Path.Combine(folder.Path, "batch.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            Write(zip, "b.json", "[{\"title\": \"أ\", \"content\": \"نص\"}, {\"title\": \"ب\", \"content\": \"نص\"}]");
            Write(zip, "a.txt", Arabic);
            Write(zip, "c.bin", "x");
        }

        var results = new ArticleReader().Read([zipPath]).ToList();

        Assert.Equal([zipPath + "!/a.txt", zipPath + "!/b.json#0", zipPath + "!/b.json#1"], results.Take(3).Select(r => r.Article!.SourcePath));
        Assert.Equal("b-00001", results[2].Article!.DocId);
        AssertFailure(results[3], "batch.zip!/c.bin", "unsupported file type");
    }

    [Fact]
    public void Reads_html_pages_with_title_and_date_from_their_metadata()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.html", """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><title>عنوان الصفحة | الموقع</title>
            <meta property="og:title" content="المقداد يلتقي لافروف في موسكو">
            <meta property="article:published_time" content="2020-12-17T11:00:00+03:00">
            <meta property="og:site_name" content="RT Arabic"></head>
            <body><nav><a href="/">الرئيسية</a></nav><article><h1>المقداد يلتقي لافروف في موسكو</h1>
            <p>التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو اليوم الخميس، وبحث الجانبان العلاقات الثنائية والتطورات في سوريا والمنطقة.</p>
            <p>وقال المقداد إن العلاقات بين البلدين استراتيجية، مؤكدا أن دمشق ستعمل على تعزيزها في جميع المجالات السياسية والاقتصادية والعسكرية خلال المرحلة المقبلة.</p>
            </article><script>var x = 1;</script></body></html>
            """);

        var article = new ArticleReader().Read([path]).Single().Article!;
        var document = IngestFixtures.Builder.Build(article);

        Assert.Equal("المقداد يلتقي لافروف في موسكو", document.Title);
        Assert.Equal(PublicationDate.On(new DateOnly(2020, 12, 17), PublishedBasis.Given), document.Published);
        Assert.Equal("RT", document.Outlet?.NameEn);
        Assert.Contains("التقى وزير الخارجية السوري", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", document.Body, StringComparison.Ordinal);
        Assert.True(2 == document.Body.Split('\n').Length, document.Body);
    }

    [Fact]
    public void Reads_each_item_of_an_rss_feed_as_an_article()
    {
        using var folder = new TempFolder();
        var path = folder.Write("news.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>سانا</title>
            <item><title>خبر أول</title><link>https://sana.sy/?p=1</link><pubDate>Sun, 20 Dec 2020 13:48:00 +0200</pubDate>
            <description>&lt;p&gt;الفقرة الأولى.&lt;/p&gt;&lt;p&gt;الفقرة الثانية.&lt;/p&gt;</description></item>
            <item><title>خبر ثان</title><description>نص قصير</description></item>
            </channel></rss>
            """);

        var results = new ArticleReader().Read([path]).ToList();

        Assert.Equal(2, results.Count);
        var first = IngestFixtures.Builder.Build(results[0].Article!);
        Assert.Equal("خبر أول", first.Title);
        Assert.Equal("الفقرة الأولى.\nالفقرة الثانية.", first.Body);
        Assert.Equal(new DateOnly(2020, 12, 20), first.Published.Date);
        Assert.Equal("SANA", first.Outlet?.NameEn);
        Assert.Equal(path + "#1", results[1].Article?.SourcePath);
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void AssertFailure(ReadResult result, string pathEnd, string reasonStart)
    {
        Assert.Null(result.Article);
        Assert.NotNull(result.Failure);
        Assert.EndsWith(pathEnd, result.Failure.SourcePath, StringComparison.Ordinal);
        Assert.StartsWith(reasonStart, result.Failure.Reason, StringComparison.Ordinal);
    }
}
