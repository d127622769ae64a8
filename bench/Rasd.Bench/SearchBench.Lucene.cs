using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.FSDirectory;

namespace Rasd.Bench;

/// <summary>
/// The peer: a Lucene.Net 4.8 index of the same titles and bodies with ArabicAnalyzer
/// (normalise, stop words, light-10 stem), queried like Rasd's (all words required, a quoted
/// stretch a phrase, title boosted 5) with BM25 similarity.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly ArabicAnalyzer _analyzer = new(Version);
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private LuceneIndex(LuceneDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public static LuceneIndex Build(IEnumerable<Rasd.Core.Ingest.Document> documents, string path)
    {
        var directory = LuceneDirectory.Open(path);
        using (var analyzer = new ArabicAnalyzer(Version))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var d in documents)
            {
                writer.AddDocument(
                [
                    new StringField("id", d.DocId, Field.Store.YES),
                    new TextField("title", d.Title, Field.Store.NO),
                    new TextField("body", d.Body, Field.Store.NO),
                ]);
            }
            writer.ForceMerge(1);
        }
        return new LuceneIndex(directory);
    }

    public static long Size(string path) => new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);

    public List<string> Search(string text, int limit, out int total)
    {
        var query = new BooleanQuery();
        foreach (var clause in Clauses(text))
        {
            var terms = Analyze(clause);
            if (terms.Count == 0)
            {
                continue;
            }
            var either = new BooleanQuery();
            foreach (var (field, boost) in new[] { ("title", 5f), ("body", 1f) })
            {
                Query part;
                if (terms.Count == 1)
                {
                    part = new TermQuery(new Term(field, terms[0]));
                }
                else
                {
                    var phrase = new PhraseQuery();
                    terms.ForEach(t => phrase.Add(new Term(field, t)));
                    part = phrase;
                }
                part.Boost = boost;
                either.Add(part, Occur.SHOULD);
            }
            query.Add(either, Occur.MUST);
        }
        var top = _searcher.Search(query, limit);
        total = top.TotalHits;
        return top.ScoreDocs.Select(s => _searcher.Doc(s.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    // Quoted stretches are phrases, other words separate clauses, as in SearchQueryParser.
    private static IEnumerable<string> Clauses(string text)
    {
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                yield return parts[i];
            }
            else
            {
                foreach (var word in parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word;
                }
            }
        }
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
