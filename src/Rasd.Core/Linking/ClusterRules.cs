namespace Rasd.Core.Linking;

/// <summary>
/// When two reports are the same real event. Conservative, since a wrong merge is worse than a
/// missed one: same family; a person in common and the other parties standing for the same
/// states; days that meet within a day of reporting lag; no two different countries as the
/// place; and never two events of the same document (one document's events are already one per
/// real event).
/// </summary>
public static class ClusterRules
{
    /// <summary>Days of reporting lag allowed between two dated reports.</summary>
    public const int LagDays = 1;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> report the same event.</summary>
    public static bool SameEvent(ClusterMember a, ClusterMember b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DocId == b.DocId || a.Root != b.Root)
        {
            return false;
        }
        if (a.PlaceCountry is not null && b.PlaceCountry is not null && a.PlaceCountry != b.PlaceCountry)
        {
            return false;
        }
        return DatesMeet(a, b) && PartiesMeet(a, b);
    }

    /// <summary>Both dated and within the lag of each other (ranges: overlapping). An undated report joins nothing.</summary>
    public static bool DatesMeet(ClusterMember a, ClusterMember b)
    {
        if (a.From is not { } aFrom || a.To is not { } aTo || b.From is not { } bFrom || b.To is not { } bTo)
        {
            return false;
        }
        return aFrom.AddDays(-LagDays) <= bTo && bFrom.AddDays(-LagDays) <= aTo;
    }

    /// <summary>
    /// At least one person in common, and every other party of each report stands for a state
    /// the other report has too: Putin and Lavrov are both Russia when al-Shaibani meets them in
    /// Moscow; Lavrov (Russia) and Safadi (Jordan) are not the same meeting with Mekdad.
    /// </summary>
    public static bool PartiesMeet(ClusterMember a, ClusterMember b)
    {
        var shared = a.Parties.Where(p => p.IsPerson).Select(p => p.EntityId).Intersect(b.Parties.Where(p => p.IsPerson).Select(p => p.EntityId), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (shared.Count == 0)
        {
            return false;
        }
        var aOthers = a.Parties.Where(p => !shared.Contains(p.EntityId)).ToList();
        var bOthers = b.Parties.Where(p => !shared.Contains(p.EntityId)).ToList();
        if (aOthers.Count == 0 || bOthers.Count == 0)
        {
            return true;
        }
        var aStates = aOthers.Select(p => p.Country ?? p.EntityId).ToHashSet(StringComparer.Ordinal);
        return bOthers.Any(p => aStates.Contains(p.Country ?? p.EntityId));
    }
}
