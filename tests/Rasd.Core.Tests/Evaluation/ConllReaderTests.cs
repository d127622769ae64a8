using Rasd.Core.Evaluation;

namespace Rasd.Core.Tests.Evaluation;

public class ConllReaderTests
{
    [Fact]
    public void Reads_sentences_separated_by_blank_lines_with_their_tags()
    {
        const string text = "قال O\nالرئيس O\nبشار B-PERS\nالأسد I-PERS\n\nزار O\nدمشق B-LOC\n";
        var result = ConllReader.Read(new StringReader(text), "test.conll");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Sentences.Count);
        Assert.Equal(["قال", "الرئيس", "بشار", "الأسد"], result.Sentences[0].Tokens);
        Assert.Equal(["O", "O", "B-PERS", "I-PERS"], result.Sentences[0].Tags);
        Assert.Equal(["زار", "دمشق"], result.Sentences[1].Tokens);
        Assert.Equal(["O", "B-LOC"], result.Sentences[1].Tags);
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_tabs_runs_of_spaces_crlf_and_extra_blank_lines()
    {
        const string text = "\uFEFFوصل\tO\r\nوزير   O\r\nالخارجية \t O\r\n\r\n\r\n\r\nالقاهرة  B-LOC\r\n";
        var result = ConllReader.Read(new StringReader(text), "test.conll");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Sentences.Count);
        Assert.Equal("وصل", result.Sentences[0].Tokens[0]);
        Assert.Equal(["O", "O", "O"], result.Sentences[0].Tags);
        Assert.Equal(["القاهرة"], result.Sentences[1].Tokens);
    }

    [Fact]
    public void Takes_the_last_column_as_the_tag_when_a_file_has_more()
    {
        var result = ConllReader.Read(new StringReader("بغداد NNP B-LOC\n"), "three-columns.conll");

        Assert.Equal(["B-LOC"], result.Sentences[0].Tags);
    }

    [Fact]
    public void Reports_a_line_without_a_tag_by_file_and_line_and_goes_on()
    {
        var result = ConllReader.Read(new StringReader("بيروت B-LOC\nتاغ\nعمان B-LOC\n"), "broken.conll");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("broken.conll", 2), (diagnostic.Path, diagnostic.Line));
        Assert.Equal(["بيروت", "عمان"], result.Sentences[0].Tokens);
    }

    [Fact]
    public void Reads_an_aqmar_style_file_from_disk()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "دمشق B-LOC\nهي O\nعاصمة O\nسوريا B-LOC\n. O\n\nبناها O\nالأمويون B-MIS1\n", new System.Text.UTF8Encoding(true));
            var result = ConllReader.ReadFiles([path, path]);

            Assert.Equal(4, result.Sentences.Count);
            Assert.Equal("دمشق", result.Sentences[0].Tokens[0]);
            Assert.Equal("B-MIS1", result.Sentences[1].Tags[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
