using System.Text;
using Rasd.Core.Quotes;
using Rasd.Core.Resolution;
using Rasd.Core.Tests.Knowledge;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Quotes;

public class QuoteRandomInputTests
{
    // Words, marks and layout the stage reacts to, mixed at random.
    private static readonly string[] Pieces =
    [
        "قال", "وأضاف", "أكد", "أن", "إن", "إلى", "مؤكدا", "وجاء", "في", "بيان", "تصريحات", "الوزير", "السوري", "بحسب", "وكالة",
        "سانا", "لافروف", "المقداد", "سيرغي لافروف", "نص", "العلاقات", ":", "،", ".", "\n", "\n- ", "- ", "\"", "“", "”", "«", "»",
        " ", " ", " ", "؟", "ـ", "\u064E", "x", "1",
    ];

    [Fact]
    public void Never_throws_and_keeps_every_span_inside_the_text()
    {
        var random = new Random(20250731);
        var quotes = new QuoteExtractor(SharedKnowledge.Kb);
        for (var round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 60);
            for (var i = 0; i < length; i++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }
            var body = builder.ToString();
            var text = TextAnalyzer.Analyze(body);
            var entities = SharedKnowledge.Extractor.Extract(text, null);

            foreach (var quote in quotes.Extract(text, entities, null))
            {
                Assert.True(quote.Span.IsWithin(body.Length) && quote.Span.Length > 0, $"span {quote.Span} in «{body}»");
                Assert.Equal(body[quote.Span.Start..quote.Span.End], quote.Text);
                Assert.True(quote.SpeakerId is null || entities.Entities.ContainsKey(quote.SpeakerId));
                Assert.True(quote.SpeakerSpan is null || quote.SpeakerSpan.Value.IsWithin(body.Length));
            }
        }
    }

    [Fact]
    public void A_text_without_entities_still_yields_quotes_without_speakers()
    {
        const string body = "وأضاف: \"هذا نص طويل بما يكفي ليكون اقتباسا\".";
        var text = TextAnalyzer.Analyze(body);
        var none = new ResolvedEntities([], [], new Dictionary<string, EntityInfo>(), null);

        var quote = Assert.Single(new QuoteExtractor().Extract(text, none));

        Assert.Null(quote.SpeakerId);
        Assert.Equal(body.IndexOf('ه', StringComparison.Ordinal), quote.Span.Start);
    }
}
