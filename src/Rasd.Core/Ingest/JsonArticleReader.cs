using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rasd.Core.Ingest;

/// <summary>
/// Reads <c>.json</c> (one object, or an array streamed record by record so a large file never
/// sits in memory as one document) and <c>.jsonl</c> (one object per line).
/// </summary>
internal static class JsonArticleReader
{
    private const int HeadSize = 64 * 1024;

    public static IEnumerable<ReadResult> ReadJson(SourceFile file)
    {
        var opened = OpenUtf8(file, out var failure);
        if (opened is null)
        {
            yield return ReadResult.Fail(file.SourcePath, failure!);
            yield break;
        }
        using var stream = opened;
        var first = FirstSignificantByte(stream);
        if (first == '{')
        {
            yield return Single(file, stream);
            yield break;
        }
        if (first != '[')
        {
            yield return ReadResult.Fail(file.SourcePath, first < 0 ? "empty file" : "not a JSON object or array");
            yield break;
        }
        stream.Position = 0;
        var records = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream).ToBlockingEnumerable();
        using var e = records.GetEnumerator();
        for (var index = 0; ; index++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{file.SourcePath}#{index}");
            string? error = null;
            bool more;
            try
            {
                more = e.MoveNext();
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or DecoderFallbackException)
            {
                // A syntax error ends the array: nothing after it can be located reliably.
                error = $"malformed JSON: {ex.Message}";
                more = false;
            }
            if (error is not null)
            {
                yield return ReadResult.Fail(path, error);
            }
            if (!more)
            {
                yield break;
            }
            yield return JsonRecord.Map(e.Current, path, Id(file, index));
        }
    }

    public static IEnumerable<ReadResult> ReadJsonLines(SourceFile file)
    {
        var opened = OpenUtf8(file, out var failure);
        if (opened is null)
        {
            yield return ReadResult.Fail(file.SourcePath, failure!);
            yield break;
        }
        using var reader = new StreamReader(opened, Encoding.UTF8);
        var index = 0;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            any = true;
            var path = string.Create(CultureInfo.InvariantCulture, $"{file.SourcePath}#{index}");
            yield return ParseLine(line, path, Id(file, index));
            index++;
        }
        if (!any)
        {
            yield return ReadResult.Fail(file.SourcePath, "empty file");
        }
    }

    private static ReadResult ParseLine(string line, string path, string id)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return JsonRecord.Map(document.RootElement, path, id);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(path, $"malformed JSON: {e.Message}");
        }
    }

    private static ReadResult Single(SourceFile file, Stream stream)
    {
        stream.Position = 0;
        try
        {
            using var document = JsonDocument.Parse(stream);
            return JsonRecord.Map(document.RootElement, file.SourcePath, file.Stem);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(file.SourcePath, $"malformed JSON: {e.Message}");
        }
    }

    private static string Id(SourceFile file, int index) => string.Create(CultureInfo.InvariantCulture, $"{file.Stem}-{index:D5}");

    /// <summary>
    /// A seekable UTF-8 stream of the file. Valid UTF-8 is streamed as it is (through a temporary
    /// buffer only for archive entries); any other encoding is decoded whole by <see cref="TextDecoder"/>.
    /// </summary>
    private static Stream? OpenUtf8(SourceFile file, out string? failure)
    {
        failure = null;
        var head = new byte[HeadSize];
        int read;
        using (var probe = file.Open())
        {
            read = probe.ReadAtLeast(head, HeadSize, throwOnEndOfStream: false);
        }
        var sample = head.AsSpan(0, read);
        // The last bytes of the head may be a sequence cut in half; leave them out of the check.
        var checkable = read == HeadSize ? sample[..^4] : sample;
        var plainUtf8 = !sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            && !BinarySniffer.IsBinary(sample) && HighByteStats.Of(checkable) is var s && s.InValidUtf8Sequences == s.HighBytes;
        if (plainUtf8)
        {
            var stream = file.Open();
            if (stream.CanSeek)
            {
                return stream;
            }
            // Zip entry streams cannot seek; a temporary file keeps memory bounded.
            var temp = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
            using (stream)
            {
                stream.CopyTo(temp);
            }
            temp.Position = 0;
            return temp;
        }
        var decoded = TextDecoder.Decode(file.ReadAllBytes());
        if (decoded.Text is null)
        {
            failure = decoded.Failure;
            return null;
        }
        return new MemoryStream(Encoding.UTF8.GetBytes(decoded.Text));
    }

    private static int FirstSignificantByte(Stream stream)
    {
        int b;
        // Skip a UTF-8 byte-order mark and white space.
        while ((b = stream.ReadByte()) is 0xEF or 0xBB or 0xBF or ' ' or '\t' or '\r' or '\n')
        {
        }
        return b;
    }
}
