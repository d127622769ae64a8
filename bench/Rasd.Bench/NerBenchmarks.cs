using BenchmarkDotNet.Attributes;
using Rasd.Core.Knowledge;
using Rasd.Core.Recognition.Ner;
using Rasd.Core.Text;

namespace Rasd.Bench;

/// <summary>
/// The shipped NER model over the seed samples' sentences, alone and as the pipeline runs it
/// (with the knowledge-base gazetteer, sentences in document order), and loading it.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private NerTagger _tagger = null!;
    private NerTagger _pipelineTagger = null!;
    private List<string[]> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _tagger = NerTagger.LoadDefault();
        _pipelineTagger = _tagger.WithGazetteer(KbGazetteerFeatures.CreateDefault(KnowledgeBaseLoader.LoadDefault()));
        var text = TextBenchmarkCorpus.Text;
        _sentences = SentenceSplitter.Split(text)
            .Select(sentence => Tokenizer.Tokenize(text).Where(token => token.Span.Start >= sentence.Start && token.Span.End <= sentence.End))
            .Select(tokens => tokens.Select(token => token.Span.Slice(text).ToString()).ToArray())
            .Where(tokens => tokens.Length > 0)
            .ToList();
    }

    /// <summary>Every sample sentence tagged once.</summary>
    [Benchmark]
    public int TagSampleSentences()
    {
        var entities = 0;
        foreach (var sentence in _sentences)
        {
            foreach (var label in _tagger.Tag(sentence))
            {
                entities += label[0] == 'B' ? 1 : 0;
            }
        }
        return entities;
    }

    /// <summary>Every sample sentence tagged once as one document, with the gazetteer: what <c>rasd analyze</c> does.</summary>
    [Benchmark]
    public int TagSamplesAsPipeline()
    {
        var entities = 0;
        var document = _pipelineTagger.BeginDocument();
        foreach (var sentence in _sentences)
        {
            foreach (var label in document.Tag(sentence))
            {
                entities += label[0] == 'B' ? 1 : 0;
            }
        }
        return entities;
    }

    /// <summary>Reading and decompressing data/ner/anercorp.model.</summary>
    [Benchmark]
    public NerTagger LoadModel() => NerTagger.LoadDefault();
}
