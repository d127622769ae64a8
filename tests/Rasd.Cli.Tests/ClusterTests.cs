using System.Text.Json;

namespace Rasd.Cli.Tests;

/// <summary>The seeds' gold clusters (Specs/seeds.gold.json): C1–C4 each one cluster, none joined to another.</summary>
public sealed class ClusterTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private async Task<List<JsonElement>> ClustersAsync()
    {
        await CliRun.RunAsync("analyze", CliRun.RepositoryFile("samples"), "--db", _scratch.Database);
        var (_, output, _) = await CliRun.RunAsync("export", "clusters", "--db", _scratch.Database);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static bool Has(JsonElement cluster, params string[] people) =>
        people.All(p => cluster.GetProperty("events").EnumerateArray().Any(e =>
            e.GetProperty("participants").EnumerateArray().Any(a => a.GetProperty("name_en").GetString() == p)));

    [Theory]
    [InlineData("000_2dadf7ab2ecb22ff", "002_b6e17d915fa2deda", "Faisal Mekdad", "Sergey Lavrov")]
    [InlineData("003_7bba44013deafea9", "004_dc8abb098d9da563", "Asaad al-Shaibani", "Sergey Lavrov")]
    [InlineData("003_7bba44013deafea9", "004_dc8abb098d9da563", "Murhaf Abu Qasra", "Andrey Belousov")]
    public async Task Two_outlets_reports_of_one_meeting_are_one_cluster(string first, string second, string a, string b)
    {
        var clusters = await ClustersAsync();

        var joined = clusters.Where(c => Has(c, a, b)).ToList();
        Assert.Contains(joined, c => c.GetProperty("docs").EnumerateArray().Select(d => d.GetString()).ToHashSet().SetEquals([first, second]));
    }

    [Fact]
    public async Task The_visit_to_Tehran_is_one_cluster_across_both_outlets()
    {
        var clusters = await ClustersAsync();

        Assert.Contains(clusters, c => c.GetProperty("docs").GetArrayLength() == 2 && c.GetProperty("events").EnumerateArray()
            .All(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("country").GetString() == "IRN")));
    }

    [Fact]
    public async Task No_cluster_joins_meetings_without_a_person_in_common()
    {
        var clusters = await ClustersAsync();

        Assert.DoesNotContain(clusters, c => Has(c, "Asaad al-Shaibani") && Has(c, "Murhaf Abu Qasra"));
        Assert.DoesNotContain(clusters, c => Has(c, "Ayman Safadi") && Has(c, "Sergey Lavrov"));
        Assert.All(clusters, c => Assert.True(c.GetProperty("docs").GetArrayLength() <= 2));
    }

    [Fact]
    public async Task The_date_conflict_between_outlets_is_reported_and_compared()
    {
        var clusters = await ClustersAsync();
        var c1 = clusters.Single(c => Has(c, "Faisal Mekdad", "Sergey Lavrov") && c.GetProperty("docs").GetArrayLength() == 2);

        var conflict = Assert.Single(c1.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("date", conflict.GetProperty("kind").GetString());
        Assert.Contains("يوم الجمعة الماضي", conflict.GetProperty("values").GetProperty("002_b6e17d915fa2deda").GetString(), StringComparison.Ordinal);

        var (exitCode, compare, _) = await CliRun.RunAsync("compare", c1.GetProperty("cluster_id").GetString()!, "--db", _scratch.Database);
        Assert.Equal(0, exitCode);
        Assert.Contains("«نظام الأسد» (hostile)", compare, StringComparison.Ordinal);
        Assert.Contains("«الرئيس بشار الأسد» (official)", compare, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_lists_the_syria_russia_events_with_their_sources()
    {
        await ClustersAsync();

        var (exitCode, output, _) = await CliRun.RunAsync("timeline", "--pair", "سوريا", "Russia", "--db", _scratch.Database);

        Assert.Equal(0, exitCode);
        Assert.Contains("Faisal Mekdad, Sergey Lavrov", output, StringComparison.Ordinal);
        Assert.Contains("(conflict)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayman Safadi", output, StringComparison.Ordinal);
    }
}
