using Rasd.Core.Quotes;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Quotes;

public class QuoteExtractorTests
{
    private static readonly Lazy<QuoteExtractor> LazyQuotes = new(() => new QuoteExtractor(SharedKnowledge.Kb));

    internal static IReadOnlyList<Quote> Extract(string body, DateOnly? date = null)
    {
        var text = TextAnalyzer.Analyze(body);
        return LazyQuotes.Value.Extract(text, SharedKnowledge.Extractor.Extract(text, date), date);
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    private static TextSpan Between(string body, string first, string last)
    {
        var start = body.IndexOf(first, StringComparison.Ordinal);
        return new TextSpan(start, body.IndexOf(last, start, StringComparison.Ordinal) + last.Length);
    }

    private static readonly DateOnly July2025 = new(2025, 7, 31);

    [Fact]
    public void Quotes_the_words_after_a_colon_in_straight_marks_with_the_subject_as_speaker()
    {
        const string body = "وقال لافروف في مستهل اللقاء: \"نتمنى أن يتجاوز الشعب السوري التحديات، ونتطلع لزيارة الرئيس السوري أحمد الشرع إلى روسيا\".";

        var quote = Assert.Single(Extract(body, July2025));

        Assert.Equal(Between(body, "نتمنى", "إلى روسيا"), quote.Span);
        Assert.Equal(body[quote.Span.Start..quote.Span.End], quote.Text);
        Assert.Equal((QuoteKind.Direct, "per:sergey-lavrov"), (quote.Kind, quote.SpeakerId));
        Assert.Equal(Between(body, "لافروف", "لافروف"), quote.SpeakerSpan);
        Assert.Equal(("RUSGOV", "RUS"), (quote.SpeakerActorCode, quote.SpeakerCountry));
    }

    [Fact]
    public void A_continuation_verb_without_subject_keeps_the_previous_speaker()
    {
        const string body = "وقال لافروف في مستهل اللقاء: \"نتمنى أن يتجاوز الشعب السوري التحديات\".\nوأضاف: \"روسيا تأمل في عودة الوضع في سوريا إلى طبيعته بالكامل\".";

        var quotes = Extract(body, July2025);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(Between(body, "روسيا تأمل", "بالكامل"), quotes[1].Span);
        Assert.Equal("per:sergey-lavrov", quotes[1].SpeakerId);
    }

    [Fact]
    public void Min_janibihi_qala_names_the_new_speaker_after_the_title()
    {
        const string body = "وقال لافروف: \"نتمنى أن يتجاوز الشعب السوري التحديات\".\nمن جانبه قال وزير الخارجية السوري أسعد الشيباني: \"تتطلع سوريا إلى إقامة علاقات صحيحة وسليمة مع روسيا\".";

        var quotes = Extract(body, July2025);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(Between(body, "تتطلع سوريا", "مع روسيا"), quotes[1].Span);
        Assert.Equal("per:asaad-al-shaibani", quotes[1].SpeakerId);
        Assert.Equal(Between(body, "أسعد الشيباني", "أسعد الشيباني"), quotes[1].SpeakerSpan);
    }

    [Fact]
    public void A_verb_after_the_closing_mark_names_the_speaker()
    {
        const string body = "التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي. \"هذه المنظمة أصبحت منظمة مسيسة تسيرها الدول الغربية\"، قال المقداد.";

        var quote = Assert.Single(Extract(body, new DateOnly(2020, 12, 20)));

        Assert.Equal(Between(body, "هذه المنظمة", "الغربية"), quote.Span);
        Assert.Equal("per:faisal-mekdad", quote.SpeakerId);
        Assert.Equal(body.LastIndexOf("المقداد", StringComparison.Ordinal), quote.SpeakerSpan!.Value.Start);
    }

    [Fact]
    public void A_complementizer_reports_indirect_speech_up_to_the_sentence_end()
    {
        const string body = "وأوضح لافروف أن روسيا تعمل على تعزيز علاقاتها مع السلطات السورية الجديدة. وتابع الوفد زيارته.";

        var quote = Assert.Single(Extract(body, July2025));

        Assert.Equal((QuoteKind.Indirect, "per:sergey-lavrov"), (quote.Kind, quote.SpeakerId));
        Assert.Equal(Between(body, "روسيا تعمل", "الجديدة"), quote.Span);
    }

    [Fact]
    public void Qala_inna_and_ashara_ila_anna_are_indirect_and_a_subjectless_verb_keeps_the_speaker()
    {
        const string body = "وقال المقداد إن الهدف الاستراتيجي هو تعزيز العلاقات. وأشار إلى أن الزيارة ناجحة.";

        var quotes = Extract(body, new DateOnly(2020, 12, 17));

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal((QuoteKind.Indirect, "per:faisal-mekdad"), (q.Kind, q.SpeakerId)));
        Assert.Equal(Between(body, "الهدف", "العلاقات"), quotes[0].Span);
        Assert.Equal(Between(body, "الزيارة", "ناجحة"), quotes[1].Span);
    }

