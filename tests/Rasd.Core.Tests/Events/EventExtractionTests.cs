using Rasd.Core.Events;
using static Rasd.Core.Tests.Events.EventFixtures;

namespace Rasd.Core.Tests.Events;

public class EventExtractionTests
{
    private static readonly DateOnly Dec2020 = new(2020, 12, 17);
    private static readonly DateOnly Jul2025 = new(2025, 7, 31);

    [Fact]
    public void A_visit_to_a_country_is_coded_042_with_the_visitor_as_source_and_the_city_as_place()
    {
        var e = Single("زار وزير الخارجية السوري فيصل المقداد العاصمة الإيرانية طهران في السادس من ديسمبر الجاري.", Dec2020);

        Assert.Equal(("042", "per:faisal-mekdad", "loc:IRN"), (e.Cameo, e.Source.EntityId, e.Target?.EntityId));
        Assert.Equal("Tehran", e.Location?.NameEn);
        Assert.Equal("2020-12-06", e.Date);
        Assert.Equal(1.9, e.Goldstein);
    }

    [Fact]
    public void Receiving_a_visitor_is_coded_043_with_the_host_as_source_and_the_kremlin_read_as_moscow()
    {
        var e = Single("استقبل الرئيس الروسي فلاديمير بوتين، الخميس، وزير الخارجية السوري أسعد الشيباني، في الكرملين بالعاصمة موسكو.", Jul2025);

        Assert.Equal(("043", "per:vladimir-putin", "per:asaad-al-shaibani"), (e.Cameo, e.Source.EntityId, e.Target?.EntityId));
        Assert.Equal(("RUSGOV", "SYRGOV"), (e.Source.ActorCode, e.Target?.ActorCode));
        Assert.Equal("Moscow", e.Location?.NameEn);
    }

    [Fact]
    public void A_meeting_in_the_other_partys_capital_is_a_visit_by_the_source()
    {
        var e = Single("التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو.", Dec2020);

        Assert.Equal(("042", "per:faisal-mekdad", "per:sergey-lavrov"), (e.Cameo, e.Source.EntityId, e.Target?.EntityId));
    }

    [Fact]
    public void A_meeting_in_a_third_country_is_coded_044()
    {
        var e = Single("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأردني أيمن الصفدي في جنيف.", new DateOnly(2023, 3, 1));

        Assert.Equal(("044", "Geneva"), (e.Cameo, e.Location?.NameEn));
    }

    [Fact]
    public void A_telephone_call_is_coded_041_whatever_the_inflection()
    {
        var e = Single("أجرى وزير الخارجية السوري فيصل المقداد اتصالاً هاتفياً مع نظيره الإيراني محمد جواد ظريف.", new DateOnly(2021, 3, 1));

        Assert.Equal(("041", "per:faisal-mekdad", "per:mohammad-javad-zarif"), (e.Cameo, e.Source.EntityId, e.Target?.EntityId));
        Assert.Null(e.Location);
    }

    [Fact]
    public void Ministers_of_several_countries_meeting_are_all_participants_with_the_first_two_as_source_and_target()
    {
        var e = Single("وفي 10 أيار الماضي التقى وزراء خارجية سوريا وروسيا وتركيا وإيران في موسكو.", new DateOnly(2023, 7, 5));

        Assert.Equal(["loc:SYR", "loc:RUS", "loc:TUR", "loc:IRN"], e.Participants.Select(p => p.EntityId));
        Assert.Equal(("loc:SYR", "loc:RUS"), (e.Source.EntityId, e.Target?.EntityId));
        Assert.Equal(("Moscow", "2023-05-10"), (e.Location?.NameEn, e.Date));
    }

    [Fact]
    public void A_scheduled_visit_is_planned_and_coded_as_an_intent_to_meet()
    {
        var e = Extract("من المقرر أن يزور وزير الخارجية الروسي سيرغي لافروف دمشق الأسبوع المقبل.", Dec2020).Single();

        Assert.Equal((EventStatus.Planned, "036", "loc:SYR"), (e.Status, e.Cameo, e.Target?.EntityId));
    }

