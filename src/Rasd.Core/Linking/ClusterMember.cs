namespace Rasd.Core.Linking;

/// <summary>A party to an event: its entity id and the country it stands for (ISO3), when known.</summary>
public readonly record struct Party(string EntityId, string? Country, bool IsPerson);

/// <summary>An event as clustering sees it: its family, who took part, when and where.</summary>
/// <param name="EventId">The event.</param>
/// <param name="DocId">The document that reports it.</param>
/// <param name="Root">CAMEO root (04 for every kind of consultation).</param>
/// <param name="Parties">Every party.</param>
/// <param name="From">First day it may fall on, when known.</param>
/// <param name="To">Last day it may fall on, when known.</param>
/// <param name="PlaceCountry">Country of its place (a city's or the country itself), when stated.</param>
public sealed record ClusterMember(
    string EventId,
    string DocId,
    string Root,
    IReadOnlyList<Party> Parties,
    DateOnly? From,
    DateOnly? To,
    string? PlaceCountry);
