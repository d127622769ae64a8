using Rasd.Core.Events;
using Rasd.Core.Tests.Ingest;
using Rasd.Core.Text;

namespace Rasd.Core.Tests.Events;

public class LexiconTests
{
    private static readonly string Directory = Path.Combine(IngestFixtures.RepositoryRoot, "data", "events");

    [Theory]
    [InlineData("042", 1.9)]
    [InlineData("043", 2.8)]
    [InlineData("041", 1.0)]
    [InlineData("0874", 10.0)]
    [InlineData("0429", 1.9)]
    [InlineData("19", -10.0)]
    public void Goldstein_scores_come_from_the_table_or_the_nearest_listed_ancestor(string code, double score)
    {
        Assert.Equal(score, SeedEvents.Extractor.Codebook.Goldstein(code));
    }

    [Fact]
    public void The_codebook_lists_every_cameo_root()
    {
        var codebook = SeedEvents.Extractor.Codebook;

        Assert.All(Enumerable.Range(1, 20), root => Assert.True(codebook.Contains(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("لقائه", "040")]
    [InlineData("ويلتقي", "040")]
    [InlineData("التقى", "040")]
    [InlineData("وزيارته", "042")]
    [InlineData("استقباله", "043")]
    [InlineData("سيبحثان", "040")]
    [InlineData("ثمّن", "051")]
    [InlineData("وأدانت", "111")]
    [InlineData("حذّر", "130")]
    public void Triggers_are_found_through_their_clitics(string word, string code)
    {
        var lexicon = TriggerLexicon.Load((Path.Combine(Directory, "triggers.tsv"), true));

        var match = lexicon.Match([ArabicNormalizer.NormalizeKey(word)], 0);

        Assert.Equal(code, match?.Entry.Code);
    }

    [Fact]
    public void A_phrase_trigger_beats_its_first_word()
    {
        var lexicon = TriggerLexicon.Load((Path.Combine(Directory, "triggers.tsv"), true));
        string[] keys = [ArabicNormalizer.NormalizeKey("اتصالاً"), ArabicNormalizer.NormalizeKey("هاتفياً")];

        var match = lexicon.Match(keys, 0);

        Assert.Equal((2, TriggerFrame.Phone), (match?.TokenCount, match?.Entry.Frame));
    }

    private static readonly string[] DictionarySample =
    [
        "####### SYNONYM SETS #######",
        "&CURRENCY",
        "+درهم_مغربي_",
        "--- وصل [030] ---",
        "وصل                   [030]     # arrive",
        "حضر                   [060]     # come",
        "جاء                   [040]     # come",
        "- * (إلى) [040] # حضر,جاء,قدم,اتى",
        "--- استعمل [---] ---",
        "استخدم                          # use",
        "وظف                   [090]     # use",
        "لم                    [090]     # gather",
        "--- نهض [071] ---",
        "رفع+مستوى                       # upgrade",
        "--- قتل [1823] ---",
        "قتل                   [1823]     # kill",
        "--- اطلق [195] ---",
        "اطلق                  [195]     # unleash",
    ];

    [Fact]
    public void The_cameo_import_keeps_coded_verb_lines_with_their_inflections()
    {
        var rows = CameoVerbImport.Convert(DictionarySample);

        Assert.Contains(new TriggerRow("اطلق", "195", "plain", "v", "unleash"), rows);
        Assert.Contains(rows, r => r is { Form: "يطلق", Code: "195" });
        Assert.Contains(rows, r => r is { Form: "اطلقت", Code: "195" });
    }

    [Fact]
    public void The_cameo_import_drops_patterns_uncoded_lines_particles_and_roots_outside_material_conflict()
    {
        var rows = CameoVerbImport.Convert(DictionarySample);

        Assert.All(rows, r => Assert.True(int.Parse(r.Code[..2], System.Globalization.CultureInfo.InvariantCulture) is 14 or 15 or >= 17));
        Assert.DoesNotContain(rows, r => r.Form is "لم" or "استخدم" or "درهم مغربي");
        Assert.DoesNotContain(rows, r => r.Form.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_cameo_verb_table_is_the_converters_output()
    {
        var source = Path.Combine(IngestFixtures.RepositoryRoot, "..", "shared", "data", "cameo-arabic", "CAMEO.ar.0.5.txt");
        var shipped = Path.Combine(Directory, "cameo-verbs.tsv");
        if (!File.Exists(source))
        {
            source = "/work/shared/data/cameo-arabic/CAMEO.ar.0.5.txt";
        }
        if (File.Exists(source))
        {
            var expected = CameoVerbImport.ToTsv(CameoVerbImport.Convert(File.ReadLines(source)));
            if (Environment.GetEnvironmentVariable("RASD_REGENERATE") == "1")
            {
                File.WriteAllText(shipped, expected);
            }
            Assert.Equal(expected, File.ReadAllText(shipped));
        }
        // Curated rows win: a form both files list keeps its curated code.
        var lexicon = TriggerLexicon.Load((Path.Combine(Directory, "triggers.tsv"), true), (shipped, false));
        Assert.True(lexicon.Match([ArabicNormalizer.NormalizeKey("استقبل")], 0)?.Entry.Curated);
    }
}
