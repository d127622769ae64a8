using System.Globalization;
using System.Text.RegularExpressions;

namespace Rasd.Cli.Tests;

/// <summary>
/// Quality floors on the seed articles against their gold analysis (Specs/seeds.gold.json, a copy
/// of ../shared/gold/seeds.json). Floors only rise: raise them when the analysis gets better.
/// </summary>
public sealed partial class GoldSeedTests : IDisposable
{
    private const double EntityPrecisionFloor = 0.95;
    private const double EntityRecallFloor = 0.95;

    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [GeneratedRegex(@"entities: precision (?<p>[\d.]+), recall (?<r>[\d.]+)")]
    private static partial Regex EntityLine();

    [Fact]
    public async Task Seed_entities_and_role_queries_meet_their_floors()
    {
        await CliRun.RunAsync("analyze", CliRun.RepositoryFile("samples"), "--db", _scratch.Database);

        var (exitCode, output, error) = await CliRun.RunAsync("eval", "gold", CliRun.RepositoryFile("tests/Rasd.Cli.Tests/Specs/seeds.gold.json"), "--db", _scratch.Database);

        Assert.True(exitCode == 0, error);
        var scores = EntityLine().Match(output);
        Assert.True(scores.Success, output);
        Assert.True(double.Parse(scores.Groups["p"].Value, CultureInfo.InvariantCulture) >= EntityPrecisionFloor, output);
        Assert.True(double.Parse(scores.Groups["r"].Value, CultureInfo.InvariantCulture) >= EntityRecallFloor, output);
        Assert.Contains("roles: 12/12 answered correctly", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SYR", "foreign-minister", "2020-12-17", "Faisal Mekdad")]
    [InlineData("SYR", "Minister of Foreign Affairs", "2025-07-31", "Asaad al-Shaibani")]
    [InlineData("RUS", "defence-minister", "2025-07-31", "Andrey Belousov")]
    public async Task Kb_role_answers_in_the_contract_shape(string country, string role, string on, string holder)
    {
        var (exitCode, output, _) = await CliRun.RunAsync("kb", "role", "--country", country, "--role", role, "--on", on, "--db", _scratch.Database);

        Assert.Equal(0, exitCode);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(holder, json.RootElement.GetProperty("holder").GetProperty("name_en").GetString());
        Assert.Equal("kb", json.RootElement.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task Kb_role_says_holder_null_when_nobody_is_known()
    {
        var (_, output, _) = await CliRun.RunAsync("kb", "role", "--country", "SYR", "--role", "foreign-minister", "--on", "1890-01-01", "--db", _scratch.Database);

        Assert.Equal("{\"holder\": null}", output.Trim());
    }
}
