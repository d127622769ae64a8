using Rasd.Core.Ingest;

namespace Rasd.Cli.Export;

/// <summary>Writes documents in one export format, one after another.</summary>
internal interface IDocumentWriter
{
    Task WriteAsync(Document document);
}
