namespace Rasd.Core.Knowledge;

/// <summary>What kind of thing an entity is, in the export's terms.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    PER,
    /// <summary>An organisation: state body, IGO, party, armed group, outlet, company.</summary>
    ORG,
    /// <summary>A place: country, city, region, site, building.</summary>
    LOC,
}

/// <summary>An entity the knowledge base knows, with every Arabic name it goes by.</summary>
/// <param name="Id">Stable id: <c>per:sergey-lavrov</c>, <c>loc:RUS</c>, <c>loc:moscow</c>, <c>org:un</c>.</param>
/// <param name="Type">PER, ORG or LOC.</param>
/// <param name="NameEn">Canonical English name.</param>
/// <param name="NameAr">Canonical Arabic name.</param>
/// <param name="AliasesAr">Every Arabic name, canonical first.</param>
/// <param name="Kind">Finer kind from the data file: country, city, building, igo, outlet, person…</param>
/// <param name="Country">ISO3 of the country it belongs to (a country's own code for countries).</param>
/// <param name="ActorCode">CAMEO actor code that does not depend on a role (countries, IGOs, armed groups).</param>
public sealed record KbEntity(
    string Id,
    EntityType Type,
    string? NameEn,
    string NameAr,
    IReadOnlyList<string> AliasesAr,
    string Kind,
    string? Country,
    string? ActorCode);
