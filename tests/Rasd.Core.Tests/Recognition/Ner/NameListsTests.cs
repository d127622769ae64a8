using Rasd.Core.Data;
using Rasd.Core.Knowledge;
using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

/// <summary>The tagger's name lists (data/ner/lists) and the gazetteer features they give.</summary>
public sealed class NameListsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rasd-lists-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_listed_organisation_is_marked_with_its_type_and_kind_through_a_proclitic()
    {
        Write("organisations.tsv", "نادي الشعلة الرياضي\tORG\tclub\tAl-Shoula Club\t0", "الشعلة\tORG\tclub\tAl-Shoula\t1");
        var features = Gazetteer().Features(["فاز", "ونادي", "الشعلة", "الرياضي", "أمس"]);

        Assert.Contains("LB-ORG", features[1]);
        Assert.Contains("LB-ORG:club", features[1]);
        Assert.Contains("LI-ORG", features[2]);
        Assert.Contains("LI-ORG:club", features[3]);
        Assert.DoesNotContain(features[4], value => value.StartsWith('L'));
    }

    [Fact]
    public void A_one_word_name_that_is_also_an_ordinary_word_is_marked_apart()
    {
        Write("organisations.tsv", "الشعلة\tORG\tclub\tAl-Shoula\t1");
        var features = Gazetteer().Features(["أوقد", "الشعلة"]);

        Assert.Contains("AB-ORG", features[1]);
        Assert.DoesNotContain("LB-ORG", features[1]);
    }

    [Fact]
    public void A_listed_person_is_marked_and_the_first_and_last_words_of_the_name_become_name_parts()
    {
        Write("people.tsv", "زبيدة ثروتوفا\tPER\tartist\tZubaida Tharwatova");
        var features = Gazetteer().Features(["وصلت", "زبيدة", "ثروتوفا", "أمس", "وقابلت", "ثروتوفا"]);

        Assert.Contains("LB-PER:artist", features[1]);
        Assert.Contains("LI-PER", features[2]);
        Assert.Contains("first", features[1]);
        Assert.Contains("last", features[5]);
        Assert.DoesNotContain("LB-PER", features[5]);
    }

    [Fact]
    public void A_row_of_an_unknown_type_is_reported_with_its_file_and_line()
    {
        Write("bad.tsv", "# comment", "كلمة\tTHING\tkind");

        var error = Assert.Throws<DataFileException>(() => NameLists.Load(_directory));

        Assert.EndsWith("bad.tsv", error.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Contains("THING", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_directory_gives_no_lists()
    {
        var lists = NameLists.Load(Path.Combine(_directory, "absent"));

        Assert.Empty(lists.People);
        Assert.Equal(0, lists.Names.Count);
    }

    private KbGazetteerFeatures Gazetteer() =>
        KbGazetteerFeatures.Create(KnowledgeBaseLoader.LoadDefault(), [], [], _directory);

    private void Write(string name, params string[] lines) =>
        File.WriteAllLines(Path.Combine(_directory, name), lines);
}
