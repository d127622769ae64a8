using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rasd.Cli.Export;

/// <summary>
/// Writes JSON Lines one object at a time, with Arabic as is rather than as \u escapes so an
/// export stays readable. One buffer serves every line; one instance per output, one thread.
/// </summary>
internal sealed class JsonlLines(TextWriter output)
{
    /// <summary>Serializer options of every export that writes records with <see cref="JsonSerializer"/>.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>Writes the object <paramref name="write"/> builds as one line.</summary>
    public async Task WriteAsync(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, WriterOptions))
        {
            write(json);
        }
        await output.WriteLineAsync(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }
}
