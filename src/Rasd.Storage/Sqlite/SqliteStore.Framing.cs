using Microsoft.Data.Sqlite;
using Rasd.Core;
using Rasd.Core.Framing;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async Task<DocumentFraming?> ReadFramingAsync(string docId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docId);
        ToneScore tone;
        await using (var command = Query("SELECT positive, negative, words FROM document_tone WHERE doc_id = $doc", docId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            tone = new ToneScore(reader.GetDouble(0), reader.GetDouble(1), reader.GetInt32(2));
        }

        var markers = new List<FramingMarker>();
        await using (var command = Query("""
            SELECT start, "end", text, phrase, category, stance, target, actor_code FROM framing_markers WHERE doc_id = $doc ORDER BY start, "end"
            """, docId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                markers.Add(new FramingMarker(new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.GetString(5), NullableString(reader, 6), NullableString(reader, 7)));
            }
        }

        var mentions = new List<MentionFraming>();
        await using (var command = Query("""
            SELECT start, "end", entity_id, positive, negative, words, stance FROM mention_tone WHERE doc_id = $doc ORDER BY start, "end", entity_id
            """, docId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                mentions.Add(new MentionFraming(new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), reader.GetString(2),
                    new ToneScore(reader.GetDouble(3), reader.GetDouble(4), reader.GetInt32(5)), NullableString(reader, 6)));
            }
        }
        return new DocumentFraming(markers, tone, mentions);
    }

    private SqliteCommand Query(string sql, string docId)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$doc", docId);
        return command;
    }
}
