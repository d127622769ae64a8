using Rasd.Core.Ingest;
using Rasd.Core.Recognition;
using Rasd.Core.Resolution;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Tests.Resolution;

public class PublicationDateInferenceTests
{
    private static readonly PublicationDateInference Inference = new(SharedKnowledge.Extractor.Gazetteer);

    private static readonly TimeExpression TodayThursday = Time("اليوم الخميس", new TimeParts { Weekday = DayOfWeek.Thursday, WeekdayRelation = Relation.Current, DayOffset = 0 });

    private static TimeExpression Time(string text, TimeParts parts) => new(new TextSpan(0, text.Length), text, TimexType.Date, parts);

    private static RoleStatement Holds(string person, string name, string role, string country) => new(person, name, role, country, new TextSpan(0, 1));

    private static InferredDate? Infer(string text, TimeExpression[] times, RoleStatement[] statements) =>
        Inference.Infer(TextAnalyzer.Analyze(text), times, statements);

    [Fact]
    public void Pins_the_day_from_todays_weekday_a_day_of_the_current_month_and_a_term_of_office()
    {
        // "اليوم الخميس" + talks "في 17 ديسمبر الجاري": 17 December is a Thursday in 2009, 2015, 2020
        // and 2026; only 2020 lies in Mekdad's term as foreign minister.
        var result = Infer("نص", [TodayThursday, Time("17 ديسمبر الجاري", new TimeParts { Day = 17, Month = 12, MonthRelation = Relation.Current })],
            [Holds("per:faisal-mekdad", "فيصل المقداد", "foreign-minister", "SYR")]);

        Assert.Equal(PublicationDate.On(new DateOnly(2020, 12, 17), PublishedBasis.Inferred), result?.Date);
        Assert.Contains(result!.Reasons, r => r.Contains("Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_a_range_when_the_text_does_not_pin_one_day()
    {
        var result = Infer("نص", [TodayThursday, Time("أكتوبر المقبل", new TimeParts { Month = 10, MonthRelation = Relation.Next })],
            [Holds("per:asaad-al-shaibani", "أسعد الشيباني", "foreign-minister", "SYR")]);

        var date = result!.Date;
        Assert.Null(date.Date);
        Assert.Equal(PublishedBasis.Inferred, date.Basis);
        Assert.True(date.From <= new DateOnly(2025, 7, 31) && new DateOnly(2025, 7, 31) <= date.To, $"{date.From}–{date.To}");
        Assert.Equal(DayOfWeek.Thursday, date.From!.Value.DayOfWeek);
        Assert.True(date.From >= new DateOnly(2024, 12, 21));
    }

    [Fact]
    public void Bounds_the_range_by_a_dated_phrase_a_past_month_and_a_term_of_office()
    {
        var result = Infer("جدد موقف سوريا الداعم لروسيا في عمليتها العسكرية الخاصة في دونباس.",
            [Time("حزيران الفائت", new TimeParts { Month = 6, MonthRelation = Relation.Past })],
            [Holds("per:faisal-mekdad", "فيصل المقداد", "foreign-minister", "SYR")]);

        Assert.Equal(new PublicationDate(null, new DateOnly(2022, 7, 1), new DateOnly(2024, 12, 8), PublishedBasis.Inferred), result?.Date);
    }

    [Fact]
    public void Sets_aside_a_role_the_text_states_for_the_past_when_the_others_agree()
    {
        // "منذ سقوط نظام الرئيس بشار الأسد" next to Syria's new foreign minister.
        var result = Infer("نص", [TodayThursday],
        [
            Holds("per:asaad-al-shaibani", "أسعد الشيباني", "foreign-minister", "SYR"),
            Holds("per:andrey-belousov", "أندريه بيلوسوف", "defence-minister", "RUS"),
            Holds("per:ahmed-al-sharaa", "أحمد الشرع", "head-of-state", "SYR"),
            Holds("per:bashar-al-assad", "بشار الأسد", "head-of-state", "SYR"),
        ]);

        Assert.True(result!.Date.From >= new DateOnly(2024, 12, 21));
        Assert.Contains(result.Reasons, r => r.StartsWith("ignored", StringComparison.Ordinal) && r.Contains("بشار الأسد", StringComparison.Ordinal));
    }

    [Fact]
    public void Infers_nothing_when_nothing_bounds_the_years()
    {
        Assert.Null(Infer("نص", [TodayThursday], []));
    }

    [Fact]
    public void Ignores_a_role_the_knowledge_base_does_not_give_the_person()
    {
        Assert.Null(Infer("نص", [TodayThursday], [Holds("per:faisal-mekdad", "فيصل المقداد", "defence-minister", "SYR")]));
    }
}
