using Rasd.Core.Text;

namespace Rasd.Core.Knowledge;

/// <summary>
/// Who is who and who held which office when: entities with their Arabic names, countries with
/// their adjectives, titles, ministries and terms of office. Immutable once loaded and shared by
/// every stage; load it once (<see cref="KnowledgeBaseLoader"/>).
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KbEntity> _entities;
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, string> _countryByNisbaKey;
    private readonly Dictionary<string, List<RoleTerm>> _termsByPerson;
    private readonly Dictionary<(string Role, string Country), List<RoleTerm>> _termsByOffice;
    private readonly Dictionary<string, string> _roleByName;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Cameo.CameoCode>> _cameoCodes;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, KbEntity> _ministries = new(StringComparer.Ordinal);

    internal KnowledgeBase(
        Dictionary<string, KbEntity> entities,
        Dictionary<string, Country> countries,
        IReadOnlyList<RoleTerm> terms,
        IReadOnlyList<(string Title, string Role)> titles,
        IReadOnlyList<Ministry> ministries,
        IReadOnlyList<string> honorifics,
        IReadOnlyList<(string Role, string NameEn, IReadOnlyList<string> Aliases)> roleNames,
        IReadOnlyDictionary<string, IReadOnlyList<Cameo.CameoCode>>? cameoCodes = null)
    {
        _cameoCodes = cameoCodes ?? new Dictionary<string, IReadOnlyList<Cameo.CameoCode>>();
        _entities = entities;
        _countries = countries;
        Terms = terms;
        Titles = titles;
        Ministries = ministries;
        Honorifics = honorifics;
        RoleNames = roleNames;

        _countryByNisbaKey = new(StringComparer.Ordinal);
        foreach (var country in countries.Values)
        {
            foreach (var form in country.Nisbas.SelectMany(NisbaForms.Of))
            {
                _countryByNisbaKey.TryAdd(ArabicNormalizer.NormalizeKey(form), country.Iso3);
            }
        }
        _termsByPerson = terms.GroupBy(t => t.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _termsByOffice = terms.Where(t => t.Country is not null)
            .GroupBy(t => (t.Role, t.Country!))
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.From).ToList());
        _roleByName = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (role, nameEn, aliases) in roleNames)
        {
            _roleByName.TryAdd(role, role);
            _roleByName.TryAdd(nameEn, role);
            foreach (var alias in aliases)
            {
                _roleByName.TryAdd(alias, role);
            }
        }
    }

    /// <summary>Every entity, by id.</summary>
    public IReadOnlyDictionary<string, KbEntity> Entities => _entities;

    /// <summary>Every country, by ISO3 code.</summary>
    public IReadOnlyDictionary<string, Country> Countries => _countries;

    /// <summary>Every term of office the files state.</summary>
    public IReadOnlyList<RoleTerm> Terms { get; }

    /// <summary>Arabic titles and the role each names (وزير الخارجية → foreign-minister).</summary>
    public IReadOnlyList<(string Title, string Role)> Titles { get; }

    /// <summary>Ministries as patterns.</summary>
    public IReadOnlyList<Ministry> Ministries { get; }

    /// <summary>Words before a name that are not part of it (الدكتور، معالي، اللواء ركن).</summary>
    public IReadOnlyList<string> Honorifics { get; }

    /// <summary>The day the terms of office were last checked (as-of.txt): open terms are known up to it.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Phrases that date a text (era-markers.tsv).</summary>
    public IReadOnlyList<EraMarker> EraMarkers { get; init; } = [];

    /// <summary>Words after a title that make it a former office (السابق، الراحل).</summary>
    public IReadOnlyList<string> FormerWords { get; init; } = [];

    /// <summary>Role ids with their English names and aliases (foreign-minister, "Minister of Foreign Affairs").</summary>
    public IReadOnlyList<(string Role, string NameEn, IReadOnlyList<string> Aliases)> RoleNames { get; }

    /// <summary>The entity with this id (ministries included once built), if any.</summary>
    public KbEntity? Entity(string id) => _entities.GetValueOrDefault(id) ?? _ministries.GetValueOrDefault(id);

    /// <summary>The country an adjective in any inflection points to (الروسية → RUS), if any.</summary>
    public string? CountryOfNisba(string word) => _countryByNisbaKey.GetValueOrDefault(ArabicNormalizer.NormalizeKey(word));

    /// <summary>As <see cref="CountryOfNisba"/>, for a word already normalised (hot path of recognition).</summary>
    internal string? CountryOfNormalizedNisba(string normalizedWord) => _countryByNisbaKey.GetValueOrDefault(normalizedWord);

    /// <summary>The role id for a role id, English role name or alias ("Minister of Foreign Affairs" → foreign-minister).</summary>
    public string? RoleId(string nameOrId) => _roleByName.GetValueOrDefault(nameOrId.Trim());

    /// <summary>The terms a person held, oldest first.</summary>
    public IReadOnlyList<RoleTerm> TermsOf(string personId) =>
        _termsByPerson.TryGetValue(personId, out var terms) ? terms : [];

    /// <summary>Who held <paramref name="role"/> in <paramref name="country"/> on <paramref name="day"/>, per the files.</summary>
    public RoleTerm? WhoHeld(string role, string country, DateOnly day) =>
        _termsByOffice.TryGetValue((role, country), out var terms) ? terms.LastOrDefault(t => t.Covers(day)) : null;

    /// <summary>Everyone who held the office at some time in the inclusive range.</summary>
    public IEnumerable<RoleTerm> WhoHeld(string role, string country, DateOnly from, DateOnly to) =>
        _termsByOffice.TryGetValue((role, country), out var terms) ? terms.Where(t => t.Overlaps(from, to)) : [];

    /// <summary>
    /// A ministry of a country as an entity: "Ministry of Foreign Affairs of Russia",
    /// "وزارة الخارجية الروسية". Built on demand and cached, since ministries are patterns.
    /// </summary>
    public KbEntity MinistryOf(Ministry ministry, string iso3)
    {
        ArgumentNullException.ThrowIfNull(ministry);
        var id = $"org:ministry:{ministry.Key}:{iso3}";
        return _ministries.GetOrAdd(id, _ =>
        {
            var country = _countries.GetValueOrDefault(iso3);
            var portfolio = ministry.NamesAr[0];
            var nameAr = country is { Nisbas.Count: > 0 }
                ? $"وزارة {portfolio} ال{country.Nisbas[0]}ة"
                : $"وزارة {portfolio} {country?.NamesAr[0] ?? iso3}";
            var code = ministry.MinisterRole is { } role ? ActorCodes.ForRole(role, iso3) : iso3 + "GOV";
            return new KbEntity(id, EntityType.ORG, $"{ministry.NameEn} of {country?.NameEn ?? iso3}", nameAr, [nameAr], "ministry", iso3, code);
        });
    }

    /// <summary>
    /// The CAMEO actor code of a person on a day: from the role held then (a defence minister is
    /// MIL, other offices GOV, UN offices IGOUNO); null when the person held no known office.
    /// </summary>
    public string? ActorCodeOn(string personId, DateOnly? day)
    {
        var terms = TermsOf(personId);
        var term = day is { } d ? terms.LastOrDefault(t => t.Covers(d)) : terms.Count > 0 ? terms[^1] : null;
        if (term is not null)
        {
            return ActorCodes.ForRole(term.Role, term.Country);
        }
        // People known only from the CAMEO dictionary carry its dated codes.
        var codes = _cameoCodes.GetValueOrDefault(personId) ?? [];
        return codes.LastOrDefault(c => day is not { } on || ((c.From is null || c.From <= on) && (c.To is null || on <= c.To)))?.Code;
    }
}
