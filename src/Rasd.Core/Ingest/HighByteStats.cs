namespace Rasd.Core.Ingest;

/// <summary>Counts over the bytes at or above 0x80 that tell one 8-bit encoding from another.</summary>
internal readonly record struct HighByteStats(int HighBytes, int InValidUtf8Sequences, int ContinuationRange, int FirstInvalidUtf8)
{
    public static HighByteStats Of(ReadOnlySpan<byte> bytes)
    {
        int high = 0, valid = 0, continuation = 0, firstInvalid = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            var length = SequenceLength(bytes[i..]);
            if (length > 0)
            {
                high += length;
                valid += length;
                continuation += length - 1;
                i += length;
                continue;
            }
            high++;
            if (b <= 0xBF)
            {
                continuation++;
            }
            if (firstInvalid < 0)
            {
                firstInvalid = i;
            }
            i++;
        }
        return new HighByteStats(high, valid, continuation, Math.Max(firstInvalid, 0));
    }

    /// <summary>Length of the valid UTF-8 multi-byte sequence starting here, or 0.</summary>
    private static int SequenceLength(ReadOnlySpan<byte> s)
    {
        var lead = s[0];
        var length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || s.Length < length)
        {
            return 0;
        }
        return System.Text.Unicode.Utf8.IsValid(s[..length]) ? length : 0;
    }
}
