using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Recognition;

public class EntityRecognitionTests
{
    internal static ResolvedEntities Extract(string text, DateOnly? date = null) =>
        SharedKnowledge.Extractor.Extract(TextAnalyzer.Analyze(text), date);

    internal static EntityMention Mention(ResolvedEntities resolved, string surface) =>
        resolved.Mentions.First(m => m.Text == surface);

    [Theory]
    [InlineData("وصل الوفد وموسكو تستعد للقمة.", "وموسكو")]
    [InlineData("توجه الوزير لموسكو أمس.", "لموسكو")]
    [InlineData("عقد الاجتماع بدمشق.", "بدمشق")]
    [InlineData("التقى الرئيس بالقاهرة وفدا من الأردن.", "بالقاهرة")]
    public void Finds_a_place_behind_its_clitics(string text, string surface)
    {
        var mention = Mention(Extract(text), surface);

        Assert.Equal(EntityType.LOC, mention.Type);
        Assert.Equal(surface, text[mention.Span.Start..mention.Span.End]);
    }

    [Fact]
    public void Prefers_the_longest_name_over_the_place_inside_it()
    {
        var resolved = Extract("وفقا لما نقلته قناة القاهرة الإخبارية اليوم.");

        var mention = Assert.Single(resolved.Mentions);
        Assert.Equal("org:caironews", mention.EntityId);
        Assert.Equal("القاهرة الإخبارية", mention.Text);
    }

    [Fact]
    public void Links_a_title_and_name_apposition_and_records_the_stated_role()
    {
        var resolved = Extract("وصل وزير الخارجية السوري فيصل المقداد إلى موسكو.", new DateOnly(2020, 12, 17));

        Assert.Equal("per:faisal-mekdad", Mention(resolved, "فيصل المقداد").EntityId);
        var statement = Assert.Single(resolved.Statements);
        Assert.Equal(("per:faisal-mekdad", "foreign-minister", "SYR"), (statement.PersonId, statement.Role, statement.Country));
    }

    [Fact]
    public void Finds_an_unknown_person_after_a_title_and_keeps_the_stated_role()
    {
        var resolved = Extract("وقال نائب وزير الخارجية الروسي أليكسي ميخائيلوف إن المحادثات مستمرة.");

        var person = Mention(resolved, "أليكسي ميخائيلوف");
        Assert.Equal(EntityType.PER, person.Type);
        Assert.False(person.IsKnown);
        Assert.Null(resolved.Entities[person.EntityId].NameEn);
        Assert.Contains(resolved.Statements, s => s.PersonId == person.EntityId && s.Role == "deputy-foreign-minister" && s.Country == "RUS");
    }

    [Fact]
    public void Finds_a_spokeswoman_and_the_ministry_her_title_names()
    {
        var resolved = Extract("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الزيارة مهمة.");

        Assert.Equal("per:maria-zakharova", Mention(resolved, "ماريا زاخاروفا").EntityId);
        Assert.Contains(resolved.Mentions, m => m.EntityId == "org:ministry:foreign-affairs:RUS");
    }

    [Fact]
    public void Finds_an_unknown_person_after_an_honorific()
    {
        var resolved = Extract("ضم الوفد رئيس الاستخبارات العامة اللواء خالد المنصوري والوفد المرافق.");

        Assert.Contains(resolved.Mentions, m => m.Type == EntityType.PER && m.Text.StartsWith("خالد المنصوري", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("أكدت وزارة الخارجية الروسية أن الزيارة مهمة.", "org:ministry:foreign-affairs:RUS")]
    [InlineData("وجاء في بيان الخارجية السورية أن الوفد وصل.", "org:ministry:foreign-affairs:SYR")]
    [InlineData("أعلنت وزارة خارجية روسيا أن الوزير سيزور دمشق.", "org:ministry:foreign-affairs:RUS")]
    public void Builds_a_ministry_from_its_pattern(string text, string id) =>
        Assert.Contains(Extract(text).Mentions, m => m.EntityId == id && m.Type == EntityType.ORG);

    [Theory]
    [InlineData("التقى وزراء خارجية روسيا وسوريا في موسكو.")]
    [InlineData("ارتفعت أسعار الطاقة الروسية هذا العام.")]
    public void Does_not_read_ordinary_phrases_as_ministries(string text) =>
        Assert.DoesNotContain(Extract(text).Mentions, m => m.EntityId.StartsWith("org:ministry:", StringComparison.Ordinal));

    [Fact]
    public void Points_a_country_adjective_to_its_country()
    {
        var resolved = Extract("رفض أي تدخلات إسرائيلية في سوريا.");

        Assert.Equal("loc:ISR", Mention(resolved, "إسرائيلية").EntityId);
    }

    [Fact]
    public void Takes_a_name_that_is_also_a_common_word_for_the_place_only_after_a_cue()
    {
        Assert.DoesNotContain(Extract("وقدم الدعم المالي للاجئين.").Mentions, m => m.EntityId == "loc:MLI");
        Assert.Contains(Extract("وقع انفجار في مالي أمس.").Mentions, m => m.EntityId == "loc:MLI");
    }
}
