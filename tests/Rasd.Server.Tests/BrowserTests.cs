using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Rasd.Server.Tests;

/// <summary>The web UI in Debian's Chromium; every test leaves a screenshot of its page.</summary>
[Collection(ServerCollection.Name)]
public sealed class BrowserTests(ServerFixture server)
{
    private const string MekdadArticle = "000_2dadf7ab2ecb22ff";

    // Script errors and console errors (a blocked inline script, a failed fetch) fail the test.
    private readonly List<string> _errors = [];

    [Fact]
    public async Task The_article_page_highlights_an_entity_over_exactly_its_text()
    {
        var page = await OpenAsync($"/articles/{MekdadArticle}");
        var mention = page.Locator("#body a.hl.ent[data-entity-id='per:faisal-mekdad']").First;
        await mention.WaitForAsync();

        var doc = await server.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{MekdadArticle}");
        var body = doc.GetProperty("body").GetString()!;
        var start = int.Parse(await mention.GetAttributeAsync("data-start") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(await mention.GetAttributeAsync("data-end") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(body[start..end], await mention.TextContentAsync());
        Assert.Contains("المقداد", body[start..end], StringComparison.Ordinal);
        // The highlighted body reads exactly as the stored body: nothing added, nothing lost.
        Assert.Equal(body, await page.Locator("#body").TextContentAsync());
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.True(await page.Locator("#body time.hl").CountAsync() > 0, "time expressions are highlighted");
        Assert.True(await page.Locator("#body span.hl.event").CountAsync() > 0, "event evidence is marked");
        Assert.True(await page.Locator("ol.events li").CountAsync() > 0, "events are listed");
        await DoneAsync(page, "article");
    }

    [Fact]
    public async Task An_article_with_script_and_onerror_payloads_renders_them_as_inert_text()
    {
        var page = await OpenAsync($"/articles/{ServerFixture.HostileDocId}");
        await page.Locator("#body").WaitForAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Null(await page.EvaluateAsync<string?>("window.__rasdPwned ?? null"));
        var text = await page.Locator("#body").TextContentAsync();
        Assert.Contains("<script>window.__rasdPwned = 'script'</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main script, main img, #body b").CountAsync());
        Assert.Contains("<script>", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        // The article's javascript: URL is shown as nothing clickable.
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        await DoneAsync(page, "article-hostile");
    }

    [Fact]
    public async Task Searching_al_assad_in_the_page_lists_matching_articles()
    {
        var page = await OpenAsync("/search");
        await page.Locator("#q").FillAsync("الأسد");
        await page.Locator("#q").PressAsync("Enter");
        var results = page.Locator("ol.results li");
        await results.First.WaitForAsync();

        Assert.True(await results.CountAsync() > 0);
        Assert.True(await page.Locator("ol.results li p.snippet mark").CountAsync() > 0, "matched words are marked in the snippets");
        Assert.Equal("الأسد", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);
        await Browser.ScreenshotAsync(page, "search");
        await results.First.Locator("a").ClickAsync();
        await page.Locator("#body").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_article_posted_from_the_page_with_the_key_appears_and_without_it_is_refused()
    {
        var page = await OpenAsync("/ingest");
        await page.Locator("#title").FillAsync("لافروف يستقبل المقداد في موسكو");
        await page.Locator("#outlet").FillAsync("RT Arabic");
        await page.Locator("#published").FillAsync("2021-06-10");
        await page.Locator("#text").FillAsync("استقبل وزير الخارجية الروسي سيرغي لافروف نظيره السوري فيصل المقداد في موسكو أمس الأربعاء، وبحث الجانبان التعاون الاقتصادي.");

        await page.Locator("#key").FillAsync("not-the-key");
        await page.Locator("button[type=submit]").ClickAsync();
        await page.Locator("#status .error").WaitForAsync();
        Assert.Contains("401", await page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("#key").FillAsync(ServerFixture.ApiKey);
        await page.Locator("button[type=submit]").ClickAsync();
        var link = page.Locator("#status a");
        await link.WaitForAsync();
        await Browser.ScreenshotAsync(page, "ingest");
        await link.ClickAsync();
        await page.Locator("h1", new() { HasText = "لافروف يستقبل المقداد في موسكو" }).WaitForAsync();
        Assert.True(await page.Locator("#body a.hl.ent[data-entity-id='per:sergey-lavrov']").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_entity_page_shows_names_roles_over_time_mentions_and_counterparts()
    {
        var page = await OpenAsync("/entities/per:faisal-mekdad");
        await page.Locator("table.roles").WaitForAsync();

        Assert.Contains("Faisal Mekdad", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("وزير الخارجية", await page.Locator("table.roles td[data-role='foreign-minister']").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.counterparts a[href='/entities/per%3Asergey-lavrov']").CountAsync() == 1);
        Assert.True(await page.Locator("ul.mentions li").CountAsync() > 0);
        await DoneAsync(page, "entity");
    }

    [Fact]
    public async Task The_document_and_entity_lists_open_and_link_onwards()
    {
        var page = await OpenAsync("/");
        await page.Locator("ol.doc-list li a").First.WaitForAsync();
        Assert.True(await page.Locator("ol.doc-list li").CountAsync() >= 6);
        await Browser.ScreenshotAsync(page, "documents");

        await page.GotoAsync(new Uri(server.BaseAddress, "/entities?type=PER").ToString());
        await page.Locator("table.grid tbody tr").First.WaitForAsync();
        await DoneAsync(page, "entities");
    }

    [Fact]
    public async Task The_timeline_over_the_samples_shows_the_four_clusters_two_outlets_reported()
    {
        var page = await OpenAsync("/timeline");
        var rows = page.Locator("table.timeline tbody tr");
        await rows.First.WaitForAsync();

        var shared = page.Locator("table.timeline tbody tr[data-documents='2']");
        Assert.True(await shared.CountAsync() >= 4, $"{await shared.CountAsync()} rows with two documents");
        foreach (var names in (string[][])[["فيصل المقداد", "سيرغي لافروف"], ["فيصل المقداد", "إيران"], ["أسعد الشيباني", "سيرغي لافروف"], ["مرهف أبو قصرة", "أندريه بيلوسوف"]])
        {
            var row = shared.Filter(new() { HasText = names[0] }).Filter(new() { HasText = names[1] });
            Assert.True(await row.CountAsync() >= 1, string.Join(" – ", names));
            Assert.Contains("مقالان", await row.First.Locator("td.reach").TextContentAsync(), StringComparison.Ordinal);
        }
        var c1 = shared.Filter(new() { HasText = "سيرغي لافروف" }).Filter(new() { HasText = "فيصل المقداد" }).First;
        Assert.Equal(1, await c1.Locator(".badge.conflict").CountAsync());
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Browser.ScreenshotAsync(page, "timeline");

        // The pair filter, in Arabic, keeps Syria–Russia events only.
        await page.Locator("#pair").FillAsync("سوريا، روسيا");
        await page.Locator("form.filters-form button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("pair=", StringComparison.Ordinal));
        await rows.First.WaitForAsync();
        Assert.Equal(0, await rows.Filter(new() { HasText = "أيمن الصفدي" }).CountAsync());
        await c1.Locator("a.open").ClickAsync();
        await page.Locator("section.report").First.WaitForAsync();
        await DoneAsync(page, "timeline-pair");
    }

    [Fact]
    public async Task The_syria_russia_relations_page_draws_its_chart_over_the_clusters()
    {
        var page = await OpenAsync("/relations");
        var bars = page.Locator("figure.chart svg rect.bar");
        await bars.First.WaitForAsync();

        Assert.Contains("سوريا", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("روسيا", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("figure.chart svg rect.bar.coop").CountAsync() > 0, "cooperation bars");
        Assert.True(await page.Locator("figure.chart svg rect.bar.confl").CountAsync() > 0, "conflict bars");
        var december = page.Locator("figure.chart svg g.period[data-period='2020-12']");
        Assert.Equal("2", await december.Locator("text.sources").TextContentAsync());
        // Cooperation rises above the axis, conflict hangs below it.
        var axis = await page.Locator("figure.chart svg line.axis").GetAttributeAsync("y1");
        var coop = page.Locator("figure.chart svg rect.bar.coop").First;
        var y = double.Parse(await coop.GetAttributeAsync("y") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(await coop.GetAttributeAsync("height") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(double.Parse(axis!, System.Globalization.CultureInfo.InvariantCulture), y + height, 3);
        Assert.True(await page.Locator("table.timeline tbody tr").CountAsync() > 0, "the clusters are listed below");
        await DoneAsync(page, "relations");
    }

    [Fact]
    public async Task The_mekdad_lavrov_cluster_shows_both_documents_side_by_side_and_the_date_conflict()
    {
        var timeline = await server.Http.GetFromJsonAsync<JsonElement>("/api/timeline?pair=Mekdad,Lavrov");
        var id = timeline.GetProperty("clusters").EnumerateArray().First(r => r.GetProperty("documents").GetInt32() == 2).GetProperty("cluster_id").GetString()!;
        var page = await OpenAsync("/clusters/" + Uri.EscapeDataString(id));
        await page.Locator("section.report").First.WaitForAsync();

        Assert.Equal(2, await page.Locator(".compare section.report").CountAsync());
        Assert.Equal(1, await page.Locator($"section.report[data-doc='{MekdadArticle}']").CountAsync());
        Assert.Equal(1, await page.Locator("section.report[data-doc='002_b6e17d915fa2deda']").CountAsync());
        var conflict = await page.Locator("section.conflicts li.conflict[data-kind='date']").TextContentAsync();
        Assert.Contains("2020-12-17 (اليوم الخميس)", conflict, StringComparison.Ordinal);
        Assert.Contains("2020-12-18 (يوم الجمعة الماضي)", conflict, StringComparison.Ordinal);
        Assert.Contains("يوم الجمعة الماضي", await page.Locator("section.report[data-doc='002_b6e17d915fa2deda'] mark.conflict").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("section.report[data-doc='002_b6e17d915fa2deda'] .marker.hostile", new() { HasText = "نظام الأسد" }).CountAsync() > 0);
        Assert.True(await page.Locator("section.report ol.evidence li").CountAsync() >= 2);
        await DoneAsync(page, "cluster");
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await server.Browser.NewPageAsync();
        page.PageError += (_, message) => _errors.Add(message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"{message.Text} ({message.Location})");
            }
        };
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        return page;
    }

    /// <summary>Saves the page's screenshot, checks it logged no errors and closes it.</summary>
    private async Task DoneAsync(IPage page, string screenshot)
    {
        await Browser.ScreenshotAsync(page, screenshot);
        await page.Context.CloseAsync();
        Assert.Empty(_errors);
    }
}
