namespace Rasd.Core.Knowledge;

/// <summary>A country row: its names, adjective (nisba) forms and capital.</summary>
/// <param name="Iso3">ISO 3166 alpha-3 code, also its CAMEO actor code.</param>
/// <param name="NameEn">English short name.</param>
/// <param name="NamesAr">Arabic names, canonical first.</param>
/// <param name="Nisbas">Masculine singular adjectives without the article (سوري).</param>
/// <param name="CapitalEn">Capital's English name, if any.</param>
/// <param name="CapitalsAr">Capital's Arabic names, canonical first.</param>
public sealed record Country(
    string Iso3,
    string NameEn,
    IReadOnlyList<string> NamesAr,
    IReadOnlyList<string> Nisbas,
    string? CapitalEn,
    IReadOnlyList<string> CapitalsAr);
