namespace Rasd.Core.Knowledge;

/// <summary>Where a role fact comes from.</summary>
public enum RoleBasis
{
    /// <summary>The knowledge base's curated files.</summary>
    Kb,
    /// <summary>A dated statement in an analysed article ("وزير الدفاع الأردني يوسف الحنيطي").</summary>
    Observed,
}

/// <summary>
/// One term of office: <paramref name="PersonId"/> held <paramref name="Role"/> in
/// <paramref name="Country"/> from <paramref name="From"/> to <paramref name="To"/> (inclusive;
/// null = still in office). For an observation, From and To are the day it was observed.
/// </summary>
public sealed record RoleTerm(
    string PersonId,
    string Role,
    string? Country,
    DateOnly From,
    DateOnly? To,
    string Source,
    RoleBasis Basis = RoleBasis.Kb)
{
    /// <summary>True when the term covers <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>True when the term overlaps the inclusive range.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && (To is null || from <= To);
}
