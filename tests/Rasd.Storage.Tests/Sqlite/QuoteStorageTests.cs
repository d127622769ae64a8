using Rasd.Core;
using Rasd.Core.Knowledge;
using Rasd.Core.Quotes;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Storage.Sqlite;

namespace Rasd.Storage.Tests.Sqlite;

public sealed class QuoteStorageTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_quote_is_read_back_with_its_speaker_and_source_as_actors()
    {
        const string body = "وقال لافروف: \"نأمل أن يتمكن الرئيس من الحضور\"، بحسب سانا.";
        var lavrov = new EntityMention(new TextSpan(5, 11), EntityType.PER, "per:sergey-lavrov", "لافروف", MentionKind.Surname);
        var sana = new EntityMention(new TextSpan(53, 57), EntityType.ORG, "org:sana", "سانا", MentionKind.KnownName);
        var entities = new ResolvedEntities([lavrov, sana], [], new Dictionary<string, EntityInfo>
        {
            ["per:sergey-lavrov"] = new("per:sergey-lavrov", EntityType.PER, "Sergey Lavrov", "سيرغي لافروف", null),
            ["org:sana"] = new("org:sana", EntityType.ORG, "SANA", "سانا", "SYR"),
        }, null);
        var quote = new Quote(new TextSpan(14, 45), body[14..45], QuoteKind.Direct, "per:sergey-lavrov", lavrov.Span, "org:sana", "RUSGOV", "RUS");
        var unattributed = new Quote(new TextSpan(0, 3), body[..3], QuoteKind.Indirect, null, null, null);

        await using var store = await SqliteStore.OpenAsync(_db.Path);
        await store.SaveAsync([Documents.Record(Documents.Make("q", body)) with { Entities = entities, Quotes = [quote, unattributed] }], 1);

        var stored = await store.ReadQuotesAsync().ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.Equal(new StoredQuote("q", 0, 3, body[..3], "indirect", null, null), stored[0]);
        Assert.Equal(("q", 14, 45, body[14..45], "direct"), (stored[1].DocId, stored[1].Start, stored[1].End, stored[1].Text, stored[1].Kind));
        Assert.Equal(new QuoteActor("per:sergey-lavrov", "Sergey Lavrov", "سيرغي لافروف", "RUSGOV", "RUS"), stored[1].Speaker);
        Assert.Equal(new QuoteActor("org:sana", "SANA", "سانا", null, null), stored[1].AttributedTo);
    }
}
