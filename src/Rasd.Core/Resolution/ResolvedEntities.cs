using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Resolution;

/// <summary>An entity as the exports show it.</summary>
/// <param name="Id">Knowledge-base id, or <c>ar:TYPE:name</c> for an entity it does not know.</param>
/// <param name="Type">PER, ORG or LOC.</param>
/// <param name="NameEn">Canonical English name; null for entities the knowledge base does not know.</param>
/// <param name="NameAr">Canonical Arabic name (as written, for unknown entities).</param>
/// <param name="Country">ISO3 of the entity's country, when known.</param>
public sealed record EntityInfo(string Id, EntityType Type, string? NameEn, string NameAr, string? Country);

/// <summary>
/// A document's entities after linking: every mention points to one entity, descriptions that
/// could be resolved became mentions of the person they stand for.
/// </summary>
/// <param name="Mentions">All mentions, in text order.</param>
/// <param name="Statements">Roles the text states, with the person linked and the country filled in where it can be.</param>
/// <param name="Entities">The entities the mentions point to, by id.</param>
/// <param name="Date">The date roles were resolved against (the publication date, when known).</param>
public sealed record ResolvedEntities(
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<RoleStatement> Statements,
    IReadOnlyDictionary<string, EntityInfo> Entities,
    DateOnly? Date);
