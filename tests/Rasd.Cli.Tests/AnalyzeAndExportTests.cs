using System.Text;
using System.Text.Json;

namespace Rasd.Cli.Tests;

public sealed class AnalyzeAndExportTests : IDisposable
{
    private readonly Scratch _scratch = new();
    private readonly string _samples = CliRun.RepositoryFile("samples");

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Analyzing_the_samples_stores_five_documents_and_a_second_run_adds_nothing()
    {
        var first = await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);
        var second = await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(5, (await ExportAsync()).Count);
        Assert.Matches(@"documents added\s*│\s*0\b", second.Output);
        Assert.Matches(@"already stored \(same content\)\s*│\s*5\b", second.Output);
    }

    [Fact]
    public async Task Exported_documents_carry_titles_outlets_and_the_dateline_date()
    {
        await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);
        var docs = (await ExportAsync()).ToDictionary(d => d.GetProperty("doc_id").GetString()!);

        Assert.Equal("المقداد: العلاقات بين موسكو ودمشق استراتيجية وسنعززها", docs["000_2dadf7ab2ecb22ff"].GetProperty("title").GetString());
        Assert.Equal("فيصل المقداد يبحث المساعدات الروسية لنظام الأسد", docs["002_b6e17d915fa2deda"].GetProperty("title").GetString());
        Assert.Equal("Athr Press", docs["001_a813274844c9b0ca"].GetProperty("outlet").GetProperty("name_en").GetString());
        Assert.Equal("Euronews", docs["004_dc8abb098d9da563"].GetProperty("outlet").GetProperty("name_en").GetString());
        Assert.Equal("2020-12-20", docs["002_b6e17d915fa2deda"].GetProperty("published").GetString());
        Assert.Equal("explicit", docs["002_b6e17d915fa2deda"].GetProperty("published_basis").GetString());
    }

    [Theory]
    [InlineData("000_2dadf7ab2ecb22ff", "2020-12-17", null, null, "inferred")]
    [InlineData("002_b6e17d915fa2deda", "2020-12-20", null, null, "explicit")]
    [InlineData("001_a813274844c9b0ca", null, "2022-07-01", "2024-12-08", "inferred")]
    public async Task Publication_dates_are_read_or_inferred_as_the_text_allows(string docId, string? day, string? from, string? to, string basis)
    {
        await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);
        var doc = (await ExportAsync()).Single(d => d.GetProperty("doc_id").GetString() == docId);

        Assert.Equal(day, doc.GetProperty("published").GetString());
        Assert.Equal(basis, doc.GetProperty("published_basis").GetString());
        if (from is not null)
        {
            Assert.Equal(from, doc.GetProperty("published_range").GetProperty("from").GetString());
            Assert.Equal(to, doc.GetProperty("published_range").GetProperty("to").GetString());
        }
    }

    [Theory]
    [InlineData("003_7bba44013deafea9", "2025-07-31")]
    [InlineData("004_dc8abb098d9da563", "2025-07-31")]
    public async Task An_undated_article_gets_a_range_that_holds_its_true_date(string docId, string trueDate)
    {
        await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);
        var range = (await ExportAsync()).Single(d => d.GetProperty("doc_id").GetString() == docId).GetProperty("published_range");

        Assert.InRange(trueDate, range.GetProperty("from").GetString()!, range.GetProperty("to").GetString()!);
    }

    [Fact]
    public async Task Exported_quotes_carry_their_speakers_in_the_contract_shape()
    {
        await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);

        var (exitCode, output, _) = await CliRun.RunAsync("export", "quotes", "--db", _scratch.Database);

        Assert.Equal(0, exitCode);
        var quotes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var lavrov = quotes.First(q => q.GetProperty("doc_id").GetString() == "003_7bba44013deafea9"
            && q.GetProperty("text").GetString()!.StartsWith("نتمنى أن يتجاوز الشعب السوري", StringComparison.Ordinal));
        Assert.Equal("Sergey Lavrov", lavrov.GetProperty("speaker").GetProperty("name_en").GetString());
        Assert.Equal("RUSGOV", lavrov.GetProperty("speaker").GetProperty("actor_code").GetString());
        Assert.Equal("direct", lavrov.GetProperty("kind").GetString());
        Assert.True(lavrov.GetProperty("end").GetInt32() > lavrov.GetProperty("start").GetInt32());
    }

    public static TheoryData<string> BoilerplateMarkers =>
    [
        "اقرأ أيضا", "اقرأ أيضاً", "حجم الخط", "+A", "-A", "شاركها", "اترك تعليقاً", "Exit mobile version",
        "اعلان", "التغطية الحية", ".jpg", "&nbsp", "بقلم", "by Athr Press", "ـ رويترز", "إسطنبول ـ وكالات",
    ];

    [Theory]
    [MemberData(nameof(BoilerplateMarkers))]
    public async Task No_boilerplate_is_left_in_any_body_and_all_of_it_is_kept_as_removed(string marker)
    {
        await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);
        var docs = await ExportAsync();

        Assert.All(docs, d => Assert.DoesNotContain(marker, d.GetProperty("body").GetString()!, StringComparison.Ordinal));
        var removed = docs.SelectMany(d => d.GetProperty("boilerplate_removed").EnumerateArray().Select(e => e.GetString()!));
        Assert.Contains(removed, line => line.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_files_are_reported_by_path_and_reason_while_good_ones_are_stored()
    {
        var input = Directory.CreateDirectory(Path.Combine(_scratch.Folder, "input")).FullName;
        const string arabic = "وزير الخارجية السوري يلتقي نظيره الروسي في موسكو\nبحث الجانبان العلاقات الثنائية بين البلدين.";
        File.WriteAllText(Path.Combine(input, "good.txt"), arabic, new UTF8Encoding(false));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(input, "legacy.txt"), Encoding.GetEncoding(1256).GetBytes(arabic.Replace("يلتقي", "يستقبل", StringComparison.Ordinal)));
        File.WriteAllBytes(Path.Combine(input, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(input, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var broken = Encoding.UTF8.GetBytes(arabic);
        broken[10] = 0xFF;
        broken[31] = 0xC3;
        File.WriteAllBytes(Path.Combine(input, "broken.txt"), broken);

        var (exitCode, _, error) = await CliRun.RunAsync("analyze", input, "--db", _scratch.Database);

        Assert.Equal(1, exitCode);
        foreach (var bad in new[] { "empty.txt", "image.txt", "broken.txt" })
        {
            Assert.Contains(error.Split('\n'), line => line.Contains(Path.Combine(input, bad), StringComparison.Ordinal) && line.Length > Path.Combine(input, bad).Length + 12);
        }
        var bodies = (await ExportAsync()).Select(d => d.GetProperty("body").GetString()).ToArray();
        Assert.Equal(2, bodies.Length);
        Assert.All(bodies, b => Assert.Contains("بحث الجانبان العلاقات الثنائية", b!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_export_has_a_header_and_quotes_multi_line_fields()
    {
        await CliRun.RunAsync("analyze", _samples, "--db", _scratch.Database);

        var (exitCode, output, _) = await CliRun.RunAsync("export", "documents", "--db", _scratch.Database, "--format", "csv");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("doc_id,title,outlet_name_en,outlet_name_ar,published", output, StringComparison.Ordinal);
        Assert.Contains("\r\n000_2dadf7ab2ecb22ff,", output, StringComparison.Ordinal);
        Assert.Contains("\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_from_a_missing_database_is_an_error_naming_it()
    {
        var missing = Path.Combine(_scratch.Folder, "nothing.db");

        var (exitCode, _, error) = await CliRun.RunAsync("export", "documents", "--db", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    private async Task<List<JsonElement>> ExportAsync()
    {
        var (exitCode, output, error) = await CliRun.RunAsync("export", "documents", "--db", _scratch.Database);
        Assert.True(exitCode == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }
}
