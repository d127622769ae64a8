using Rasd.Core.Evaluation;

namespace Rasd.Core.Tests.Recognition.Ner;

/// <summary>A tiny separable training set: names always come after the same trigger words.</summary>
internal static class NerTrainingData
{
    public static IReadOnlyList<ConllSentence> Tiny { get; } =
    [
        Sentence("قال O:الرئيس O:محمد B-PERS:مرسي I-PERS:في O:القاهرة B-LOC"),
        Sentence("وصل O:الوزير O:سامح B-PERS:شكري I-PERS:إلى O:بغداد B-LOC"),
        Sentence("أعلنت O:وزارة B-ORG:الخارجية I-ORG:في O:عمان B-LOC"),
        Sentence("التقى O:الرئيس O:ميشال B-PERS:عون I-PERS:في O:بيروت B-LOC"),
        Sentence("انتقدت O:منظمة B-ORG:العفو I-ORG:الدولية I-ORG:الحكومة O"),
        Sentence("زار O:الأمين O:العام O:مدينة O:دمشق B-LOC"),
    ];

    /// <summary>"token TAG:token TAG:…", the first pair's token before its space.</summary>
    private static ConllSentence Sentence(string pairs)
    {
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var pair in pairs.Split(':'))
        {
            var parts = pair.Split(' ');
            tokens.Add(parts[0]);
            tags.Add(parts[1]);
        }
        return new ConllSentence(tokens, tags);
    }
}
