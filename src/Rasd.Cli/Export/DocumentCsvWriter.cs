using Rasd.Core.Ingest;

namespace Rasd.Cli.Export;

/// <summary>
/// Documents as RFC 4180 CSV (UTF-8, header row). Removed boilerplate lines are joined with
/// line breaks inside one quoted field.
/// </summary>
internal sealed class DocumentCsvWriter(TextWriter output) : IDocumentWriter
{
    private static readonly string[] Header =
    [
        "doc_id", "title", "outlet_name_en", "outlet_name_ar", "published", "published_from", "published_to",
        "published_basis", "body", "boilerplate_removed", "source_path", "url",
    ];

    private bool _headerWritten;

    public async Task WriteAsync(Document d)
    {
        if (!_headerWritten)
        {
            await WriteRowAsync(Header);
            _headerWritten = true;
        }
        await WriteRowAsync(
        [
            d.DocId, d.Title, d.Outlet?.NameEn, d.Outlet?.NameAr, DocumentJsonlWriter.Iso(d.Published.Date),
            DocumentJsonlWriter.Iso(d.Published.From), DocumentJsonlWriter.Iso(d.Published.To),
            d.Published.Basis.ToName(), d.Body, string.Join('\n', d.BoilerplateRemoved), d.SourcePath, d.Url,
        ]);
    }

    private Task WriteRowAsync(IReadOnlyList<string?> fields) =>
        output.WriteAsync(string.Join(',', fields.Select(Escape)) + "\r\n");

    internal static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
