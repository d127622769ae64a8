using Rasd.Core.Linking;

namespace Rasd.Core.Tests.Linking;

public class ClusterRulesTests
{
    private static readonly Party Mekdad = new("per:faisal-mekdad", "SYR", true);
    private static readonly Party Lavrov = new("per:sergey-lavrov", "RUS", true);
    private static readonly Party Safadi = new("per:ayman-safadi", "JOR", true);
    private static readonly Party Shaibani = new("per:asaad-al-shaibani", "SYR", true);
    private static readonly Party Putin = new("per:vladimir-putin", "RUS", true);
    private static readonly Party AbuQasra = new("per:murhaf-abu-qasra", "SYR", true);
    private static readonly Party Belousov = new("per:andrey-belousov", "RUS", true);

    private static ClusterMember Event(string doc, Party[] parties, string from, string? to = null, string root = "04", string? place = "RUS") =>
        new($"{doc}:e", doc, root, parties, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to ?? from, System.Globalization.CultureInfo.InvariantCulture), place);

    [Fact]
    public void Joins_two_outlets_reports_of_one_meeting_a_day_apart()
    {
        Assert.True(ClusterRules.SameEvent(Event("000", [Mekdad, Lavrov], "2020-12-17"), Event("002", [Mekdad, Lavrov], "2020-12-18")));
    }

    [Fact]
    public void Joins_meetings_of_one_visit_with_officials_of_the_same_state()
    {
        Assert.True(ClusterRules.SameEvent(
            Event("003", [Lavrov, Shaibani], "2025-01-02", "2026-02-19"),
            Event("004", [Putin, Shaibani], "2025-06-01", "2026-10-14")));
    }

    [Fact]
    public void Keeps_apart_meetings_with_no_person_in_common()
    {
        Assert.False(ClusterRules.SameEvent(
            Event("003", [Lavrov, Shaibani], "2025-07-31"),
            Event("004", [AbuQasra, Belousov], "2025-07-31")));
    }

    [Fact]
    public void Keeps_apart_the_same_pair_on_days_far_apart()
    {
        Assert.False(ClusterRules.SameEvent(Event("000", [Mekdad, Lavrov], "2020-12-17"), Event("001", [Mekdad, Lavrov], "2022-07-01", "2024-12-08")));
    }

    [Fact]
    public void Keeps_apart_one_minister_meeting_counterparts_of_different_states()
    {
        Assert.False(ClusterRules.SameEvent(Event("a", [Mekdad, Lavrov], "2023-07-03"), Event("b", [Mekdad, Safadi], "2023-07-03")));
    }

    [Fact]
    public void Keeps_apart_different_families_places_and_undated_reports()
    {
        Assert.False(ClusterRules.SameEvent(Event("a", [Mekdad, Lavrov], "2020-12-17"), Event("b", [Mekdad, Lavrov], "2020-12-17", root: "07")));
        Assert.False(ClusterRules.SameEvent(Event("a", [Mekdad, Lavrov], "2020-12-17", place: "RUS"), Event("b", [Mekdad, Lavrov], "2020-12-17", place: "IRN")));
        var undated = new ClusterMember("b:e", "b", "04", [Mekdad, Lavrov], null, null, null);
        Assert.False(ClusterRules.SameEvent(Event("a", [Mekdad, Lavrov], "2020-12-17"), undated));
    }

    [Fact]
    public void Never_joins_two_events_of_one_document()
    {
        Assert.False(ClusterRules.SameEvent(Event("004", [Putin, Shaibani], "2025-07-31"), Event("004", [Lavrov, Shaibani], "2025-07-31")));
    }
}

public class EventClustererTests
{
    private static ClusterMember Event(string id, string doc, string person, string country, string day) =>
        new(id, doc, "04", [new Party("per:shared", "SYR", true), new Party(person, country, true)],
            DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), null);

    [Fact]
    public void Joins_the_cluster_whose_every_report_from_other_documents_matches()
    {
        var candidates = new[]
        {
            ("c1", Event("a:1", "a", "per:x", "RUS", "2025-07-31")),
            ("c1", Event("b:1", "b", "per:y", "RUS", "2025-07-31")),
        };

        Assert.Equal("c1", EventClusterer.ClusterFor(Event("c:1", "c", "per:x", "RUS", "2025-08-01"), candidates));
    }

    [Fact]
    public void Starts_a_new_cluster_when_one_report_of_a_cluster_disagrees()
    {
        var candidates = new[]
        {
            ("c1", Event("a:1", "a", "per:x", "RUS", "2025-07-31")),
            ("c1", Event("b:1", "b", "per:z", "JOR", "2025-07-31")),
        };

        Assert.Null(EventClusterer.ClusterFor(Event("c:1", "c", "per:x", "RUS", "2025-07-31"), candidates));
    }
}