    [Fact]
    public void A_future_verb_makes_the_talks_planned()
    {
        var e = Extract("وأعلن نائب وزير الخارجية الروسي سيرغي فيرشينين أن الوزير سيرغي لافروف سيبحث مع نظيره السوري أسعد الشيباني العلاقات الثنائية.", Jul2025).Single();

        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal(("per:sergey-lavrov", "per:asaad-al-shaibani"), (e.Source.EntityId, e.Target?.EntityId));
    }

    [Fact]
    public void A_meeting_that_did_not_take_place_is_negated()
    {
        var e = Extract("لم يلتق وزير الخارجية الروسي سيرغي لافروف نظيره السوري فيصل المقداد.", Dec2020).Single();

        Assert.Equal(EventStatus.Negated, e.Status);
    }

    [Fact]
    public void A_postponed_visit_is_negated()
    {
        var e = Extract("أعلنت موسكو تأجيل زيارة وزير الخارجية السوري فيصل المقداد إلى روسيا.", Dec2020).Single();

        Assert.Equal((EventStatus.Negated, "per:faisal-mekdad", "loc:RUS"), (e.Status, e.Source.EntityId, e.Target?.EntityId));
    }

    [Fact]
    public void The_agency_a_report_cites_is_its_attribution_and_not_a_party()
    {
        var e = Single("وبحسب وكالة الأنباء السورية سانا التقى وزير الخارجية فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو.", Dec2020);

        Assert.Equal("SANA", Assert.Single(e.AttributedTo).NameEn);
        Assert.DoesNotContain(e.Participants, p => p.EntityId == "org:sana");
    }

    [Fact]
    public void Two_reports_of_one_meeting_are_one_event_with_both_sentences_as_evidence()
    {
        const string body = "التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو اليوم. وبحث المقداد مع لافروف العلاقات الثنائية.";

        var e = Single(body, Dec2020);

        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal((0, body.IndexOf(" وبحث", StringComparison.Ordinal)), (e.Evidence.Start, e.Evidence.End));
        Assert.Equal(body[e.Mentions[1].Start..e.Mentions[1].End], e.Mentions[1].Text);
        Assert.Equal("doc:e1", e.EventId);
    }

    [Fact]
    public void A_country_level_report_with_its_own_date_stays_apart_from_talks_with_a_person()
    {
        const string body = "وكان الدكتور فيصل المقداد قد زار إيران في السادس من ديسمبر الجاري. وتباحث المقداد مع نظيره الإيراني محمد جواد ظريف آخر المستجدات.";

        var events = Extract(body, Dec2020).Where(e => e.Root == "04").ToList();

        Assert.Equal(["loc:IRN", "per:mohammad-javad-zarif"], events.Select(e => e.Target?.EntityId));
    }

    [Fact]
    public void A_condemnation_is_coded_111_against_its_object()
    {
        var e = Single("ندد وزير الخارجية الإيراني محمد جواد ظريف بالعقوبات الأمريكية.", new DateOnly(2020, 6, 1), "11");

        Assert.Equal(("111", "per:mohammad-javad-zarif", "loc:USA"), (e.Cameo, e.Source.EntityId, e.Target?.EntityId));
        Assert.Equal(-2.0, e.Goldstein);
    }

    [Fact]
    public void Humanitarian_aid_is_coded_073_from_donor_to_recipient()
    {
        var e = Single("قدمت روسيا مساعدات إنسانية إلى سوريا.", Dec2020, "07");

        Assert.Equal(("073", "loc:RUS", "loc:SYR"), (e.Cameo, e.Source.EntityId, e.Target?.EntityId));
    }

    [Fact]
    public void Praise_is_coded_051()
    {
        var e = Single("أشاد وزير الخارجية الروسي سيرغي لافروف بموقف سوريا.", Dec2020, "05");

        Assert.Equal(("051", "per:sergey-lavrov"), (e.Cameo, e.Source.EntityId));
    }

    [Fact]
    public void A_sentence_without_a_named_party_yields_no_event()
    {
        Assert.Empty(Extract("وأضاف البيان أن الجانبين سيبحثان المسائل الملحة.", Dec2020));
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(17);
        const string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ  ،.:؟\"«»0123456789";
        for (var i = 0; i < 200; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            _ = Extract("التقى لافروف " + new string(chars) + " في موسكو", Dec2020);
        }
    }
}
