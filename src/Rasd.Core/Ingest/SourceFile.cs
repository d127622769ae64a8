namespace Rasd.Core.Ingest;

/// <summary>
/// One file to read: a file on disk or an entry of an archive. <see cref="Open"/> may be called
/// more than once (a head sniff, then the full read).
/// </summary>
/// <param name="SourcePath">Path reported in results, e.g. <c>x.zip!/2015-07-21.json</c>.</param>
/// <param name="Name">File name, used for the extension and the document id.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Open">Opens the bytes for reading from the start.</param>
internal sealed record SourceFile(string SourcePath, string Name, long Length, Func<Stream> Open)
{
    public string Extension => Path.GetExtension(Name).ToUpperInvariant();

    public string Stem => Path.GetFileNameWithoutExtension(Name);

    public byte[] ReadAllBytes()
    {
        using var stream = Open();
        using var buffer = new MemoryStream(Length is > 0 and < int.MaxValue ? (int)Length : 4096);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
