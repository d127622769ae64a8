using Rasd.Core.Knowledge.Cameo;

namespace Rasd.Core.Tests.Knowledge;

public class CameoImportTests
{
    private static readonly string[] Dictionary =
    [
        "غزة  [PSE]",
        "جيش  [MIL]",
        "ابو_بلال_",
        "\t[PSECVLELI 19840502-18000101]",
        "نوري_المالكي_",
        "\t[IRQGOV 20101221-20140908]",
        "\t[IRQELI 20140908-20161010]",
        "إيهود_اولمر_",
        "\t[ISRGOV >20060414]",
        "\t[ISRELI <20030216]",
    ];

    [Fact]
    public void Reads_names_with_their_dated_codes_and_joins_lemma_words_with_spaces()
    {
        var (actors, _) = CameoActorDictionary.Read(Dictionary);

        var maliki = actors.Single(a => a.Name == "نوري المالكي");
        Assert.Equal(
            [new CameoCode("IRQGOV", new DateOnly(2010, 12, 21), new DateOnly(2014, 9, 8)), new CameoCode("IRQELI", new DateOnly(2014, 9, 8), new DateOnly(2016, 10, 10))],
            maliki.Codes);
        Assert.Equal(new CameoCode("ISRELI", null, new DateOnly(2003, 2, 16)), actors.Single(a => a.Name == "إيهود اولمر").Codes[1]);
        Assert.Equal(new CameoCode("PSE", null, null), actors.Single(a => a.Name == "غزة").Codes[0]);
    }

    [Fact]
    public void Reads_an_end_before_the_start_or_the_1800_placeholder_as_no_end()
    {
        var (actors, corrected) = CameoActorDictionary.Read(Dictionary);

        Assert.Equal(new CameoCode("PSECVLELI", new DateOnly(1984, 5, 2), null), actors.Single(a => a.Name == "ابو بلال").Codes[0]);
        Assert.Equal(1, corrected);
    }

    [Fact]
    public void Curated_roles_win_over_the_dictionary()
    {
        var kb = SharedKnowledge.Kb;

        // The dictionary codes Lavrov RUSGOV only in 2004; the curated term runs from 2004 on.
        Assert.Equal("RUSGOV", kb.ActorCodeOn("per:sergey-lavrov", new DateOnly(2020, 12, 17)));
        Assert.DoesNotContain(kb.Entities.Keys, id => id.StartsWith("per:cameo:", StringComparison.Ordinal) && id.Contains("لافروف", StringComparison.Ordinal));
    }

    [Fact]
    public void People_known_only_from_the_dictionary_carry_its_codes()
    {
        var kb = SharedKnowledge.Kb;

        var sinioraId = kb.Entities.Values.Single(e => e.Kind == "person-cameo" && e.NameAr == "فؤاد السنيورة").Id;
        Assert.Equal("LBNGOV", kb.ActorCodeOn(sinioraId, null));
        Assert.DoesNotContain(kb.Entities.Values, e => e.Kind == "person-cameo" && e.NameAr.StartsWith("عاهل", StringComparison.Ordinal));
    }
}
