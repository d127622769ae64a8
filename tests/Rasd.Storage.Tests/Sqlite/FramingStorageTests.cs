using Rasd.Core;
using Rasd.Core.Framing;
using Rasd.Storage.Sqlite;

namespace Rasd.Storage.Tests.Sqlite;

public sealed class FramingStorageTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Framing_survives_a_round_trip_in_text_order()
    {
        const string body = "قال وزير خارجية نظام الأسد إن مكافحة \"الإرهاب\" مستمرة";
        var framing = new DocumentFraming(
            [
                new FramingMarker(new TextSpan(16, 26), "نظام الأسد", "نظام الأسد", "naming", "hostile", "per:bashar-al-assad", "SYRGOV"),
                new FramingMarker(new TextSpan(37, 46), "\"الإرهاب\"", "الارهاب", FramingCategories.ScareQuote, FramingCategories.Distancing, null, null),
            ],
            new ToneScore(0, 2, 9),
            [new MentionFraming(new TextSpan(21, 26), "per:bashar-al-assad", new ToneScore(0, 2, 7), "hostile")]);
        await using (var store = await SqliteStore.OpenAsync(_db.Path))
        {
            await store.SaveAsync([Documents.Record(Documents.Make("002", body)) with { Framing = framing }], 1);
        }

        await using var reopened = await SqliteStore.OpenAsync(_db.Path);
        var stored = await reopened.ReadFramingAsync("002");

        Assert.NotNull(stored);
        Assert.Equal(framing.Markers, stored.Markers);
        Assert.Equal(framing.Tone, stored.Tone);
        Assert.Equal(framing.Mentions, stored.Mentions);
        Assert.Equal("نظام الأسد", stored.Markers[0].Span.Slice(body).ToString());
    }

    [Fact]
    public async Task A_document_stored_without_the_framing_stage_has_none()
    {
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        await store.SaveAsync([Documents.Record(Documents.Make("a", "نص"))], 1);

        Assert.Null(await store.ReadFramingAsync("a"));
        Assert.Null(await store.ReadFramingAsync("missing"));
    }

    [Fact]
    public async Task Reanalysing_a_document_replaces_its_framing()
    {
        var document = Documents.Make("a", "نص عن العدوان");
        var old = new DocumentFraming([new FramingMarker(new TextSpan(7, 13), "العدوان", "العدوان", "event", "hostile", null, null)], new ToneScore(0, 3, 3), []);
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        await store.SaveAsync([Documents.Record(document) with { Framing = old }], 1);

        await store.SaveAsync([Documents.Record(document) with { Framing = DocumentFraming.Empty }], 2);

        var stored = await store.ReadFramingAsync("a");
        Assert.NotNull(stored);
        Assert.Empty(stored.Markers);
    }
}
