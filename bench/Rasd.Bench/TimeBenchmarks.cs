using BenchmarkDotNet.Attributes;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Bench;

/// <summary>The time tagger over the seed samples, analysed once beforehand.</summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private AnalysedText _text = null!;

    [GlobalSetup]
    public void Setup() => _text = TextAnalyzer.Analyze(TextBenchmarkCorpus.Text);

    /// <summary>Every temporal expression of the samples.</summary>
    [Benchmark]
    public int TagSamples() => TimeTagger.Default.Tag(_text).Count;
}
