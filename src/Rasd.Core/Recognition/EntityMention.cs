using Rasd.Core.Knowledge;

namespace Rasd.Core.Recognition;

/// <summary>How a mention was found; later stages trust some kinds more than others.</summary>
public enum MentionKind
{
    /// <summary>A name from the knowledge base (فلاديمير بوتين، موسكو).</summary>
    KnownName,
    /// <summary>A name found by a title or honorific pattern, unknown to the knowledge base.</summary>
    PatternName,
    /// <summary>A country adjective (الروسية → Russia).</summary>
    Nisba,
    /// <summary>A ministry built from its pattern (الخارجية الروسية).</summary>
    Ministry,
    /// <summary>A surname standing for a person named in full elsewhere (الصفدي).</summary>
    Surname,
    /// <summary>A misspelt name linked to a person named in the document (بوتبن).</summary>
    Variant,
    /// <summary>A description standing for a person (نظيره الروسي، الرئيس الروسي).</summary>
    Description,
    /// <summary>A name the statistical tagger found.</summary>
    Tagged,
}

/// <summary>A stretch of the document body that names an entity.</summary>
/// <param name="Span">Offsets into the cleaned body.</param>
/// <param name="Type">PER, ORG or LOC.</param>
/// <param name="EntityId">The knowledge-base id, or <c>ar:TYPE:normalised-name</c> for an entity it does not know.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Kind">How it was found.</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, string EntityId, string Text, MentionKind Kind)
{
    /// <summary>True when the entity is in the knowledge base.</summary>
    public bool IsKnown => !EntityId.StartsWith(UnknownPrefix, StringComparison.Ordinal);

    /// <summary>Id prefix of entities the knowledge base does not know.</summary>
    public const string UnknownPrefix = "ar:";

    /// <summary>The id of an entity the knowledge base does not know: merged across documents by normalised name.</summary>
    public static string UnknownId(EntityType type, string normalizedName) => $"{UnknownPrefix}{type}:{normalizedName}";
}

/// <summary>A role stated in the text: "وزير الدفاع الأردني يوسف الحنيطي".</summary>
/// <param name="PersonId">The person's entity id (known or not).</param>
/// <param name="PersonName">The person's name as written.</param>
/// <param name="Role">Role id (defence-minister).</param>
/// <param name="Country">ISO3 of the country, when the text gives it.</param>
/// <param name="Evidence">The title and name as written.</param>
public sealed record RoleStatement(string PersonId, string PersonName, string Role, string? Country, TextSpan Evidence);
