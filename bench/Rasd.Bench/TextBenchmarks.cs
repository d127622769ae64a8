using BenchmarkDotNet.Attributes;
using Rasd.Core.Text;

namespace Rasd.Bench;

/// <summary>The seed articles concatenated: realistic news Arabic with quotes, datelines and Latin.</summary>
public static class TextBenchmarkCorpus
{
    private static readonly Lazy<string> LazyText = new(Load);

    /// <summary>The corpus text.</summary>
    public static string Text => LazyText.Value;

    private static string Load()
    {
        // BenchmarkDotNet runs from a generated folder under bin/, so walk up to the repository.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples))
            {
                var files = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal);
                return string.Join("\n\n", files.Select(File.ReadAllText));
            }
        }
        throw new DirectoryNotFoundException($"No samples/ folder above {AppContext.BaseDirectory}.");
    }
}

/// <summary>Our normaliser against Lucene.NET's in-place one (which folds fewer characters).</summary>
[MemoryDiagnoser]
public class TextNormalizerBenchmarks
{
    private static readonly Lucene.Net.Analysis.Ar.ArabicNormalizer LuceneNormalizer = new();
    private string _text = "";
    private char[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = TextBenchmarkCorpus.Text;
        _buffer = new char[_text.Length];
    }

    [Benchmark(Baseline = true)]
    public string NormalizeKey() => ArabicNormalizer.NormalizeKey(_text);

    [Benchmark]
    public NormalizedText NormalizeWithOffsetMap() => ArabicNormalizer.Normalize(_text);

    [Benchmark]
    public int LuceneNormalize()
    {
        _text.CopyTo(_buffer);
        return LuceneNormalizer.Normalize(_buffer, _buffer.Length);
    }
}

/// <summary>Tokenizer over the corpus, into a fresh list and into a reused one.</summary>
[MemoryDiagnoser]
public class TextTokenizerBenchmarks
{
    private readonly List<Token> _reused = [];
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = TextBenchmarkCorpus.Text;

    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenizer.Tokenize(_text).Count;

    [Benchmark]
    public int TokenizeIntoReusedList()
    {
        _reused.Clear();
        Tokenizer.Tokenize(_text, _reused);
        return _reused.Count;
    }

    [Benchmark]
    public int SearchTextBuild() => SearchText.Build(_text).Length;
}

/// <summary>Sentence splitter over the corpus.</summary>
[MemoryDiagnoser]
public class TextSentenceSplitterBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = TextBenchmarkCorpus.Text;

    [Benchmark]
    public int Split() => SentenceSplitter.Split(_text).Count;
}