    [Fact]
    public void Quote_marks_filling_the_reported_clause_make_it_a_direct_quote()
    {
        const string body = "وأوضح لافروف أن “روسيا تعمل على تعزيز علاقاتها مع السلطات السورية الجديدة”، مؤكداً أهمية “تكثيف الحوار الثنائي للحفاظ على وحدة الأراضي السورية”.";

        var quotes = Extract(body, July2025);

        Assert.Equal(2, quotes.Count);
        Assert.Equal((QuoteKind.Direct, Between(body, "روسيا تعمل", "الجديدة")), (quotes[0].Kind, quotes[0].Span));
        Assert.Equal(Between(body, "تكثيف", "الأراضي السورية"), quotes[1].Span);
        Assert.All(quotes, q => Assert.Equal("per:sergey-lavrov", q.SpeakerId));
    }

    [Fact]
    public void A_reported_clause_ends_where_a_participle_opens_the_next_one()
    {
        const string body = "من جانبه، قال الشيباني إن زيارته إلى موسكو جاءت “لبدء نقاش ضروري يستند إلى دروس الماضي”، كاشفاً أنه اتفق مع لافروف على تشكيل لجنتين.";

        var quotes = Extract(body, July2025);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(Between(body, "زيارته", "الماضي”"), quotes[0].Span);
        Assert.Equal(Between(body, "اتفق", "لجنتين"), quotes[1].Span);
        Assert.All(quotes, q => Assert.Equal((QuoteKind.Indirect, "per:asaad-al-shaibani"), (q.Kind, q.SpeakerId)));
    }

    [Theory]
    [InlineData("وقال المقداد إن بلاده تواجه \"الإرهاب\" منذ سنوات طويلة.", "الإرهاب")]
    [InlineData("وكان لافروف قد أعلن خلال زيارة المقداد إلى موسكو \"تبرع\"بلاده بـ 100 ألف طن من القمح.", "تبرع")]
    [InlineData("بحسب وكالة الأنباء الرسمية \"سانا\" وصل الوفد إلى موسكو.", "سانا")]
    [InlineData("وأشار \"المقداد\" إلى ضرورة التعاون.", "المقداد")]
    public void Scare_quotes_around_a_word_or_two_are_not_quotes(string body, string framed)
    {
        Assert.DoesNotContain(Extract(body, new DateOnly(2020, 12, 20)), q => q.Text == framed);
    }

    [Fact]
    public void A_scare_quoted_subject_still_names_the_speaker()
    {
        const string body = "وأشار \"المقداد\" إلى أن \"وفودا سورية زارت الاتحاد الروسي قبل أسابيع\"، بحسب وكالة أنباء النظام الرسمية \"سانا\".";

        var quote = Assert.Single(Extract(body, new DateOnly(2020, 12, 20)));

        Assert.Equal(Between(body, "وفودا", "أسابيع"), quote.Span);
        Assert.Equal(("per:faisal-mekdad", "org:sana"), (quote.SpeakerId, quote.AttributedTo));
    }

