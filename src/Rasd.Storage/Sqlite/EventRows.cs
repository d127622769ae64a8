using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rasd.Core.Events;

namespace Rasd.Storage.Sqlite;

/// <summary>Writes and reads a document's events.</summary>
internal static class EventRows
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task InsertAsync(SaveCommands c, string docId, IReadOnlyList<ExtractedEvent> events, CancellationToken cancellationToken)
    {
        for (var i = 0; i < events.Count; i++)
        {
            // The stored id follows the stored document id, which may have gained a hash suffix.
            var e = events[i] with { EventId = $"{docId}:e{i + 1}", DocId = docId };
            await SaveCommands.ExecuteAsync(c.InsertEvent, cancellationToken,
                ("$id", e.EventId), ("$doc", docId), ("$ordinal", i + 1), ("$cameo", e.Cameo), ("$root", e.Root),
                ("$goldstein", e.Goldstein), ("$source", e.Source.EntityId), ("$target", e.Target?.EntityId), ("$date", e.Date),
                ("$location", e.Location?.EntityId), ("$status", e.Status.ToName()), ("$cluster", e.ClusterId),
                ("$start", e.Evidence.Start), ("$end", e.Evidence.End), ("$data", JsonSerializer.Serialize(e, Json)));
        }
    }

    public static ExtractedEvent Read(string data) =>
        JsonSerializer.Deserialize<ExtractedEvent>(data, Json)
        ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"unreadable event row: {data[..Math.Min(80, data.Length)]}"));
}
