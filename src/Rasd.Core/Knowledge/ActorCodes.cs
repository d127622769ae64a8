namespace Rasd.Core.Knowledge;

/// <summary>CAMEO actor codes derived from roles: country ISO3 plus a sector.</summary>
public static class ActorCodes
{
    /// <summary>
    /// The code a role gives its holder: defence ministers and military chiefs are MIL, UN
    /// offices IGOUNO, every other state office GOV.
    /// </summary>
    public static string? ForRole(string role, string? country)
    {
        if (role.StartsWith("un-", StringComparison.Ordinal))
        {
            return "IGOUNO";
        }
        if (country is null)
        {
            return null;
        }
        var military = role is "defence-minister" or "chief-of-staff" or "army-commander";
        return country + (military ? "MIL" : "GOV");
    }
}
