using Rasd.Core.Text;
using static Rasd.Core.Text.TokenKind;

namespace Rasd.Core.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Reads_a_dateline_with_date_time_and_place() =>
        TokenAssert.Tokens("2020.12.20 | 13:48 دمشق",
            ("2020.12.20", Number, 0), ("|", Symbol, 11), ("13:48", Number, 13), ("دمشق", ArabicWord, 19));

    [Fact]
    public void Reads_a_quoted_statement_with_arabic_punctuation() =>
        TokenAssert.Tokens("وقال المقداد: “زيارته لموسكو هدفها بحث”،",
            ("وقال", ArabicWord, 0), ("المقداد", ArabicWord, 5), (":", Punctuation, 12), ("“", Punctuation, 14),
            ("زيارته", ArabicWord, 15), ("لموسكو", ArabicWord, 22), ("هدفها", ArabicWord, 29), ("بحث", ArabicWord, 35),
            ("”", Punctuation, 38), ("،", Punctuation, 39));

    [Fact]
    public void Keeps_diacritics_and_tatweel_inside_words_and_splits_a_year_from_its_era_letter() =>
        TokenAssert.Tokens("قَالَ الـمقداد 2020م",
            ("قَالَ", ArabicWord, 0), ("الـمقداد", ArabicWord, 6), ("2020", Number, 15), ("م", ArabicWord, 19));

    [Fact]
    public void Reads_latin_words_with_digits_apostrophes_and_hyphens() =>
        TokenAssert.Tokens("rc2zok9gfk43_rtrmadp syria-security O'Brien 5G",
            ("rc2zok9gfk43", LatinWord, 0), ("_", Punctuation, 12), ("rtrmadp", LatinWord, 13),
            ("syria-security", LatinWord, 21), ("O'Brien", LatinWord, 36), ("5G", LatinWord, 44));

    [Fact]
    public void Reads_numbers_in_every_digit_set_and_separates_a_glued_conjunction() =>
        TokenAssert.Tokens("17/12/2020 و1,500 و3.5 و100 ٢٠٢٠ ۱۴۰۰ ٣٫٥",
            ("17/12/2020", Number, 0), ("و", ArabicWord, 11), ("1,500", Number, 12), ("و", ArabicWord, 18),
            ("3.5", Number, 19), ("و", ArabicWord, 23), ("100", Number, 24), ("٢٠٢٠", Number, 28),
            ("۱۴۰۰", Number, 33), ("٣٫٥", Number, 38));

    [Fact]
    public void Reads_guillemets_arabic_semicolon_question_mark_and_straight_quotes() =>
        TokenAssert.Tokens("«سانا»؛ هل؟ \"الإرهاب\".",
            ("«", Punctuation, 0), ("سانا", ArabicWord, 1), ("»", Punctuation, 5), ("؛", Punctuation, 6),
            ("هل", ArabicWord, 8), ("؟", Punctuation, 10), ("\"", Punctuation, 12), ("الإرهاب", ArabicWord, 13),
            ("\"", Punctuation, 20), (".", Punctuation, 21));

    [Fact]
    public void Treats_a_standalone_tatweel_as_a_dash_and_keeps_an_emoji_whole() =>
        TokenAssert.Tokens("موسكو ـ رويترز 😀 عام 2020.",
            ("موسكو", ArabicWord, 0), ("ـ", Punctuation, 6), ("رويترز", ArabicWord, 8), ("😀", Symbol, 15),
            ("عام", ArabicWord, 18), ("2020", Number, 22), (".", Punctuation, 26));

    [Fact]
    public void Keeps_a_zero_width_non_joiner_inside_a_word_and_skips_direction_marks() =>
        TokenAssert.Tokens("\u200Fال\u200Cاسد\u200E بـ",
            ("ال\u200Cاسد", ArabicWord, 1), ("بـ", ArabicWord, 9));

    [Fact]
    public void Reads_nothing_from_whitespace() => Assert.Empty(Tokenizer.Tokenize(" \n\t\u00A0\u200B"));
}
