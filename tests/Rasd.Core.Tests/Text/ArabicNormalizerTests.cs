using Rasd.Core.Text;

namespace Rasd.Core.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("قَالَ الرَّئِيسُ", "قال الرئيس")]
    [InlineData("سُورِيًّا", "سوريا")]
    public void Removes_diacritics(string text, string key) => Assert.Equal(key, ArabicNormalizer.NormalizeKey(text));

    [Theory]
    [InlineData("هٰذا", "هذا")]
    [InlineData("الرَّحْمٰن", "الرحمن")]
    public void Removes_superscript_alef(string text, string key) => Assert.Equal(key, ArabicNormalizer.NormalizeKey(text));

    [Fact]
    public void Removes_tatweel() => Assert.Equal("المقداد", ArabicNormalizer.NormalizeKey("الـمـقـداد"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إسطنبول", "اسطنبول")]
    [InlineData("آخر", "اخر")]
    [InlineData("ٱلله", "الله")]
    public void Folds_hamza_and_madda_alef_forms_to_bare_alef(string text, string key) =>
        Assert.Equal(key, ArabicNormalizer.NormalizeKey(text));

    [Fact]
    public void Folds_alef_maqsura_to_ya() => Assert.Equal("مصطفي علي الي", ArabicNormalizer.NormalizeKey("مصطفى على إلى"));

    [Fact]
    public void Folds_ta_marbuta_to_ha() => Assert.Equal("وزاره الخارجيه", ArabicNormalizer.NormalizeKey("وزارة الخارجية"));

    [Fact]
    public void Converts_arabic_indic_digits_to_ascii() =>
        Assert.Equal("17 ديسمبر 2020", ArabicNormalizer.NormalizeKey("١٧ ديسمبر ٢٠٢٠"));

    [Fact]
    public void Converts_persian_digits_to_ascii() => Assert.Equal("1400/09/30", ArabicNormalizer.NormalizeKey("۱۴۰۰/۰۹/۳۰"));

    [Theory]
    [InlineData("مسکو", "مسكو")]
    [InlineData("سوریه", "سوريه")]
    [InlineData("کرملین", "كرملين")]
    public void Folds_persian_kaf_and_ya_to_arabic(string text, string key) => Assert.Equal(key, ArabicNormalizer.NormalizeKey(text));

    [Theory]
    [InlineData("ال\u200Cاسد", "الاسد")]
    [InlineData("\u200Fدمشق\u200E", "دمشق")]
    [InlineData("موسكو\u200B\u200D", "موسكو")]
    public void Removes_zero_width_and_direction_marks(string text, string key) => Assert.Equal(key, ArabicNormalizer.NormalizeKey(text));

    [Theory]
    [InlineData("مسؤول")]
    [InlineData("رئيس")]
    [InlineData("سماء")]
    public void Keeps_hamza_on_waw_and_ya_and_standalone_hamza(string word) => Assert.Equal(word, ArabicNormalizer.NormalizeKey(word));

    [Fact]
    public void Leaves_latin_text_and_its_case_alone() => Assert.Equal("Lavrov, RT 2020", ArabicNormalizer.NormalizeKey("Lavrov, RT 2020"));

    [Fact]
    public void Normalises_text_longer_than_the_stack_buffer()
    {
        var text = string.Concat(Enumerable.Repeat("الأَسَدُ ", 100));
        Assert.Equal(string.Concat(Enumerable.Repeat("الاسد ", 100)), ArabicNormalizer.NormalizeKey(text));
    }

    [Fact]
    public void Maps_every_normalised_character_to_its_original_offset()
    {
        var normalized = ArabicNormalizer.Normalize("الأَسَدُ");

        Assert.Equal("الأَسَدُ", normalized.Original);
        Assert.Equal("الاسد", normalized.Value);
        Assert.Equal([0, 1, 2, 4, 6], normalized.OriginalOffsets.ToArray());
    }

    [Fact]
    public void Maps_a_normalised_span_back_with_its_trailing_diacritics()
    {
        var normalized = ArabicNormalizer.Normalize("قال بشارٌ الأسد");

        Assert.Equal("قال بشار الاسد", normalized.Value);
        Assert.Equal(new TextSpan(4, 9), normalized.ToOriginal(new TextSpan(4, 8)));
        Assert.Equal(new TextSpan(10, 15), normalized.ToOriginal(new TextSpan(9, 14)));
        Assert.Equal(15, normalized.ToOriginal(14));
    }

    [Fact]
    public void Normalises_the_same_way_with_and_without_the_offset_map()
    {
        const string text = "وزيرُ الخارجيّة الـسوري، فيصل المقداد، في ١٧ ديسمبر\u200F";

        Assert.Equal(ArabicNormalizer.NormalizeKey(text), ArabicNormalizer.Normalize(text).Value);
    }
}
