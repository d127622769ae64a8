using Rasd.Core.Framing;

namespace Rasd.Storage.Sqlite;

/// <summary>Writes a document's framing markers, its tone and its mentions' tone.</summary>
internal static class FramingRows
{
    public static async Task InsertAsync(SaveCommands c, string docId, DocumentFraming framing, CancellationToken cancellationToken)
    {
        foreach (var m in framing.Markers)
        {
            await SaveCommands.ExecuteAsync(c.InsertFramingMarker, cancellationToken,
                ("$doc", docId), ("$start", m.Span.Start), ("$end", m.Span.End), ("$text", m.Text), ("$phrase", m.Phrase),
                ("$category", m.Category), ("$stance", m.Stance), ("$target", m.Target), ("$actor", m.ActorCode));
        }
        await SaveCommands.ExecuteAsync(c.InsertDocumentTone, cancellationToken,
            ("$doc", docId), ("$positive", framing.Tone.Positive), ("$negative", framing.Tone.Negative), ("$words", framing.Tone.Words));
        foreach (var m in framing.Mentions)
        {
            await SaveCommands.ExecuteAsync(c.InsertMentionTone, cancellationToken,
                ("$doc", docId), ("$start", m.Span.Start), ("$end", m.Span.End), ("$entity", m.EntityId),
                ("$positive", m.Tone.Positive), ("$negative", m.Tone.Negative), ("$words", m.Tone.Words), ("$stance", m.Stance));
        }
    }
}
