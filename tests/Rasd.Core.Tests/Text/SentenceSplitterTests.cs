using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

public class SentenceSplitterTests
{
    /// <summary>Asserts the spans and, as a readable check of the same thing, the covered text.</summary>
    private static void Sentences(string text, params (int Start, int End, string Text)[] expected)
    {
        var actual = SentenceSplitter.Split(text);
        Assert.Equal(expected.Select(e => new TextSpan(e.Start, e.End)), actual);
        Assert.Equal(expected.Select(e => e.Text), actual.Select(s => s.Slice(text).ToString()));
    }

    [Fact]
    public void Splits_on_full_stop_exclamation_arabic_question_mark_and_arabic_semicolon() =>
        Sentences("وصل المقداد إلى موسكو. والتقى لافروف! هل اتفقا؟ نعم؛ بالتأكيد",
            (0, 22, "وصل المقداد إلى موسكو."), (23, 37, "والتقى لافروف!"), (38, 47, "هل اتفقا؟"),
            (48, 52, "نعم؛"), (53, 61, "بالتأكيد"));

    [Theory]
    [InlineData("قال: “الوضع صعب. لكننا سنصمد” ثم غادر.")]
    [InlineData("وأضاف «لن نتراجع! أبدا» وصمت.")]
    [InlineData("وتابع: \"لكنني ألاحظ تطوراً. حقيقياً\" ثم سكت.")]
    public void Does_not_split_inside_quotes(string text) =>
        Assert.Equal([new TextSpan(0, text.Length)], SentenceSplitter.Split(text));

    [Fact]
    public void Ends_the_sentence_after_closing_quotes_that_follow_a_full_stop() =>
        Sentences("قال المقداد: “نحن مستعدون.” وغادر القاعة.",
            (0, 27, "قال المقداد: “نحن مستعدون.”"), (28, 41, "وغادر القاعة."));

    [Fact]
    public void Ends_the_sentence_at_a_line_break_even_inside_quotes() =>
        Sentences("قال: “الوضع صعب\nلكننا سنصمد”", (0, 15, "قال: “الوضع صعب"), (16, 28, "لكننا سنصمد”"));

    [Fact]
    public void Does_not_split_after_a_single_arabic_letter_abbreviation() =>
        Sentences("التقى د. فيصل المقداد بالسفير. ثم غادر", (0, 30, "التقى د. فيصل المقداد بالسفير."), (31, 38, "ثم غادر"));

    [Fact]
    public void Does_not_split_after_latin_titles_or_initials() =>
        Sentences("Mr. Lavrov met U.S. officials. Then left.", (0, 30, "Mr. Lavrov met U.S. officials."), (31, 41, "Then left."));

    [Fact]
    public void Does_not_split_inside_decimals_or_dotted_dates() =>
        Sentences("بلغ النمو 3.5 في المئة في 2020.12.20 وفق التقرير. انتهى",
            (0, 49, "بلغ النمو 3.5 في المئة في 2020.12.20 وفق التقرير."), (50, 55, "انتهى"));

    [Fact]
    public void Ends_the_sentence_once_after_a_run_of_dots_or_marks() =>
        Sentences("بحثا فيه التشاور السياسي وتنسيق المواقف.. اتصال هاتفي بين المقداد ولافروف... ثم ماذا؟!",
            (0, 41, "بحثا فيه التشاور السياسي وتنسيق المواقف.."), (42, 76, "اتصال هاتفي بين المقداد ولافروف..."),
            (77, 86, "ثم ماذا؟!"));

    [Fact]
    public void Excludes_surrounding_whitespace_and_reports_no_empty_sentences() =>
        Sentences("  \n  أثر برس \n\nالخبر الأول.  ", (5, 12, "أثر برس"), (15, 27, "الخبر الأول."));

    [Fact]
    public void Splits_a_full_stop_glued_between_two_arabic_words() =>
        Sentences("وصل الخميس.وقال المقداد", (0, 11, "وصل الخميس."), (11, 23, "وقال المقداد"));

    [Fact]
    public void Does_not_split_file_names_or_domains() =>
        Sentences("صورة syria-russia.jpg من reuters.com اليوم", (0, 42, "صورة syria-russia.jpg من reuters.com اليوم"));

    [Fact]
    public void Reports_nothing_for_whitespace() => Assert.Empty(SentenceSplitter.Split(" \r\n \u200F "));
}
