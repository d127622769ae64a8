using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;

namespace Rasd.Core.Resolution;

public sealed partial class EntityResolver
{
    /// <summary>
    /// Who a description stands for. A name right after it (نظيره التركي، هاكان فيدان) decides;
    /// else a counterpart takes the role of the person before it, in its own country; a title
    /// with a country (الرئيس الروسي) is whoever held that office on the date; a bare title
    /// (الوزير) is the last person named with that role.
    /// </summary>
    private string? ResolveDescription(DescriptionMention description, List<EntityMention> mentions, List<RoleStatement> statements, DateOnly? date)
    {
        var following = mentions.Where(m => m.Type == EntityType.PER && m.Span.Start >= description.Span.End && m.Span.Start - description.Span.End <= 2)
            .OrderBy(m => m.Span.Start).FirstOrDefault();
        if (following is not null)
        {
            return following.EntityId;
        }

        var before = mentions.Where(m => m.Type == EntityType.PER && m.Span.End <= description.Span.Start).OrderByDescending(m => m.Span.Start).ToList();
        if (description.Counterpart)
        {
            var antecedent = before.FirstOrDefault(m => RoleOf(m.EntityId, statements, date) is not null);
            if (antecedent is null || description.Country is null)
            {
                return null;
            }
            var (role, term) = RoleOf(antecedent.EntityId, statements, date)!.Value;
            return Holder(role, description.Country, date, term, mentions);
        }
        if (description.Role is null)
        {
            return null;
        }
        if (description.Country is not null)
        {
            return Holder(description.Role, description.Country, date, null, mentions);
        }
        return before.FirstOrDefault(m => RoleOf(m.EntityId, statements, date)?.Role == description.Role)?.EntityId;
    }

    /// <summary>A person's role: as the document states it, else the office the knowledge base has them in on the date.</summary>
    private (string Role, RoleTerm? Term)? RoleOf(string personId, List<RoleStatement> statements, DateOnly? date)
    {
        var terms = Kb.TermsOf(personId);
        if (statements.FirstOrDefault(s => s.PersonId == personId) is { } stated)
        {
            return (stated.Role, terms.LastOrDefault(t => t.Role == stated.Role && (date is null || t.Covers(date.Value))));
        }
        var term = date is { } d ? terms.LastOrDefault(t => t.Covers(d)) : terms.Count == 1 ? terms[0] : null;
        return term is null ? null : (term.Role, term);
    }

    /// <summary>
    /// Who held the office: on the date when known; else the one holder whose term overlaps the
    /// antecedent's; else, among several, the one the document names.
    /// </summary>
    private string? Holder(string role, string country, DateOnly? date, RoleTerm? antecedentTerm, List<EntityMention> mentions)
    {
        if (date is { } d)
        {
            return Kb.WhoHeld(role, country, d)?.PersonId;
        }
        var from = antecedentTerm?.From ?? DateOnly.MinValue;
        var to = antecedentTerm?.To ?? DateOnly.MaxValue;
        var holders = Kb.WhoHeld(role, country, from, to).Select(t => t.PersonId).Distinct(StringComparer.Ordinal).ToList();
        if (holders.Count == 1)
        {
            return holders[0];
        }
        var named = holders.Where(h => mentions.Any(m => m.EntityId == h)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>A stated role without a country takes it from the person's office in the knowledge base.</summary>
    private RoleStatement WithCountry(RoleStatement statement, DateOnly? date)
    {
        if (statement.Country is not null)
        {
            return statement;
        }
        var terms = Kb.TermsOf(statement.PersonId).Where(t => t.Role == statement.Role && (date is null || t.Covers(date.Value))).ToList();
        return terms.Select(t => t.Country).Distinct(StringComparer.Ordinal).Count() == 1 ? statement with { Country = terms[0].Country } : statement;
    }
}
