namespace Rasd.Core.Text;

/// <summary>
/// One reading of a normalised word as proclitics + stem + enclitic, for dictionary lookup.
/// <see cref="Prefix"/> and <see cref="Suffix"/> are the clitics as written, except that an
/// article whose alef is dropped after ل (للاسد = ل + الاسد) is restored in the stem.
/// </summary>
/// <param name="Stem">The candidate stem, normalised.</param>
/// <param name="Prefix">The proclitics removed, or empty.</param>
/// <param name="Suffix">The pronoun enclitic removed, or empty.</param>
public sealed record StemCandidate(string Stem, string Prefix, string Suffix);
