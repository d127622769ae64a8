namespace Rasd.Core.Linking;

/// <summary>
/// Incremental clustering: a new event joins the cluster whose every report from other documents
/// it matches (complete linkage, the conservative choice), else starts its own. Callers pass only
/// candidates that share a person and fall in the date window (an index lookup), so the cost of
/// adding a document does not grow with the whole corpus.
/// </summary>
public static class EventClusterer
{
    /// <summary>The cluster <paramref name="member"/> belongs to among the candidates' clusters, or null for a new one.</summary>
    public static string? ClusterFor(ClusterMember member, IEnumerable<(string ClusterId, ClusterMember Member)> candidates)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestSize = 0;
        foreach (var cluster in candidates.GroupBy(c => c.ClusterId, StringComparer.Ordinal))
        {
            var others = cluster.Select(c => c.Member).Where(m => m.DocId != member.DocId).ToList();
            if (others.Count == 0 || !others.All(m => ClusterRules.SameEvent(member, m)))
            {
                continue;
            }
            if (others.Count > bestSize || (others.Count == bestSize && string.CompareOrdinal(cluster.Key, best) < 0))
            {
                (best, bestSize) = (cluster.Key, others.Count);
            }
        }
        return best;
    }
}
