namespace Rasd.Cli.Tests;

/// <summary><c>rasd eval ner FILE.conll</c> (also <c>rasd ner eval</c>): token lines, then the score table.</summary>
public sealed class NerEvalTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("eval", "ner")]
    [InlineData("ner", "eval")]
    public async Task Prints_token_gold_predicted_lines_and_exact_match_scores(string first, string second)
    {
        var file = Path.Combine(_scratch.Folder, "news.conll");
        await File.WriteAllTextAsync(file,
            "قال O\nالرئيس O\nالسوري O\nبشار B-PERS\nالأسد I-PERS\nفي O\nدمشق B-LOC\n\n" +
            "وأعلنت O\nوزارة B-ORG\nالخارجية I-ORG\nالروسية I-ORG\n. O\n");

        var (exitCode, output, error) = await CliRun.RunAsync(first, second, file);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("بشار B-PER B-PER", lines);
        Assert.Contains("دمشق B-LOC B-LOC", lines);
        Assert.Contains(lines, l => l.StartsWith("type ", StringComparison.Ordinal) && l.Contains("precision", StringComparison.Ordinal));
        var micro = Assert.Single(lines, l => l.StartsWith("ALL ", StringComparison.Ordinal));
        Assert.Matches(@"^ALL\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+3\s+\d+\s+\d+$", micro);   // three gold entities
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        var (exitCode, _, error) = await CliRun.RunAsync("eval", "ner", Path.Combine(_scratch.Folder, "absent.conll"));

        Assert.Equal(1, exitCode);
        Assert.Contains("absent.conll: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cross_validation_prints_each_fold_and_the_pooled_table()
    {
        var file = Path.Combine(_scratch.Folder, "train.conll");
        await File.WriteAllTextAsync(file,
            "قال O\nالرئيس O\nبشار B-PERS\nالأسد I-PERS\n\n" +
            "زار O\nالوزير O\nدمشق B-LOC\n\n" +
            "أعلنت O\nوزارة B-ORG\nالخارجية I-ORG\n\n" +
            "وصل O\nالرئيس O\nإلى O\nبيروت B-LOC\n");

        var (exitCode, output, error) = await CliRun.RunAsync("ner", "cv", file, "--holdout", "0", "--folds", "2");

        Assert.True(exitCode == 0, error);
        Assert.Contains("fold 1: micro F1 ", output, StringComparison.Ordinal);
        Assert.Contains("fold 2: micro F1 ", output, StringComparison.Ordinal);
        // Pooled over both folds: the four gold entities of the four sentences, each counted once.
        Assert.Matches(@"(?m)^ALL\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+4\s", output);
    }
}
