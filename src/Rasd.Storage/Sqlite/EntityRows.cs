using System.Globalization;
using Rasd.Core.Resolution;

namespace Rasd.Storage.Sqlite;

/// <summary>Writes a document's entities, mentions and stated roles.</summary>
internal static class EntityRows
{
    public static async Task InsertAsync(SaveCommands c, string docId, ResolvedEntities resolved, CancellationToken cancellationToken)
    {
        foreach (var entity in resolved.Entities.Values)
        {
            await SaveCommands.ExecuteAsync(c.UpsertEntity, cancellationToken,
                ("$id", entity.Id), ("$type", entity.Type.ToString()), ("$name_en", entity.NameEn), ("$name_ar", entity.NameAr), ("$country", entity.Country));
        }
        foreach (var mention in resolved.Mentions)
        {
            await SaveCommands.ExecuteAsync(c.InsertMention, cancellationToken,
                ("$doc", docId), ("$entity", mention.EntityId), ("$start", mention.Span.Start), ("$end", mention.Span.End),
                ("$text", mention.Text), ("$kind", mention.Kind.ToString()));
        }
        var observedOn = resolved.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var statement in resolved.Statements.Where(s => s.Country is not null))
        {
            await SaveCommands.ExecuteAsync(c.InsertObservation, cancellationToken,
                ("$doc", docId), ("$person", statement.PersonId), ("$name", statement.PersonName), ("$role", statement.Role),
                ("$country", statement.Country), ("$on", observedOn), ("$start", statement.Evidence.Start), ("$end", statement.Evidence.End));
        }
    }
}
