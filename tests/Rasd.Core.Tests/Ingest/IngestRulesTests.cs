using Rasd.Core.Data;
using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

public class IngestRulesTests
{
    private static TempFolder CopyOfShippedRules()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RasdData.File("ingest")))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }
        return folder;
    }

    [Fact]
    public void Loads_the_shipped_rules()
    {
        var rules = IngestRules.LoadDefault();

        Assert.Equal("Okaz", rules.Outlets.FindByName("okaz")?.NameEn);
    }

    [Fact]
    public void Names_the_file_and_line_of_a_malformed_pattern()
    {
        using var folder = CopyOfShippedRules();
        var path = Path.Combine(folder.Path, "boilerplate.tsv");
        File.AppendAllText(path, "line\t(اقرأ\n");
        var lineNumber = File.ReadAllLines(path).Length;

        var error = Assert.Throws<DataFileException>(() => IngestRules.Load(folder.Path));

        Assert.Equal(path, error.File);
        Assert.Equal(lineNumber, error.Line);
        Assert.Contains($"boilerplate.tsv line {lineNumber}: malformed pattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_file_and_line_of_an_unknown_month_calendar()
    {
        using var folder = CopyOfShippedRules();
        File.WriteAllText(Path.Combine(folder.Path, "months.tsv"), "# header\njulian\t1\tيناير\n");

        var error = Assert.Throws<DataFileException>(() => IngestRules.Load(folder.Path));

        Assert.Equal(2, error.Line);
        Assert.Contains("months.tsv line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_missing_file()
    {
        using var folder = CopyOfShippedRules();
        File.Delete(Path.Combine(folder.Path, "outlets.tsv"));

        var error = Assert.Throws<DataFileException>(() => IngestRules.Load(folder.Path));

        Assert.Contains("outlets.tsv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aawsat", "Asharq Al-Awsat")]
    [InlineData("was", "Saudi Press Agency")]
    [InlineData("3alyoum", "Ain Alyoum")]
    [InlineData("https://www.euronews.com/2025/07/31/x", "Euronews")]
    [InlineData("يورو نيوز", "Euronews")]
    [InlineData("تلفزيون سوريا", "Syria TV")]
    [InlineData("القاهرة الإخبارية", "Al Qahera News")]
    public void Maps_outlet_ids_domains_and_names_through_the_table(string given, string nameEn)
    {
        Assert.Equal(nameEn, IngestRules.LoadDefault().Outlets.Resolve(given).NameEn);
    }

    [Fact]
    public void Keeps_an_unknown_outlet_as_given()
    {
        Assert.Equal(new Outlet("some-blog", null, null), IngestRules.LoadDefault().Outlets.Resolve("some-blog"));
    }
}
