using System.Security.Cryptography;
using System.Text;
using Rasd.Core.Ingest;

namespace Rasd.Storage.Tests;

internal static class Documents
{
    public static Document Make(string docId, string body, string title = "عنوان الخبر") =>
        new(
            DocId: docId,
            ContentHash: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + body))),
            SourcePath: $"samples/{docId}.txt",
            Title: title,
            Body: body,
            BoilerplateRemoved: ["اقرأ أيضا: خبر آخر", "+A"],
            Outlet: new Outlet("euronews", "Euronews", "يورو نيوز"),
            Byline: "بقلم: يورو نيوز",
            Dateline: new Dateline("2020.12.20 | 13:48 دمشق", "دمشق", new DateOnly(2020, 12, 20), new TimeOnly(13, 48), null),
            Published: PublicationDate.On(new DateOnly(2020, 12, 20), PublishedBasis.Explicit),
            Url: "https://example.org/a");

    public static DocumentRecord Record(Document document, string searchBody = "مقداد لافروف موسكو") =>
        new(document, "عنو خبر", searchBody);
}
