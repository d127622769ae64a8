using Rasd.Core.Quotes;

namespace Rasd.Storage.Sqlite;

/// <summary>Writes a document's quotes.</summary>
internal static class QuoteRows
{
    public static async Task InsertAsync(SaveCommands c, string docId, IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        foreach (var quote in quotes)
        {
            await SaveCommands.ExecuteAsync(c.InsertQuote, cancellationToken,
                ("$doc", docId), ("$start", quote.Span.Start), ("$end", quote.Span.End), ("$text", quote.Text),
                ("$kind", Kind(quote.Kind)), ("$speaker", quote.SpeakerId),
                ("$speaker_start", quote.SpeakerSpan?.Start), ("$speaker_end", quote.SpeakerSpan?.End),
                ("$code", quote.SpeakerActorCode), ("$country", quote.SpeakerCountry), ("$attributed", quote.AttributedTo));
        }
    }

    /// <summary>The stored and exported name of a kind.</summary>
    public static string Kind(QuoteKind kind) => kind == QuoteKind.Direct ? "direct" : "indirect";

    /// <summary>The columns <see cref="Read"/> reads, with the speaker's and source's names; callers add WHERE and ORDER BY.</summary>
    public const string Select = """
        SELECT q.doc_id, q.start, q."end", q.text, q.kind,
               q.speaker_id, s.name_en, s.name_ar, q.actor_code, coalesce(s.country, q.country),
               q.attributed_to, a.name_en, a.name_ar
        FROM quotes q
        LEFT JOIN entities s ON s.entity_id = q.speaker_id
        LEFT JOIN entities a ON a.entity_id = q.attributed_to
        """;

    /// <summary>One row selected with <see cref="Select"/>.</summary>
    public static StoredQuote Read(Microsoft.Data.Sqlite.SqliteDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var speaker = Text(5) is { } speakerId ? new QuoteActor(speakerId, Text(6), Text(7) ?? string.Empty, Text(8), Text(9)) : null;
        var source = Text(10) is { } sourceId ? new QuoteActor(sourceId, Text(11), Text(12) ?? string.Empty, null, null) : null;
        return new StoredQuote(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), speaker, source);
    }
}
