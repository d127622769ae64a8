using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rasd.Core.Ingest;

namespace Rasd.Storage.Sqlite;

/// <summary>Maps a <see cref="Document"/> to the columns of the <c>documents</c> table and back.</summary>
internal static class DocumentColumns
{
    public const string Names =
        "doc_id, content_hash, source_path, title, body, boilerplate_removed, outlet_id, outlet_name_en, outlet_name_ar, " +
        "byline, dateline_text, dateline_place, dateline_date, dateline_time, dateline_agency, " +
        "published, published_from, published_to, published_basis, url, published_note";

    public const string Parameters =
        "$doc_id, $content_hash, $source_path, $title, $body, $boilerplate_removed, $outlet_id, $outlet_name_en, $outlet_name_ar, " +
        "$byline, $dateline_text, $dateline_place, $dateline_date, $dateline_time, $dateline_agency, " +
        "$published, $published_from, $published_to, $published_basis, $url, $published_note";

    public static void Bind(SqliteParameterCollection p, Document d)
    {
        p.Clear();
        p.AddWithValue("$doc_id", d.DocId);
        p.AddWithValue("$content_hash", d.ContentHash);
        p.AddWithValue("$source_path", d.SourcePath);
        p.AddWithValue("$title", d.Title);
        p.AddWithValue("$body", d.Body);
        p.AddWithValue("$boilerplate_removed", JsonSerializer.Serialize(d.BoilerplateRemoved));
        p.AddWithValue("$outlet_id", Db(d.Outlet?.Id));
        p.AddWithValue("$outlet_name_en", Db(d.Outlet?.NameEn));
        p.AddWithValue("$outlet_name_ar", Db(d.Outlet?.NameAr));
        p.AddWithValue("$byline", Db(d.Byline));
        p.AddWithValue("$dateline_text", Db(d.Dateline?.Text));
        p.AddWithValue("$dateline_place", Db(d.Dateline?.Place));
        p.AddWithValue("$dateline_date", Db(Format(d.Dateline?.Date)));
        p.AddWithValue("$dateline_time", Db(d.Dateline?.Time?.ToString("HH:mm", CultureInfo.InvariantCulture)));
        p.AddWithValue("$dateline_agency", Db(d.Dateline?.Agency));
        p.AddWithValue("$published", Db(Format(d.Published.Date)));
        p.AddWithValue("$published_from", Db(Format(d.Published.From)));
        p.AddWithValue("$published_to", Db(Format(d.Published.To)));
        p.AddWithValue("$published_basis", d.Published.Basis.ToName());
        p.AddWithValue("$url", Db(d.Url));
        p.AddWithValue("$published_note", Db(d.Published.Note));
    }

    /// <summary>Reads a row selected with <see cref="Names"/> in that order.</summary>
    public static Document Read(SqliteDataReader r)
    {
        var outlet = r.IsDBNull(6) ? null : new Outlet(r.GetString(6), NullableString(r, 7), NullableString(r, 8));
        var dateline = r.IsDBNull(10)
            ? null
            : new Dateline(r.GetString(10), NullableString(r, 11), ParseDate(NullableString(r, 12)),
                ParseTime(NullableString(r, 13)), NullableString(r, 14));
        var published = new PublicationDate(
            ParseDate(NullableString(r, 15)), ParseDate(NullableString(r, 16)), ParseDate(NullableString(r, 17)),
            PublishedBasisNames.Parse(r.GetString(18)), NullableString(r, 20));
        return new Document(
            DocId: r.GetString(0),
            ContentHash: r.GetString(1),
            SourcePath: r.GetString(2),
            Title: r.GetString(3),
            Body: r.GetString(4),
            BoilerplateRemoved: JsonSerializer.Deserialize<string[]>(r.GetString(5)) ?? [],
            Outlet: outlet,
            Byline: NullableString(r, 9),
            Dateline: dateline,
            Published: published,
            Url: NullableString(r, 19));
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? NullableString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeOnly? ParseTime(string? value) =>
        value is null ? null : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
