namespace Rasd.Core.Ingest;

/// <summary>
/// A cleaned article: the unit every later stage reads. All character offsets produced
/// downstream point into <see cref="Body"/>.
/// </summary>
/// <param name="DocId">Identifier used in every export.</param>
/// <param name="ContentHash">SHA-256 (hex) of the raw article; storing the same content twice is a no-op.</param>
/// <param name="SourcePath">Where the article was read from.</param>
/// <param name="Title">Given title, else the first substantive line.</param>
/// <param name="Body">Cleaned text, paragraphs separated by '\n'; title, byline, dateline and boilerplate removed.</param>
/// <param name="BoilerplateRemoved">Every line removed as boilerplate, in reading order.</param>
/// <param name="Outlet">Publishing outlet, when the container or the text names one.</param>
/// <param name="Byline">Author or byline line, when found.</param>
/// <param name="Dateline">Dateline (place, explicit date and time, agency), when found.</param>
/// <param name="Published">Publication date and how it is known.</param>
/// <param name="Url">Address of the article, if known.</param>
public sealed record Document(
    string DocId,
    string ContentHash,
    string SourcePath,
    string Title,
    string Body,
    IReadOnlyList<string> BoilerplateRemoved,
    Outlet? Outlet,
    string? Byline,
    Dateline? Dateline,
    PublicationDate Published,
    string? Url);

/// <summary>A news outlet from the outlets table, or as given when the table does not know it.</summary>
/// <param name="Id">Stable key from the outlets table (e.g. <c>euronews</c>), or the given name.</param>
/// <param name="NameEn">English name, e.g. "Euronews".</param>
/// <param name="NameAr">Arabic name, e.g. "يورو نيوز".</param>
public sealed record Outlet(string Id, string? NameEn, string? NameAr);

/// <summary>
/// The line that says where and when a story was filed, e.g. <c>2020.12.20 | 13:48 دمشق</c>
/// or <c>برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس</c>.
/// </summary>
/// <param name="Text">The dateline as written.</param>
/// <param name="Place">Place name as written, e.g. "دمشق".</param>
/// <param name="Date">Explicit Gregorian date (Hijri dates converted), when written out in full.</param>
/// <param name="Time">Time of day, when given.</param>
/// <param name="Agency">Agency credited in the dateline, e.g. "واس" or "وكالات".</param>
public sealed record Dateline(string Text, string? Place, DateOnly? Date, TimeOnly? Time, string? Agency);

/// <summary>How a publication date is known.</summary>
public enum PublishedBasis
{
    /// <summary>No date known.</summary>
    Unknown,
    /// <summary>Supplied with the article (JSON field, feed element, HTML meta).</summary>
    Given,
    /// <summary>Written out in full in the article (dateline).</summary>
    Explicit,
    /// <summary>Inferred from constraints in the text.</summary>
    Inferred,
}

/// <summary>A publication date: one day, a range of possible days, or nothing, with its basis.</summary>
/// <param name="Date">The day, when known to the day.</param>
/// <param name="From">First possible day, when only a range is known.</param>
/// <param name="To">Last possible day, when only a range is known.</param>
/// <param name="Basis">How it is known.</param>
/// <param name="Note">For an inferred date, the constraints that led to it; for others, anything a reader should know.</param>
public sealed record PublicationDate(DateOnly? Date, DateOnly? From, DateOnly? To, PublishedBasis Basis, string? Note = null)
{
    /// <summary>No publication date known.</summary>
    public static PublicationDate Unknown { get; } = new(null, null, null, PublishedBasis.Unknown);

    /// <summary>A single known day.</summary>
    public static PublicationDate On(DateOnly date, PublishedBasis basis) => new(date, null, null, basis);
}

/// <summary>The names of <see cref="PublishedBasis"/> values used in exports and the database.</summary>
public static class PublishedBasisNames
{
    /// <summary><c>given</c>, <c>explicit</c>, <c>inferred</c> or <c>unknown</c>.</summary>
    public static string ToName(this PublishedBasis basis) => basis switch
    {
        PublishedBasis.Given => "given",
        PublishedBasis.Explicit => "explicit",
        PublishedBasis.Inferred => "inferred",
        _ => "unknown",
    };

    /// <summary>The basis a name stands for; unrecognised names are <see cref="PublishedBasis.Unknown"/>.</summary>
    public static PublishedBasis Parse(string name) => name switch
    {
        "given" => PublishedBasis.Given,
        "explicit" => PublishedBasis.Explicit,
        "inferred" => PublishedBasis.Inferred,
        _ => PublishedBasis.Unknown,
    };
}
