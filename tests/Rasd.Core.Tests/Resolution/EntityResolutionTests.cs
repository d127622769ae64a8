using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Tests.Recognition;

namespace Rasd.Core.Tests.Resolution;

public class EntityResolutionTests
{
    [Fact]
    public void Links_a_surname_to_the_person_named_in_full_earlier()
    {
        var resolved = EntityRecognitionTests.Extract("التقى وزير الخارجية الأردني أيمن الصفدي الوفد. وأكد الصفدي دعم بلاده.");

        Assert.All(resolved.Mentions.Where(m => m.Text.Contains("الصفدي", StringComparison.Ordinal)), m => Assert.Equal("per:ayman-safadi", m.EntityId));
        Assert.Contains(resolved.Mentions, m => m.Kind == MentionKind.Surname);
    }

    [Fact]
    public void Links_a_surname_after_a_title_without_a_full_name()
    {
        var resolved = EntityRecognitionTests.Extract("وقال الوزير المقداد إن العلاقات متينة.", new DateOnly(2021, 3, 1));

        Assert.Equal("per:faisal-mekdad", EntityRecognitionTests.Mention(resolved, "المقداد").EntityId);
    }

    [Fact]
    public void Links_a_misspelt_surname_to_the_person_the_document_names()
    {
        var resolved = EntityRecognitionTests.Extract("وصل سيرغي لافروف إلى أنقرة. وقال لافروق إن المحادثات بناءة.");

        var typo = EntityRecognitionTests.Mention(resolved, "لافروق");
        Assert.Equal(("per:sergey-lavrov", MentionKind.Variant), (typo.EntityId, typo.Kind));
    }

    [Fact]
    public void Never_corrects_a_common_word_into_a_name()
    {
        // "سلامة" (safety) is one letter from nothing here and a surname of a UN envoy elsewhere;
        // "لافتة" (banner) is two letters from لافروف.
        var resolved = EntityRecognitionTests.Extract("وصل سيرغي لافروف. ورفع المحتجون لافتة تدعو إلى سلامة المدنيين.", new DateOnly(2023, 5, 1));

        Assert.DoesNotContain(resolved.Mentions, m => m.Text is "لافتة" or "سلامة");
    }

    [Fact]
    public void Does_not_take_a_construct_noun_for_a_surname_named_earlier()
    {
        var resolved = EntityRecognitionTests.Extract("ضم الوفد اللواء حسين سلامة. وأكد الجانبان دعم وحدة وسلامة الأراضي السورية.");

        var person = resolved.Mentions.Single(m => m.Type == EntityType.PER);
        Assert.Equal("حسين سلامة", person.Text);
        Assert.Equal("حسين سلامة", resolved.Entities[person.EntityId].NameAr);
    }

    [Fact]
    public void Resolves_a_counterpart_to_the_office_holder_on_the_document_date()
    {
        var resolved = EntityRecognitionTests.Extract("بحث وزير الخارجية السوري فيصل المقداد مع نظيره الروسي العلاقات الثنائية.", new DateOnly(2020, 12, 17));

        var counterpart = resolved.Mentions.Single(m => m.Kind == MentionKind.Description);
        Assert.Equal("نظيره الروسي", counterpart.Text);
        Assert.Equal("per:sergey-lavrov", counterpart.EntityId);
    }

    [Fact]
    public void Resolves_a_counterpart_without_a_date_when_only_one_holder_overlaps_the_term()
    {
        // Abu Qasra took office in December 2024; Belousov is the only Russian defence minister since.
        var resolved = EntityRecognitionTests.Extract("وصل وزير الدفاع السوري مرهف أبو قصرة إلى موسكو ويلتقي نظيره الروسي لبحث قضايا مشتركة.");

        Assert.Equal("per:andrey-belousov", resolved.Mentions.Single(m => m.Kind == MentionKind.Description).EntityId);
    }

    [Fact]
    public void Resolves_a_title_with_a_country_to_whoever_held_it_on_the_date()
    {
        var resolved = EntityRecognitionTests.Extract("وأكد الرئيس الروسي أن بلاده تدعم الحل السياسي.", new DateOnly(2019, 4, 1));

        Assert.Equal("per:vladimir-putin", resolved.Mentions.Single(m => m.Kind == MentionKind.Description).EntityId);
    }

    [Fact]
    public void Keeps_an_unknown_person_under_one_id_per_normalised_name()
    {
        var first = EntityRecognitionTests.Extract("وقال الدكتور سامر الخطيب إن المشروع ناجح.");
        var second = EntityRecognitionTests.Extract("وأضاف الدكتور سامر الخطيب أن العمل مستمر.");

        var id = first.Mentions.Single(m => m.Type == EntityType.PER).EntityId;
        Assert.StartsWith(EntityMention.UnknownPrefix, id, StringComparison.Ordinal);
        Assert.Equal(id, second.Mentions.Single(m => m.Type == EntityType.PER).EntityId);
    }
}
