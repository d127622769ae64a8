namespace Rasd.Core.Knowledge;

/// <summary>
/// A ministry as a pattern: "وزارة الخارجية الروسية" is <see cref="NameEn"/> + " of Russia".
/// </summary>
/// <param name="Key">Stable key (<c>foreign-affairs</c>).</param>
/// <param name="NameEn">English name without the country ("Ministry of Foreign Affairs").</param>
/// <param name="NamesAr">Arabic portfolio names after وزارة (الخارجية، الشؤون الخارجية).</param>
/// <param name="MinisterRole">The role of its minister (<c>foreign-minister</c>).</param>
/// <param name="Standalone">
/// True when the portfolio alone names the ministry (الخارجية الروسية); false when it would read as
/// an ordinary phrase (الطاقة الروسية, "Russian energy") unless وزارة precedes it.
/// </param>
public sealed record Ministry(string Key, string NameEn, IReadOnlyList<string> NamesAr, string? MinisterRole, bool Standalone = false);
