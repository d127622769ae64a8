using Rasd.Core.Knowledge;

namespace Rasd.Core.Tests.Knowledge;

public class RoleQueryTests
{
    private static KnowledgeBase Kb => SharedKnowledge.Kb;

    [Theory]
    [InlineData("foreign-minister", "SYR", "2020-11-16", "per:walid-muallem")]
    [InlineData("foreign-minister", "SYR", "2020-11-22", "per:faisal-mekdad")]
    [InlineData("foreign-minister", "SYR", "2024-12-08", "per:faisal-mekdad")]
    [InlineData("defence-minister", "RUS", "2024-05-12", "per:sergei-shoigu")]
    [InlineData("defence-minister", "RUS", "2024-05-14", "per:andrey-belousov")]
    [InlineData("head-of-state", "SYR", "2024-12-07", "per:bashar-al-assad")]
    [InlineData("head-of-state", "SYR", "2025-07-31", "per:ahmed-al-sharaa")]
    public void Answers_who_held_an_office_on_the_first_and_last_day_of_a_term(string role, string country, string day, string expected)
    {
        var term = Kb.WhoHeld(role, country, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, term?.PersonId);
    }

    [Fact]
    public void Knows_no_holder_in_a_gap_between_terms()
    {
        // Muallem's term ended on 16 November 2020 and Mekdad's began on the 22nd.
        Assert.Null(Kb.WhoHeld("foreign-minister", "SYR", new DateOnly(2020, 11, 19)));
    }

    [Theory]
    [InlineData("Minister of Foreign Affairs", "foreign-minister")]
    [InlineData("President", "head-of-state")]
    [InlineData("minister of defence", "defence-minister")]
    [InlineData("defence-minister", "defence-minister")]
    public void Reads_role_names_in_english_or_as_ids(string name, string expected) => Assert.Equal(expected, Kb.RoleId(name));

    [Theory]
    [InlineData("per:faisal-mekdad", "2021-06-01", "SYRGOV")]
    [InlineData("per:murhaf-abu-qasra", "2025-07-31", "SYRMIL")]
    [InlineData("per:sergey-lavrov", "2020-12-17", "RUSGOV")]
    public void Codes_an_actor_by_the_office_held_on_the_day(string person, string day, string code) =>
        Assert.Equal(code, Kb.ActorCodeOn(person, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("السورية", "SYR")]
    [InlineData("الروسي", "RUS")]
    [InlineData("السوريين", "SYR")]
    [InlineData("الأمريكية", "USA")]
    [InlineData("الأميركيون", "USA")]
    [InlineData("الكازاخية", "KAZ")]
    public void Points_a_country_adjective_in_any_inflection_to_its_country(string word, string iso3) =>
        Assert.Equal(iso3, Kb.CountryOfNisba(word));
}
