using Microsoft.Data.Sqlite;
using Rasd.Storage.Sqlite;

namespace Rasd.Storage.Tests.Sqlite;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_new_database_is_migrated_to_the_newest_schema()
    {
        await using (await SqliteStore.OpenAsync(_db.Path)) { }

        await using var connection = new SqliteConnection($"Data Source={_db.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(version) FROM schema_migrations";
        Assert.Equal((long)SqliteMigrator.Available[^1].Version, (long)(await command.ExecuteScalarAsync())!);
        Assert.Contains(SqliteMigrator.Available, m => m.Name == "0001_documents");
    }

    [Fact]
    public async Task Every_field_of_a_document_survives_a_round_trip()
    {
        var document = Documents.Make("002_b6e17d915fa2deda", "قال وزير الخارجية فيصل المقداد");
        await using (var store = await SqliteStore.OpenAsync(_db.Path))
        {
            await store.SaveAsync([Documents.Record(document)], 1);
        }

        await using var reopened = await SqliteStore.OpenAsync(_db.Path);
        var stored = Assert.Single(await reopened.ReadDocumentsAsync().ToListAsync());
        Assert.Equal(document with { BoilerplateRemoved = stored.BoilerplateRemoved }, stored);
        Assert.Equal(document.BoilerplateRemoved, stored.BoilerplateRemoved);
    }

    [Fact]
    public async Task Saving_the_same_content_again_adds_nothing()
    {
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        var batch = new[] { Documents.Record(Documents.Make("a", "نص أول")), Documents.Record(Documents.Make("b", "نص ثان")) };

        var first = await store.SaveAsync(batch, 1);
        var second = await store.SaveAsync(batch, 1);

        Assert.Equal(new SaveResult(2, 0, 0), first);
        Assert.Equal(new SaveResult(0, 2, 0), second);
        Assert.Equal(2, await store.CountDocumentsAsync());
    }

    [Fact]
    public async Task Different_content_under_a_taken_id_is_kept_under_a_suffixed_id()
    {
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        var first = Documents.Make("article", "نص أول");
        var second = Documents.Make("article", "نص مختلف تماما");

        await store.SaveAsync([Documents.Record(first)], 1);
        var result = await store.SaveAsync([Documents.Record(second)], 1);

        Assert.Equal(1, result.Renamed);
        var ids = (await store.ReadDocumentsAsync().ToListAsync()).Select(d => d.DocId).ToArray();
        Assert.Equal(["article", $"article-{second.ContentHash[..8]}"], ids);
    }

    [Fact]
    public async Task A_failing_batch_stores_none_of_its_documents_and_keeps_what_was_stored()
    {
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        await store.SaveAsync([Documents.Record(Documents.Make("kept", "نص محفوظ"))], 1);

        var broken = Documents.Make("broken", "نص معطوب") with { Title = null! };
        var batch = new[] { Documents.Record(Documents.Make("good", "نص سليم")), Documents.Record(broken) };
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(batch, 1));

        var ids = (await store.ReadDocumentsAsync().ToListAsync()).Select(d => d.DocId).ToArray();
        Assert.Equal(["kept"], ids);
    }

    [Fact]
    public async Task A_document_analysed_by_an_older_version_is_analysed_again_under_its_id()
    {
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        var document = Documents.Make("article", "نص أول");
        await store.SaveAsync([Documents.Record(document)], 1);

        var again = await store.SaveAsync([Documents.Record(document with { DocId = "other-name", Title = "عنوان أفضل" })], 2);
        var sameVersion = await store.SaveAsync([Documents.Record(document)], 2);

        Assert.Equal(new SaveResult(0, 0, 0, 1), again);
        Assert.Equal(new SaveResult(0, 1, 0), sameVersion);
        var stored = Assert.Single(await store.ReadDocumentsAsync().ToListAsync());
        Assert.Equal(("article", "عنوان أفضل"), (stored.DocId, stored.Title));
    }

    [Fact]
    public async Task Search_ranks_documents_containing_all_terms()
    {
        await using var store = await SqliteStore.OpenAsync(_db.Path);
        await store.SaveAsync([
            Documents.Record(Documents.Make("both", "نص ١"), "مقداد لافروف موسكو"),
            Documents.Record(Documents.Make("one", "نص ٢"), "لافروف بكين"),
        ], 1);

        var hits = await store.SearchAsync(["لافروف", "موسكو"], 10);

        Assert.Equal(["both"], hits.Select(h => h.DocId));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        await File.WriteAllTextAsync(_db.Path, "هذا ليس ملف قاعدة بيانات، بل نص عادي طويل بما يكفي ليبدو ملفا.");

        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteStore.OpenAsync(_db.Path));

        Assert.Contains(_db.Path, error.Message, StringComparison.Ordinal);
    }
}
