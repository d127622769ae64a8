using System.Collections.Concurrent;

namespace Rasd.Core.Recognition.Ner;

/// <summary>A word's analysis and its feature ids in each stage's model.</summary>
internal sealed record NerWord(NerTokenInfo Info, NerWordFeatures First, NerWordFeatures? Second);

/// <summary>
/// Words already analysed, by the token as written: news repeats its vocabulary, so normalising,
/// stemming, clitic stripping and spelling each word's features happen once per word instead of
/// once per occurrence. Thread-safe; bounded (emptied when full), so it never changes a result.
/// </summary>
internal sealed class NerWordCache(NerModel first, NerModel? second)
{
    private const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, NerWord> _words = new(StringComparer.Ordinal);
    private int _count;

    public NerWord Get(string token)
    {
        if (_words.TryGetValue(token, out var word))
        {
            return word;
        }
        var info = NerTokenInfo.Of(token);
        word = new NerWord(info, first.WordFeatures(info), second?.WordFeatures(info));
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            _words.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        _words.TryAdd(token, word);
        return word;
    }
}
