using Rasd.Core.Events;
using Rasd.Storage.Sqlite;

namespace Rasd.Storage.Tests.Sqlite;

public sealed class EventStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Every_field_of_an_event_survives_a_round_trip_with_the_stored_document_id()
    {
        var mekdad = new EventActor("per:faisal-mekdad", "Faisal Mekdad", "فيصل المقداد", "SYRGOV", "SYR");
        var lavrov = new EventActor("per:sergey-lavrov", "Sergey Lavrov", "سيرغي لافروف", "RUSGOV", "RUS");
        var evidence = new EventEvidence("التقى المقداد لافروف في موسكو.", 0, 30);
        var extracted = new ExtractedEvent("doc:e1", "doc", "042", 1.9, mekdad, lavrov, [mekdad, lavrov], "2020-12-17", null,
            new EventPlace("loc:moscow", "Moscow", "موسكو"), EventStatus.Occurred, [new EventSource("SANA", "سانا")], evidence, [evidence]);
        var document = Documents.Make("doc", evidence.Text);

        await using (var store = await SqliteStore.OpenAsync(_db.Path))
        {
            await store.SaveAsync([Documents.Record(document) with { Events = [extracted] }], 1);
        }

        await using var reopened = await SqliteStore.OpenAsync(_db.Path);
        var stored = Assert.Single(await reopened.ReadEventsAsync().ToListAsync());
        Assert.Equal(extracted.EventId, stored.EventId);
        // A report no other document shares starts a cluster of its own.
        Assert.Equal(extracted with { Participants = stored.Participants, AttributedTo = stored.AttributedTo, Mentions = stored.Mentions, ClusterId = "cl:doc:e1" }, stored);
        Assert.Equal(extracted.Participants, stored.Participants);
        Assert.Equal(extracted.AttributedTo, stored.AttributedTo);
        Assert.Equal(extracted.Mentions, stored.Mentions);
    }
}
