namespace Rasd.Core.Search;

/// <summary>What <c>rasd search</c> asks for: words and filters, as the user wrote them.</summary>
/// <param name="Text">
/// The query: words must all occur (in any spelling variant or clitic form); a stretch in double
/// quotes must occur as a phrase. See <see cref="SearchQueryParser"/>.
/// </param>
/// <param name="From">First day of the documents' publication (inclusive), or null for no lower bound.</param>
/// <param name="To">Last day of the documents' publication (inclusive), or null for no upper bound.</param>
/// <param name="Outlet">An outlet's id, English or Arabic name, or null for any outlet.</param>
/// <param name="Entity">An entity's id, English or Arabic name or a way the texts wrote it, or null for any.</param>
/// <param name="Limit">At most this many hits, best first.</param>
public sealed record SearchQuery(
    string Text, DateOnly? From = null, DateOnly? To = null, string? Outlet = null, string? Entity = null, int Limit = 20);
