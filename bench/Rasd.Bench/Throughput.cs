using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Rasd.Core.Ingest;
using Rasd.Core.Knowledge;
using Rasd.Core.Pipeline;
using Rasd.Core.Recognition.Ner;
using Rasd.Core.Resolution;
using Rasd.Core.Text;

namespace Rasd.Bench;

/// <summary>
/// Whole-run throughput on a real corpus: ingest + text analysis streamed over the inputs, then
/// Rasd's text stage and Lucene.Net's ArabicAnalyzer on the same cleaned bodies in the same process.
/// </summary>
internal static class Throughput
{
    private const int Rounds = 3;

    // The full per-document pipeline is slow enough that a sample tells its rate.
    private const int FullPipelineSample = 2000;

    public static int Run(string[] paths)
    {
        if (paths.Length == 0)
        {
            Console.Error.WriteLine("usage: throughput PATH... (e.g. ../shared/data/saudinewsnet)");
            return 2;
        }

        var builder = new DocumentBuilder(IngestRules.LoadDefault());
        var bodies = new List<string>();
        var dates = new List<DateOnly?>();
        var sample = new List<RawArticle>();
        long inputBytes = 0, tokens = 0;
        int articles = 0, failures = 0;

        var clock = Stopwatch.StartNew();
        foreach (var item in new ArticleReader().Read(paths))
        {
            if (item.Article is not { } article)
            {
                failures++;
                continue;
            }
            articles++;
            if (sample.Count < FullPipelineSample)
            {
                sample.Add(article);
            }
            inputBytes += Encoding.UTF8.GetByteCount(article.Text);
            var document = builder.Build(article);
            tokens += TextAnalyzer.Analyze(document.Body).Tokens.Count;
            bodies.Add(document.Body);
            dates.Add(document.Published.Date);
        }
        var endToEnd = clock.Elapsed;

        var bodyBytes = bodies.Sum(b => (long)Encoding.UTF8.GetByteCount(b));
        var rasd = Median(() => bodies.Sum(b => (long)TextAnalyzer.Analyze(b).Tokens.Count), out var rasdTokens);
        // The chain comparable to Lucene's (tokenise, normalise, light-stem) is SearchText.
        var search = Median(() => bodies.Sum(b => (long)SearchText.Build(b).Length), out _);
        var lucene = Median(() => LuceneTokens(bodies), out var luceneTokens);

        // Recognition and linking on the same bodies: the whole text stage with and without them.
        var clock2 = Stopwatch.StartNew();
        var extractor = new EntityExtractor(KnowledgeBaseLoader.LoadDefault());
        var setup = clock2.Elapsed;
        var withEntities = Median(() =>
        {
            long mentions = 0;
            for (var i = 0; i < bodies.Count; i++)
            {
                mentions += extractor.Extract(TextAnalyzer.Analyze(bodies[i]), dates[i]).Mentions.Count;
            }
            return mentions;
        }, out var mentionCount);

        // Every per-document stage: ingest, text, entities with the statistical tagger, time,
        // date inference, events, quotes, framing — single-threaded, after a warm-up.
        var kb = KnowledgeBaseLoader.LoadDefault();
        var full = new DocumentAnalyzer(IngestRules.LoadDefault(), kb, NerTagger.LoadDefault().WithGazetteer(KbGazetteerFeatures.CreateDefault(kb)));
        var noTagger = new DocumentAnalyzer(IngestRules.LoadDefault(), kb);
        foreach (var raw in sample.Take(100))
        {
            full.Analyze(raw);
            noTagger.Analyze(raw);
        }
        var fullClock = Stopwatch.StartNew();
        var events = sample.Sum(raw => full.Analyze(raw).Events.Count);
        var fullTime = fullClock.Elapsed;
        fullClock.Restart();
        sample.ForEach(raw => noTagger.Analyze(raw));
        var noTaggerTime = fullClock.Elapsed;

        var w = Console.Out;
        w.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        w.WriteLine(Invariant($"ingest + text: {articles:N0} articles ({failures} failures), {inputBytes / 1e6:0.0} MB in {endToEnd.TotalSeconds:0.00} s"));
        w.WriteLine(Invariant($"  {articles / endToEnd.TotalSeconds:N0} articles/s, {inputBytes / 1e6 / endToEnd.TotalSeconds:0.00} MB/s, {tokens / endToEnd.TotalSeconds:N0} tokens/s"));
        w.WriteLine(Invariant($"text stage only, same {bodies.Count:N0} cleaned bodies ({bodyBytes / 1e6:0.0} MB), median of {Rounds}:"));
        w.WriteLine(Invariant($"  Rasd TextAnalyzer      {rasd.TotalSeconds:0.000} s, {rasdTokens:N0} tokens, {rasdTokens / rasd.TotalSeconds:N0} tokens/s, {bodyBytes / 1e6 / rasd.TotalSeconds:0.00} MB/s"));
        w.WriteLine(Invariant($"  Rasd SearchText.Build  {search.TotalSeconds:0.000} s (tokenise + normalise + light stem), {bodyBytes / 1e6 / search.TotalSeconds:0.00} MB/s"));
        w.WriteLine(Invariant($"  Lucene ArabicAnalyzer  {lucene.TotalSeconds:0.000} s, {luceneTokens:N0} tokens, {luceneTokens / lucene.TotalSeconds:N0} tokens/s, {bodyBytes / 1e6 / lucene.TotalSeconds:0.00} MB/s"));
        w.WriteLine(Invariant($"recognition + linking (knowledge base loaded and indexed in {setup.TotalSeconds:0.00} s), same bodies, median of {Rounds}:"));
        w.WriteLine(Invariant($"  text only              {bodies.Count / rasd.TotalSeconds:N0} articles/s"));
        w.WriteLine(Invariant($"  text + entities        {bodies.Count / withEntities.TotalSeconds:N0} articles/s, {mentionCount:N0} mentions, {withEntities.TotalSeconds:0.000} s"));
        w.WriteLine(Invariant($"full per-document pipeline (DocumentAnalyzer), first {sample.Count:N0} articles, one thread:"));
        w.WriteLine(Invariant($"  with the statistical tagger     {sample.Count / fullTime.TotalSeconds:N0} articles/s ({fullTime.TotalMilliseconds / sample.Count:0.0} ms/article), {events:N0} events"));
        w.WriteLine(Invariant($"  without it (rules only)         {sample.Count / noTaggerTime.TotalSeconds:N0} articles/s ({noTaggerTime.TotalMilliseconds / sample.Count:0.0} ms/article)"));
        w.WriteLine(Invariant($"  time ratio Rasd TextAnalyzer / Lucene: {rasd.TotalSeconds / lucene.TotalSeconds:0.00}"));
        w.WriteLine(Invariant($"  time ratio Rasd SearchText / Lucene:   {search.TotalSeconds / lucene.TotalSeconds:0.00}"));
        return 0;
    }

    private static long LuceneTokens(List<string> bodies)
    {
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        long count = 0;
        foreach (var body in bodies)
        {
            using var stream = analyzer.GetTokenStream("body", new StringReader(body));
            stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                count++;
            }
            stream.End();
        }
        return count;
    }

    private static TimeSpan Median(Func<long> work, out long result)
    {
        result = work(); // warm-up: JIT and caches
        var times = new List<TimeSpan>();
        for (var i = 0; i < Rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            result = work();
            times.Add(clock.Elapsed);
        }
        times.Sort();
        return times[Rounds / 2];
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
