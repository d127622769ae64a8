using System.Text.Json;

namespace Rasd.Core.Evaluation.Gold;

/// <summary>A gold role query: who held <see cref="Role"/> in <see cref="Country"/> on <see cref="On"/>.</summary>
public sealed record GoldRole(string Role, string Country, DateOnly On, string Holder);

/// <summary>The gold analysis of a set of documents (format: the file's own <c>about</c> field).</summary>
public sealed record GoldFile(IReadOnlyDictionary<string, IReadOnlyList<GoldEntity>> Entities, IReadOnlyList<GoldRole> Roles)
{
    /// <summary>Gold events per document (see <see cref="GoldEvents"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> Events { get; init; } = new Dictionary<string, IReadOnlyList<GoldEvent>>();

    /// <summary>CAMEO roots whose output events count for precision (<c>scored_roots</c>).</summary>
    public IReadOnlyList<string> ScoredRoots { get; init; } = [];

    /// <summary>Reads a gold file such as <c>seeds.json</c>.</summary>
    public static GoldFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var entities = new Dictionary<string, IReadOnlyList<GoldEntity>>(StringComparer.Ordinal);
        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            var list = new List<GoldEntity>();
            if (document.TryGetProperty("entities", out var items))
            {
                foreach (var e in items.EnumerateArray())
                {
                    list.Add(new GoldEntity(e.GetProperty("name").GetString()!, e.GetProperty("type").GetString()!,
                        e.TryGetProperty("ar", out var ar) ? ar.EnumerateArray().Select(a => a.GetString()!).ToList() : []));
                }
            }
            entities[document.GetProperty("doc_id").GetString()!] = list;
        }
        var roles = new List<GoldRole>();
        if (root.TryGetProperty("roles", out var roleItems))
        {
            foreach (var r in roleItems.EnumerateArray())
            {
                roles.Add(new GoldRole(r.GetProperty("role").GetString()!, r.GetProperty("country").GetString()!,
                    DateOnly.Parse(r.GetProperty("on").GetString()!, System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("holder").GetString()!));
            }
        }
        return new GoldFile(entities, roles) { Events = GoldEvents.Read(root), ScoredRoots = GoldEvents.ScoredRoots(root) };
    }
}
