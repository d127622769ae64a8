using System.IO.Compression;
using System.Text.Json;
using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

/// <summary>
/// Reads the real SaudiNewsNet corpus (15 daily zips, one JSON array each). Skipped with a message
/// when the corpus is not beside the repository.
/// </summary>
public class SaudiNewsNetTests
{
    // Sum of the 15 array lengths, counted once with a JSON DOM outside this code.
    private const int ArticlesInAllZips = 26_368;

    [SaudiNewsNetFact]
    public void Reads_every_record_of_one_daily_zip_with_crawl_dates_and_mapped_outlets()
    {
        var zip = Path.Combine(IngestFixtures.SaudiNewsNetDirectory!, "2015-07-23.zip");

        var results = new ArticleReader().Read([zip]).ToList();

        Assert.Empty(results.Where(r => r.Failure is not null).Select(r => r.Failure));
        Assert.Equal(ArrayLength(zip), results.Count);
        var first = results[0].Article!;
        Assert.Equal("2015-07-23-00000", first.DocId);
        Assert.Equal(zip + "!/2015-07-23.json#0", first.SourcePath);
        Assert.True(first.Published?.IsCrawlDate);
        var document = IngestFixtures.Builder.Build(first);
        Assert.Equal(PublishedBasis.Given, document.Published.Basis);
        Assert.Equal(new DateOnly(2015, 7, 23), document.Published.Date);
    }

    [SaudiNewsNetFact]
    public void Reads_all_fifteen_zips_without_a_failure_and_maps_every_source_to_a_known_outlet()
    {
        var outlets = IngestRules.LoadDefault().Outlets;
        var count = 0;
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);

        // The folder also holds the corpus README, which is not an article: pass the zips.
        var zips = Directory.GetFiles(IngestFixtures.SaudiNewsNetDirectory!, "*.zip");
        Assert.Equal(15, zips.Length);

        foreach (var result in new ArticleReader().Read(zips))
        {
            Assert.Null(result.Failure);
            count++;
            var source = result.Article!.Outlet ?? "(none)";
            if (outlets.FindByName(source)?.NameEn is null)
            {
                unmapped.Add(source);
            }
        }

        Assert.Equal(ArticlesInAllZips, count);
        Assert.Empty(unmapped);
    }

    [SaudiNewsNetFact]
    public void Cleans_one_day_of_articles_without_losing_their_titles()
    {
        var zip = Path.Combine(IngestFixtures.SaudiNewsNetDirectory!, "2015-08-04.zip");

        var documents = new ArticleReader().Read([zip]).Select(r => IngestFixtures.Builder.Build(r.Article!)).ToList();

        Assert.All(documents, d => Assert.NotNull(d.Outlet?.NameEn));
        Assert.All(documents.Where(d => d.Body.Length > 0), d => Assert.DoesNotContain("رابط الخبر بصحيفة", d.Body, StringComparison.Ordinal));
        Assert.True(documents.Count(d => d.Title.Length > 0) > documents.Count * 95 / 100);
    }

    private static int ArrayLength(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.Entries.Single().Open();
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetArrayLength();
    }
}
