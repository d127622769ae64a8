using Rasd.Core;
using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Search;
using Rasd.Core.Text;
using Rasd.Storage.Sqlite;

namespace Rasd.Storage.Tests.Sqlite;

public sealed class SearchTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static DocumentRecord Indexed(Document document, ResolvedEntities? entities = null) =>
        new(document, SearchText.Build(document.Title), SearchText.Build(document.Body), entities);

    private static Document Article(string id, string body, DateOnly? day = null, Outlet? outlet = null) =>
        Documents.Make(id, body) with
        {
            // Distinct content per id: several tests store the same short body under different ids.
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id + body))),
            Outlet = outlet,
            Published = day is { } d ? PublicationDate.On(d, PublishedBasis.Given) : PublicationDate.Unknown,
        };

    private static ResolvedEntities Mentions(string body, string id, string nameEn, string nameAr, string written)
    {
        var start = body.IndexOf(written, StringComparison.Ordinal);
        var mention = new EntityMention(new TextSpan(start, start + written.Length), EntityType.PER, id, written, MentionKind.KnownName);
        return new ResolvedEntities([mention], [], new Dictionary<string, EntityInfo> { [id] = new(id, EntityType.PER, nameEn, nameAr, "SYR") }, null);
    }

    private async Task<SqliteStore> StoreWithAsync(params DocumentRecord[] records)
    {
        var store = await SqliteStore.OpenAsync(_db.Path);
        await store.SaveAsync(records, 1);
        return store;
    }

    private static string[] Ids(SearchResults results) => results.Hits.Select(h => h.DocId).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("الأسد")]
    [InlineData("الاسد")]
    [InlineData("للأسد")]
    [InlineData("والأسد")]
    public async Task Spelling_variants_and_clitics_find_each_other(string query) => Assert.Equal(["a", "b", "c"], Ids(await SearchAsync(query)));

    private async Task<SearchResults> SearchAsync(string query)
    {
        await using var store = await StoreWithAsync(
            Indexed(Article("a", "الدعم الروسي للأسد مستمر")),
            Indexed(Article("b", "قال الرئيس بشار الاسد اليوم")),
            Indexed(Article("c", "التقى بوتين والأسد في موسكو")),
            Indexed(Article("d", "افتتح معرض الكتاب في الرياض")));
        return await store.SearchAsync(new SearchQuery(query));
    }

    [Fact]
    public async Task Snippets_highlight_the_matched_words_as_written()
    {
        await using var store = await StoreWithAsync(Indexed(Article("a", "قال المصدر إن الدعم الروسي للأسد مستمر وإن لافروف في موسكو.")));

        var hit = Assert.Single((await store.SearchAsync(new SearchQuery("الأسد موسكو"))).Hits);

        Assert.Equal(["للأسد", "موسكو"], hit.Snippet.Highlights.Select(h => h.Slice(hit.Snippet.Text).ToString()));
        Assert.Equal("عنوان الخبر", hit.Title);
        Assert.Empty(hit.TitleHighlights);
    }

    [Fact]
    public async Task Title_matches_rank_above_body_matches()
    {
        await using var store = await StoreWithAsync(
            Indexed(Article("body", "زار لافروف العاصمة وتحدث طويلا عن قضايا عديدة في المنطقة")),
            Indexed(Article("title", "نص لا يذكر الوزير") with { Title = "لافروف يصل" }),
            Indexed(Article("none", "نص آخر")));

        var hits = (await store.SearchAsync(new SearchQuery("لافروف"))).Hits;

        Assert.Equal(["title", "body"], hits.Select(h => h.DocId));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal([new TextSpan(0, 6)], hits[0].TitleHighlights);
    }

    [Fact]
    public async Task Dates_filter_by_publication_day_or_overlapping_range()
    {
        var ranged = Article("ranged", "موسكو") with
        {
            Published = new PublicationDate(null, new DateOnly(2020, 12, 1), new DateOnly(2020, 12, 31), PublishedBasis.Inferred),
        };
        await using var store = await StoreWithAsync(
            Indexed(Article("dec17", "موسكو", new DateOnly(2020, 12, 17))),
            Indexed(Article("jan", "موسكو", new DateOnly(2021, 1, 5))),
            Indexed(Article("undated", "موسكو")),
            Indexed(ranged));

        Assert.Equal(["dec17", "ranged"], Ids(await store.SearchAsync(new SearchQuery("موسكو", From: new DateOnly(2020, 12, 15), To: new DateOnly(2020, 12, 20)))));
        Assert.Equal(["jan"], Ids(await store.SearchAsync(new SearchQuery("موسكو", From: new DateOnly(2021, 1, 1)))));
        Assert.Equal(["dec17", "ranged"], Ids(await store.SearchAsync(new SearchQuery("موسكو", To: new DateOnly(2020, 12, 31)))));
    }

    [Theory]
    [InlineData("Euronews")]
    [InlineData("euronews")]
    [InlineData("يورو نيوز")]
    [InlineData("يورونيوز")]
    public async Task Outlets_are_named_in_arabic_or_english(string name)
    {
        await using var store = await StoreWithAsync(
            Indexed(Article("euro", "موسكو", outlet: new Outlet("euronews", "Euronews", "يورو نيوز"))),
            Indexed(Article("athr", "موسكو", outlet: new Outlet("athrpress", "Athr Press", "أثر برس"))));

        Assert.Equal(["euro"], Ids(await store.SearchAsync(new SearchQuery("موسكو", Outlet: name))));
    }

    [Theory]
    [InlineData("Bashar al-Assad")]
    [InlineData("بشار الأسد")]
    [InlineData("per:bashar-al-assad")]
    [InlineData("الأسد")]
    [InlineData("Assad")]
    public async Task Entities_are_named_in_arabic_english_or_as_written(string name)
    {
        const string withAssad = "قال الأسد إن موسكو حليف";
        await using var store = await StoreWithAsync(
            Indexed(Article("assad", withAssad), Mentions(withAssad, "per:bashar-al-assad", "Bashar al-Assad", "بشار الأسد", "الأسد")),
            Indexed(Article("other", "زار لافروف موسكو")));

        Assert.Equal(["assad"], Ids(await store.SearchAsync(new SearchQuery("موسكو", Entity: name))));
    }

    [Fact]
    public async Task A_filter_naming_nothing_known_is_reported_and_finds_nothing()
    {
        await using var store = await StoreWithAsync(Indexed(Article("a", "موسكو", outlet: new Outlet("euronews", "Euronews", "يورو نيوز"))));

        var results = await store.SearchAsync(new SearchQuery("موسكو", Outlet: "BBC", Entity: "Nobody"));

        Assert.Empty(results.Hits);
        Assert.Equal(["outlet 'BBC'", "entity 'Nobody'"], results.Unresolved);
    }

    [Fact]
    public async Task Phrases_match_only_words_in_order()
    {
        await using var store = await StoreWithAsync(
            Indexed(Article("phrase", "قال الرئيس بشار الأسد")),
            Indexed(Article("apart", "قال بشار إن الرئيس الأسد")));

        Assert.Equal(["phrase"], Ids(await store.SearchAsync(new SearchQuery("\"الرئيس بشار الأسد\""))));
        Assert.Equal(["apart", "phrase"], Ids(await store.SearchAsync(new SearchQuery("الرئيس بشار الأسد"))));
    }

    [Fact]
    public async Task Seeds_about_lavrov_in_moscow_are_found_for_lavrov_moscow()
    {
        var builder = DocumentBuilder.CreateDefault();
        var records = new ArticleReader().Read([SamplesDirectory()]).Select(r => Indexed(builder.Build(r.Article!))).ToArray();
        await using var store = await StoreWithAsync(records);

        var results = await store.SearchAsync(new SearchQuery("لافروف موسكو"));

        // Every seed reports Lavrov and Moscow (001 writes ولافروف in its title).
        Assert.Equal(["000", "001", "002", "003", "004"], results.Hits.Select(h => h.DocId[..3]).Order(StringComparer.Ordinal));
        Assert.All(results.Hits, h => Assert.Contains(h.Snippet.Highlights, s => s.Slice(h.Snippet.Text).ToString().Contains("لافروف", StringComparison.Ordinal)));
        var tehran = await store.SearchAsync(new SearchQuery("المقداد لافروف طهران"));
        Assert.Equal(["002"], tehran.Hits.Select(h => h.DocId[..3])); // 000 writes لطهران: a short stem, not expanded
        var moscow = await store.SearchAsync(new SearchQuery("موسكو الشعب"));
        Assert.Contains(moscow.Hits, h => h.DocId.StartsWith("000", StringComparison.Ordinal)); // 000 writes لموسكو too
    }

    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rasd.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }
        throw new InvalidOperationException("repository root not found");
    }
}
