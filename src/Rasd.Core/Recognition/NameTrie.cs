namespace Rasd.Core.Recognition;

/// <summary>
/// A trie over normalised word sequences with a payload at each complete name, for
/// longest-match-first lookup of multi-word names, titles and honorifics. Built once, then
/// read-only and thread-safe.
/// </summary>
internal sealed class NameTrie<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T payload)
    {
        if (words.Count == 0)
        {
            return;
        }
        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children.Add(word, next);
            }
            node = next;
        }
        node.Payloads ??= [];
        if (!node.Payloads.Contains(payload))
        {
            node.Payloads.Add(payload);
            Count++;
        }
    }

    /// <summary>
    /// The longest name starting at <paramref name="start"/>. The first word may be read in any of
    /// its clitic-stripped forms (وموسكو، لموسكو); the following words must match as written.
    /// </summary>
    public (int Words, IReadOnlyList<T> Payloads)? LongestMatch(IReadOnlyList<WordKeys> words, int start)
    {
        (int, IReadOnlyList<T>)? best = null;
        foreach (var first in words[start].FirstWordForms)
        {
            // A name without the article never takes one: المالي is an adjective, not Mali.
            if (!first.StartsWith("ال", StringComparison.Ordinal) && words[start].Key.Contains("ال" + first, StringComparison.Ordinal))
            {
                continue;
            }
            if (_root.Children is null || !_root.Children.TryGetValue(first, out var node))
            {
                continue;
            }
            var length = 1;
            while (true)
            {
                if (node.Payloads is { Count: > 0 } && (best is null || length > best.Value.Item1))
                {
                    best = (length, node.Payloads);
                }
                var next = start + length;
                if (next >= words.Count || words[next].BreakBefore || node.Children is null
                    || !node.Children.TryGetValue(words[next].Key, out var child))
                {
                    break;
                }
                node = child;
                length++;
            }
        }
        return best;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Payloads;
    }
}
