using System.Text;
using System.Text.RegularExpressions;
using Rasd.Core.Ingest;

namespace Rasd.Core.Tests.Ingest;

public partial class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "اقرأ أيضا:", "حجم الخط", "+A", "by", "بقلم:", "&nbsp", "واس", "الرياض", "-", "ـ", "رويترز", "25", "شوال", "1436", "هـ",
        "الموافق", "اغسطس", "2015", "م", "2020.12.20", "|", "13:48", "دمشق", ".jpg", "سمات", "أثر برس", "//", "انتهى", ":", "(", ")",
        "قال", "وزير", "الخارجية", "المقداد", ".", "؟", "\u00A0", "\u200F", "٢٠١٥", "icon", "اعلان", "شاركها.", "Exit mobile version",
    ];

    [Fact]
    public void The_reader_never_throws_on_random_bytes_and_always_gives_exactly_one_of_article_or_failure()
    {
        var random = new Random(20201220);
        using var folder = new TempFolder();
        string[] extensions = [".txt", ".html", ".xml", ".json", ".jsonl", ".zip", ".rss"];
        for (var i = 0; i < 60; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 3 == 0)
            {
                // Mostly-text inputs reach deeper than pure noise does.
                bytes = Encoding.UTF8.GetBytes(RandomText(random)).Concat(bytes.Take(random.Next(0, 4))).ToArray();
            }
            folder.Write($"f{i:D3}{extensions[i % extensions.Length]}", bytes);
        }

        var results = new ArticleReader().Read([folder.Path]).ToList();

        Assert.True(results.Count >= 60);
        Assert.All(results, r => Assert.True(r.Article is null ^ r.Failure is null));
        Assert.All(results.Where(r => r.Failure is not null), r => Assert.False(string.IsNullOrWhiteSpace(r.Failure!.Reason)));
    }

    [Fact]
    public void The_builder_never_throws_and_removes_only_text_that_was_in_the_input()
    {
        var random = new Random(1436);
        for (var i = 0; i < 300; i++)
        {
            var text = RandomText(random);

            var document = IngestFixtures.Builder.Build(IngestFixtures.Text(text));

            Assert.NotNull(document.Body);
            Assert.NotNull(document.Title);
            var flat = Flatten(text);
            Assert.All(document.BoilerplateRemoved, removed => Assert.Contains(Flatten(removed), flat, StringComparison.Ordinal));
            Assert.All(document.Body.Split('\n').Where(l => l.Length > 0), line => Assert.Contains(line, Flatten(text), StringComparison.Ordinal));
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var lines = random.Next(0, 12);
        for (var l = 0; l < lines; l++)
        {
            var words = random.Next(0, 14);
            for (var w = 0; w < words; w++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(5) == 0 ? "" : " ");
            }
            text.Append(random.Next(4) == 0 ? "\r\n" : "\n");
        }
        return text.ToString();
    }

    // Cleaning folds whitespace runs and &nbsp debris; compare on that folded form.
    private static string Flatten(string s) => Whitespace().Replace(s.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("&nbsp", " ", StringComparison.Ordinal), " ");

    [GeneratedRegex(@"[\s\u00A0\u200B-\u200F\uFEFF]+")]
    private static partial Regex Whitespace();
}
