using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

/// <summary>Shared test inputs: the repository's samples and one builder over the shipped rules.</summary>
internal static class IngestFixtures
{
    private static readonly Lazy<DocumentBuilder> LazyBuilder = new(DocumentBuilder.CreateDefault);

    public static DocumentBuilder Builder => LazyBuilder.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SamplesDirectory => Path.Combine(RepositoryRoot, "samples");

    /// <summary>The SaudiNewsNet zips beside the repository, or null when this machine has none.</summary>
    public static string? SaudiNewsNetDirectory
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(RepositoryRoot, "..", "shared", "data", "saudinewsnet"), "/work/shared/data/saudinewsnet" })
            {
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.zip").Any())
                {
                    return Path.GetFullPath(candidate);
                }
            }
            return null;
        }
    }

    public static Document Sample(string prefix)
    {
        var path = Directory.EnumerateFiles(SamplesDirectory, prefix + "_*.txt").Single();
        var result = new ArticleReader().Read([path]).Single();
        Assert.NotNull(result.Article);
        return Builder.Build(result.Article);
    }

    public static RawArticle Text(string text, string? title = null, string? outlet = null, GivenDate? published = null) =>
        new("test.txt", "test", text, RawFormat.Text, title, outlet, published);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Rasd.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root (with samples/ and Rasd.slnx) not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs the SaudiNewsNet corpus; skipped, saying why, when it is absent.</summary>
internal sealed class SaudiNewsNetFactAttribute : FactAttribute
{
    public SaudiNewsNetFactAttribute()
    {
        if (IngestFixtures.SaudiNewsNetDirectory is null)
        {
            Skip = "SaudiNewsNet zips not found in ../shared/data/saudinewsnet next to the repository";
        }
    }
}
