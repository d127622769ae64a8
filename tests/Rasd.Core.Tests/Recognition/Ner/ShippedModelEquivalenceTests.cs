using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

/// <summary>
/// The shipped model's labels on the seed samples, recorded from the tagger before its tagging
/// path was optimised (Specs/shipped-model-samples.tsv: <c>token TAB label</c>, a blank line after
/// each sentence, <c># file</c> before each document). A faster tagger must give exactly these.
/// </summary>
public class ShippedModelEquivalenceTests
{
    [Fact]
    public void Tags_the_seed_samples_exactly_as_recorded()
    {
        var tagger = NerTagger.LoadDefault(KbGazetteerFeaturesTests.Shipped.Value);
        var documents = Read(SpecPath);

        Assert.Equal(5, documents.Count);
        foreach (var (name, sentences) in documents)
        {
            var document = tagger.BeginDocument();
            foreach (var (tokens, expected) in sentences)
            {
                Assert.True(expected.SequenceEqual(document.Tag(tokens)), $"{name}: {string.Join(' ', tokens)}");
            }
        }
    }

    [Fact]
    public void Tagging_the_samples_sentence_by_sentence_twice_gives_the_same_labels_as_a_fresh_tagger()
    {
        // The word cache must not change a result: a warm tagger agrees with a cold one.
        var warm = NerTagger.LoadDefault(KbGazetteerFeaturesTests.Shipped.Value);
        var sentences = Read(SpecPath)
            .SelectMany(d => d.Sentences).ToList();
        var first = sentences.Select(s => warm.Tag(s.Tokens)).ToList();
        var second = sentences.Select(s => warm.Tag(s.Tokens)).ToList();

        Assert.Equal(first, second);
    }

    private static string SpecPath
    {
        get
        {
            // The spec lives beside this file in the repository; walk up from the test binaries to it.
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "tests", "Rasd.Core.Tests", "Recognition", "Ner", "Specs", "shipped-model-samples.tsv");
                if (File.Exists(path))
                {
                    return path;
                }
            }
            throw new FileNotFoundException("Specs/shipped-model-samples.tsv not found above " + AppContext.BaseDirectory);
        }
    }

    private static List<(string Name, List<(string[] Tokens, string[] Labels)> Sentences)> Read(string path)
    {
        var documents = new List<(string, List<(string[], string[])>)>();
        var tokens = new List<string>();
        var labels = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                documents.Add((line[2..], []));
            }
            else if (line.Length == 0)
            {
                documents[^1].Item2.Add(([.. tokens], [.. labels]));
                tokens.Clear();
                labels.Clear();
            }
            else
            {
                var tab = line.LastIndexOf('\t');
                tokens.Add(line[..tab]);
                labels.Add(line[(tab + 1)..]);
            }
        }
        return documents;
    }
}
