using System.Text;

namespace Rasd.Core.Ingest;

/// <summary>Decoded text, or why the bytes are not text. Exactly one of the two is set.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Encoding">Name of the encoding that was detected, e.g. <c>utf-8</c> or <c>windows-1256</c>.</param>
/// <param name="Failure">Why the bytes could not be decoded.</param>
public readonly record struct DecodeResult(string? Text, string? Encoding, string? Failure);

/// <summary>
/// Decides how a file's bytes are encoded, by detection rather than guessing: byte-order mark,
/// then strict UTF-8, then a test that tells Windows-1256 Arabic from damaged UTF-8. Binary and
/// empty inputs are reported as such.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1256 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256);
    });

    /// <summary>Decodes a whole file's bytes.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..], offset: 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Finish(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Finish(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }
        if (BinarySniffer.IsBinary(bytes))
        {
            return Fail("binary file, not text");
        }
        return Utf8(bytes, offset: 0);
    }

    private static DecodeResult Utf8(ReadOnlySpan<byte> bytes, int offset)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Finish(StrictUtf8.GetString(bytes), "utf-8");
        }
        var stats = HighByteStats.Of(bytes);
        // Most high bytes forming valid multi-byte sequences means UTF-8 with a few bytes broken.
        if (stats.InValidUtf8Sequences * 2 > stats.HighBytes)
        {
            return Fail($"invalid UTF-8 at byte {stats.FirstInvalidUtf8 + offset}");
        }
        if (LooksLikeWindows1256(bytes, stats))
        {
            return Finish(Windows1256.Value.GetString(bytes), "windows-1256");
        }
        return Fail("unknown text encoding");
    }

    private static bool LooksLikeWindows1256(ReadOnlySpan<byte> bytes, HighByteStats stats)
    {
        // Arabic letters sit at 0xC1-0xFF in Windows-1256; UTF-8 continuation bytes (0x80-0xBF)
        // dominate in any UTF-8 text. Few of those, and mostly Arabic letters when decoded, is cp1256.
        if (stats.HighBytes == 0 || stats.ContinuationRange * 4 > stats.HighBytes)
        {
            return false;
        }
        var decoded = Windows1256.Value.GetString(bytes);
        int high = 0, arabic = 0;
        foreach (var c in decoded)
        {
            if (c < 0x80)
            {
                continue;
            }
            high++;
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
        }
        return high > 0 && arabic * 10 >= high * 8;
    }

    private static DecodeResult Finish(string text, string encoding)
    {
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            return Fail("empty file");
        }
        return new DecodeResult(text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal), encoding, null);
    }

    private static DecodeResult Fail(string reason) => new(null, null, reason);
}
