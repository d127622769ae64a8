namespace Rasd.Core.Ingest;

/// <summary>Recognises bytes that are not text: known file signatures, NUL bytes, control characters.</summary>
internal static class BinarySniffer
{
    private static readonly byte[][] Signatures =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F'],
        [(byte)'P', (byte)'K', 0x03, 0x04],
        [0x7F, (byte)'E', (byte)'L', (byte)'F'],
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8'],
        [0xFF, 0xD8, 0xFF],
        [0x1F, 0x8B],
        [(byte)'M', (byte)'Z', 0x90, 0x00],
    ];

    // Looking at the head of the file is enough to decide, and keeps large files cheap.
    private const int SampleSize = 8192;

    public static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return true;
            }
        }
        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                control++;
            }
        }
        return control * 20 > sample.Length;
    }
}