    [Fact]
    public void A_bullet_list_after_a_statement_quotes_the_minister_item_by_item()
    {
        const string body = "من جانبه قال وزير الخارجية السوري أسعد الشيباني: \"تتطلع سوريا إلى علاقات سليمة\".\n\n"
            + "وجاء في تصريحات الوزير السوري:\n"
            + "- نريد علاقات صحيحة وسليمة مع روسيا تقوم على التعاون\".\n"
            + "- نمر بمرحلة مليئة بالتحديات وهناك فرص كبيرة لسوريا\".\n"
            + "وفي وقت سابق، وصل الوفد.";

        var quotes = Extract(body, July2025);

        Assert.Equal(3, quotes.Count);
        Assert.Equal(Between(body, "نريد", "التعاون"), quotes[1].Span);
        Assert.Equal(Between(body, "نمر", "لسوريا"), quotes[2].Span);
        Assert.All(quotes, q => Assert.Equal((QuoteKind.Direct, "per:asaad-al-shaibani"), (q.Kind, q.SpeakerId)));
    }

    [Fact]
    public void An_agency_reporting_a_statement_is_attribution_not_the_speaker()
    {
        const string body = "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا، في تصريح أوردته وكالة أنباء \"سبوتنيك\" الروسية، إنه من المقرر أن تعقد محادثات بين الوزيرين.";

        var quote = Assert.Single(Extract(body, July2025));

        Assert.Equal((QuoteKind.Indirect, "per:maria-zakharova", "org:sputnik"), (quote.Kind, quote.SpeakerId, quote.AttributedTo));
        Assert.Equal(Between(body, "من المقرر", "الوزيرين"), quote.Span);
    }

    [Fact]
    public void A_statement_of_a_ministry_is_spoken_by_the_ministry_and_so_are_its_follow_ups()
    {
        const string body = "وجاء في بيان الخارجية الروسية، إن الوزير سيرغي لافروف يجري محادثات مع فيصل المقداد.\nكما أوضح البيان أن الوزيرين سيبحثان آخر تطورات الأوضاع في سوريا.";

        var quotes = Extract(body, new DateOnly(2020, 12, 17));

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("org:ministry:foreign-affairs:RUS", q.SpeakerId));
        Assert.Equal(Between(body, "الوزيرين", "في سوريا"), quotes[1].Span);
    }

    [Fact]
    public void A_subject_that_names_no_entity_gives_no_speaker()
    {
        const string body = "وقال لافروف إن المحادثات بناءة. في خطوة اعتبرتها وسائل إعلام روسية أنها بمثابة \"انقلاب من النظام على موسكو\".";

        var quotes = Extract(body, July2025);

        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].SpeakerId);
    }

    [Fact]
    public void A_quote_left_open_at_the_end_of_its_paragraph_ends_there()
    {
        const string body = "وقال لافروف: «نأمل أن يتمكن الرئيس الشرع من الحضور والمشاركة\nوصل الوفد.";

        var quote = Assert.Single(Extract(body, July2025));

        Assert.Equal(Between(body, "نأمل", "والمشاركة"), quote.Span);
    }

    [Fact]
    public void A_nested_quote_is_part_of_the_outer_quote()
    {
        const string body = "وقال لافروف: «إن ما يسمى \"المعارضة المعتدلة\" لا وجود لها على الأرض».";

        var quote = Assert.Single(Extract(body, July2025));

        Assert.Equal(Between(body, "إن ما", "الأرض"), quote.Span);
    }

    [Fact]
    public void A_headline_name_and_colon_quotes_the_rest_of_the_line()
    {
        const string body = "وصل سيرغي لافروف إلى أنقرة.\nلافروف: نأمل بحضور الشرع القمة الروسية العربية الأولى في موسكو\nوأعرب لافروف عن أمله.";

        var quote = Assert.Single(Extract(body, July2025));

        Assert.Equal((QuoteKind.Direct, "per:sergey-lavrov"), (quote.Kind, quote.SpeakerId));
        Assert.Equal(Between(body, "نأمل", "في موسكو"), quote.Span);
    }
}
