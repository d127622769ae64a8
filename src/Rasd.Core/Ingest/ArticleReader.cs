using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Rasd.Core.Ingest;

/// <summary>
/// Reads articles from files and folders: scraped text, HTML, RSS/Atom, JSON, JSONL, and zip
/// archives of these. Every file gives articles or failures; nothing a file contains stops the run.
/// </summary>
public sealed partial class ArticleReader
{
    /// <summary>
    /// Largest text, HTML or feed file read whole (default 64 MiB); larger ones are failures.
    /// JSON arrays and JSONL are streamed and have no such limit.
    /// </summary>
    public long MaxWholeFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Reads the given files and folders (folders recursively), in ordinal order of path. Results
    /// stream: large archives are read record by record.
    /// </summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var file in ExpandFiles(paths))
        {
            foreach (var result in ReadPath(file))
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// The files <see cref="Read"/> visits, in the order it visits them: each folder's files
    /// recursively in ordinal order of path, other paths as given (missing ones included, so
    /// they are reported).
    /// </summary>
    public static IEnumerable<string> ExpandFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private IEnumerable<ReadResult> ReadPath(string path)
    {
        if (!File.Exists(path))
        {
            return [ReadResult.Fail(path, "file not found")];
        }
        var info = new FileInfo(path);
        var file = new SourceFile(path, info.Name, info.Length, () => File.OpenRead(path));
        return file.Extension == ".ZIP" ? ReadZip(file) : ReadFile(file);
    }

    private IEnumerable<ReadResult> ReadZip(SourceFile file)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(file.SourcePath);
        }
        catch (InvalidDataException e)
        {
            return [ReadResult.Fail(file.SourcePath, $"not a readable zip archive: {e.Message}")];
        }
        return ReadEntries(file, archive);
    }

    private IEnumerable<ReadResult> ReadEntries(SourceFile file, ZipArchive archive)
    {
        using (archive)
        {
            var entries = archive.Entries.Where(e => e.Name.Length > 0).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            foreach (var entry in entries)
            {
                var inner = new SourceFile($"{file.SourcePath}!/{entry.FullName}", entry.Name, entry.Length, entry.Open);
                var results = inner.Extension == ".ZIP"
                    ? [ReadResult.Fail(inner.SourcePath, "archives inside archives are not read")]
                    : ReadFile(inner);
                foreach (var result in Guard(inner, results))
                {
                    yield return result;
                }
            }
        }
    }

    private IEnumerable<ReadResult> ReadFile(SourceFile file) => Guard(file, file.Extension switch
    {
        ".JSON" => JsonArticleReader.ReadJson(file),
        ".JSONL" or ".NDJSON" => JsonArticleReader.ReadJsonLines(file),
        ".TXT" or ".TEXT" or ".HTML" or ".HTM" or ".XML" or ".RSS" or ".ATOM" => ReadText(file),
        _ => [ReadResult.Fail(file.SourcePath, "unsupported file type")],
    });

    private IEnumerable<ReadResult> ReadText(SourceFile file)
    {
        if (file.Length > MaxWholeFileBytes)
        {
            return [ReadResult.Fail(file.SourcePath, $"file too large ({file.Length} bytes, limit {MaxWholeFileBytes})")];
        }
        var decoded = TextDecoder.Decode(file.ReadAllBytes());
        if (decoded.Text is not { } text)
        {
            return [ReadResult.Fail(file.SourcePath, decoded.Failure ?? "unreadable")];
        }
        // Content decides when the extension and the bytes disagree (a feed saved as .txt).
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        if (FeedRoot().IsMatch(head))
        {
            return FeedArticleReader.Read(file, text);
        }
        if (file.Extension is ".HTML" or ".HTM" || HtmlRoot().IsMatch(head))
        {
            return [HtmlArticleReader.Read(file, text)];
        }
        if (file.Extension is ".XML" or ".RSS" or ".ATOM")
        {
            return FeedArticleReader.Read(file, text);
        }
        return [ReadResult.Success(new RawArticle(file.SourcePath, file.Stem, text, RawFormat.Text))];
    }

    /// <summary>An I/O error in one file is that file's failure, not the run's.</summary>
    private static IEnumerable<ReadResult> Guard(SourceFile file, IEnumerable<ReadResult> results)
    {
        using var e = results.GetEnumerator();
        while (true)
        {
            ReadResult current;
            var stop = false;
            try
            {
                if (!e.MoveNext())
                {
                    yield break;
                }
                current = e.Current;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                current = ReadResult.Fail(file.SourcePath, $"cannot read: {ex.Message}");
                stop = true;
            }
            yield return current;
            if (stop)
            {
                yield break;
            }
        }
    }

    [GeneratedRegex(@"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"^(?:<!doctype\s+html|<html\b|<head\b|<body\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlRoot();
}
