using Rasd.Core.Data;
using Rasd.Core.Knowledge;

namespace Rasd.Core.Tests.Knowledge;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rasd-kb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loads_every_shipped_file_with_countries_people_and_terms()
    {
        var kb = SharedKnowledge.Kb;

        Assert.True(kb.Countries.Count >= 195, $"{kb.Countries.Count} countries");
        Assert.Equal("Syria", kb.Entity("loc:SYR")?.NameEn);
        Assert.Contains("سيرجي لافروف", kb.Entity("per:sergey-lavrov")!.AliasesAr);
        Assert.NotEmpty(kb.Titles);
        Assert.NotEmpty(kb.Honorifics);
    }

    [Fact]
    public void A_user_folder_adds_people_and_terms_the_shipped_files_lack()
    {
        File.WriteAllText(Path.Combine(_folder, "people.tsv"), "hussein-salama\tHussein Salama\tحسين سلامة\t\tSyrian intelligence chief\n");
        File.WriteAllText(Path.Combine(_folder, "roles.tsv"), "hussein-salama\tintelligence-chief\tSYR\t2025-01\t\tuser note\n");

        var kb = KnowledgeBaseLoader.LoadDefault(_folder);

        Assert.Equal("per:hussein-salama", kb.WhoHeld("intelligence-chief", "SYR", new DateOnly(2025, 7, 31))?.PersonId);
        Assert.Equal(new DateOnly(2025, 1, 1), kb.TermsOf("per:hussein-salama")[0].From);
    }

    [Fact]
    public void A_term_for_an_unknown_person_is_refused_with_its_file_and_line()
    {
        var roles = Path.Combine(_folder, "roles.tsv");
        File.WriteAllText(roles, "# a comment\nnobody-known\tforeign-minister\tSYR\t2020-01-01\t\tx\n");

        var error = Assert.Throws<DataFileException>(() => KnowledgeBaseLoader.LoadDefault(_folder));

        Assert.Equal((roles, 2), (error.File, error.Line));
        Assert.Contains("nobody-known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_that_ends_before_it_starts_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder, "people.tsv"), "someone\tSomeone\tشخص ما\n");
        File.WriteAllText(Path.Combine(_folder, "roles.tsv"), "someone\tforeign-minister\tSYR\t2020-05-01\t2019-01-01\tx\n");

        Assert.Throws<DataFileException>(() => KnowledgeBaseLoader.LoadDefault(_folder));
    }
}
