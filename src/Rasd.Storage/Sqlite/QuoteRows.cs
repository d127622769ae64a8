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
}
