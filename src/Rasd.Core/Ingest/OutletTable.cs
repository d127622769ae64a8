using Rasd.Core.Data;
using Rasd.Core.Text;

namespace Rasd.Core.Ingest;

/// <summary>
/// Known outlets, looked up by id, domain, or any Arabic or Latin alias. Keys are compared on
/// the normalised form (alef/ya/ta marbuta folded, Latin lower-cased) so spelling variants meet.
/// </summary>
public sealed class OutletTable
{
    private readonly Dictionary<string, Outlet> byKey;
    private readonly List<(string Domain, Outlet Outlet)> domains;
    private readonly Dictionary<string, Outlet> inText;
    private readonly List<(string Key, Outlet Outlet)> aliasesLongestFirst;

    private OutletTable(Dictionary<string, Outlet> byKey, Dictionary<string, Outlet> inText, List<(string, Outlet)> domains)
    {
        this.byKey = byKey;
        this.inText = inText;
        this.domains = domains;
        aliasesLongestFirst = [.. inText.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    /// <summary>Loads <c>outlets.tsv</c> (id, name_en, name_ar, aliases, domains).</summary>
    public static OutletTable Load(string path)
    {
        var byKey = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        var inText = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        var domains = new List<(string, Outlet)>();
        foreach (var line in TsvFile.Read(path, 3))
        {
            var f = line.Fields;
            if (f[0].Length == 0)
            {
                throw line.Error("empty outlet id");
            }
            var outlet = new Outlet(f[0].Trim(), NullIfEmpty(f[1]), NullIfEmpty(f[2]));
            var names = new List<string> { f[0], f[1], f[2] };
            if (f.Length > 3)
            {
                names.AddRange(f[3].Split('|'));
            }
            foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                byKey.TryAdd(Key(name), outlet);
                if (f.Length <= 5 || !string.Equals(f[5].Trim(), "no", StringComparison.Ordinal))
                {
                    inText.TryAdd(Key(name), outlet);
                }
            }
            if (f.Length > 4)
            {
                domains.AddRange(f[4].Split('|').Where(d => d.Length > 0).Select(d => (d.Trim().ToUpperInvariant(), outlet)));
            }
        }
        // Longer domains first so "arabic.rt.com" wins over "rt.com".
        domains.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new OutletTable(byKey, inText, domains);
    }

    /// <summary>The outlet whose id, name or alias is exactly <paramref name="name"/>.</summary>
    public Outlet? FindByName(string name) => byKey.GetValueOrDefault(Key(name));

    /// <summary>
    /// The outlet a whole line of article text names, e.g. a standalone "أثر برس". Outlets whose
    /// names are common words (in_text = no) are never recognised in text.
    /// </summary>
    public Outlet? FindLine(string line) => inText.GetValueOrDefault(Key(line));

    /// <summary>The outlet a URL or bare domain belongs to.</summary>
    public Outlet? FindByDomain(string urlOrDomain)
    {
        var host = urlOrDomain.Trim();
        if (Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            host = uri.Host + uri.AbsolutePath;
        }
        host = host.ToUpperInvariant();
        if (host.StartsWith("WWW.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        foreach (var (domain, outlet) in domains)
        {
            if (host.StartsWith(domain, StringComparison.Ordinal) || host.Contains("." + domain, StringComparison.Ordinal))
            {
                return outlet;
            }
        }
        return null;
    }

    /// <summary>A given outlet field: id, alias or domain; unknown names are kept as given.</summary>
    public Outlet Resolve(string given) =>
        FindByName(given) ?? FindByDomain(given) ?? new Outlet(given.Trim(), null, null);

    /// <summary>The longest alias that occurs in <paramref name="text"/> as whole words.</summary>
    public Outlet? FindIn(string text)
    {
        var key = " " + Key(text) + " ";
        foreach (var (alias, outlet) in aliasesLongestFirst)
        {
            // Very short Latin ids ("rt", "aa", "dw") match only a whole line, never inside one.
            if (alias.Length < 3)
            {
                continue;
            }
            if (key.Contains(" " + alias + " ", StringComparison.Ordinal))
            {
                return outlet;
            }
        }
        return null;
    }

    internal static string Key(string name)
    {
        var folded = ArabicNormalizer.NormalizeKey(name.Trim()).ToUpperInvariant();
        return string.Join(' ', folded.Split([' ', '\u00A0', '\t', '.', ':', '،', ','], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
