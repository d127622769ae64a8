namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// What the first-stage tagger said about each word form in the last few sentences of a
/// document: the evidence for the second stage (Krishnan and Manning 2006). A name is tagged
/// the same way throughout a news story, so a word the first stage took for a person three
/// sentences ago is likely a person here too, even in a context that says little. Forms are
/// counted twice: as normalised and as light stem (الأسد and والأسد count together).
/// Mutable; one per document, used from one thread.
/// </summary>
internal sealed class NerDocumentMemory(int window)
{
    /// <summary>Sentences remembered: a news story's worth.</summary>
    public const int DefaultWindow = 50;

    // Per form, how often each type (O, PER, LOC, ORG) was predicted for it in the window.
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly Queue<string[]> _sentences = new();

    /// <summary>Features of each token of a sentence: first-stage labels here and around, and the window's verdict on its form.</summary>
    /// <param name="tokens">The sentence, analysed.</param>
    /// <param name="stage1">The first stage's label indices for it.</param>
    public IReadOnlyList<string>[] Features(IReadOnlyList<NerTokenInfo> tokens, int[] stage1)
    {
        // The sentence's own other mentions count too: "X ... X" in one sentence.
        var local = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var t = 0; t < tokens.Count; t++)
        {
            foreach (var form in FormsOf(tokens[t]))
            {
                Count(local, form, TypeOf(stage1[t]), 1);
            }
        }
        var verdicts = new string[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            verdicts[t] = Verdict(tokens[t].Key, stage1[t], local);
        }
        var features = new IReadOnlyList<string>[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var list = new List<string>(8)
            {
                "s1=" + NerLabels.All[stage1[t]],
                "s1-1=" + (t > 0 ? NerLabels.All[stage1[t - 1]] : "<S>"),
                "s1+1=" + (t + 1 < tokens.Count ? NerLabels.All[stage1[t + 1]] : "<S>"),
                "dk=" + verdicts[t],
                "dk-1=" + (t > 0 ? verdicts[t - 1] : "<S>"),
                "dk+1=" + (t + 1 < tokens.Count ? verdicts[t + 1] : "<S>"),
                "dks1=" + verdicts[t] + "|" + NerLabels.All[stage1[t]],
            };
            if (!string.Equals(tokens[t].Light, tokens[t].Key, StringComparison.Ordinal))
            {
                list.Add("dl=" + Verdict("~" + tokens[t].Light, stage1[t], local));
            }
            features[t] = list;
        }
        return features;
    }

    /// <summary>Remembers a sentence's first-stage labels, forgetting the oldest beyond the window.</summary>
    public void Add(IReadOnlyList<NerTokenInfo> tokens, int[] stage1)
    {
        var forms = new List<string>(tokens.Count * 2);
        for (var t = 0; t < tokens.Count; t++)
        {
            foreach (var form in FormsOf(tokens[t]))
            {
                Count(_counts, form, TypeOf(stage1[t]), 1);
                forms.Add(TypeOf(stage1[t]).ToString(System.Globalization.CultureInfo.InvariantCulture) + form);
            }
        }
        _sentences.Enqueue([.. forms]);
        if (_sentences.Count > window)
        {
            foreach (var entry in _sentences.Dequeue())
            {
                Count(_counts, entry[1..], entry[0] - '0', -1);
            }
        }
    }

    private static IEnumerable<string> FormsOf(NerTokenInfo token)
    {
        yield return token.Key;
        if (!string.Equals(token.Light, token.Key, StringComparison.Ordinal))
        {
            yield return "~" + token.Light;
        }
    }

    /// <summary>The window's and the sentence's other mentions' majority type, e.g. <c>PER:hi</c>, <c>O</c>, or <c>none</c>.</summary>
    private string Verdict(string form, int ownLabel, Dictionary<string, int[]> local)
    {
        Span<int> row = stackalloc int[4];
        if (_counts.TryGetValue(form, out var window))
        {
            window.CopyTo(row);
        }
        if (local.TryGetValue(form, out var here))
        {
            for (var k = 0; k < 4; k++)
            {
                row[k] += here[k];
            }
            row[TypeOf(ownLabel)]--;   // not the token itself
        }
        var total = row[0] + row[1] + row[2] + row[3];
        if (total <= 0)
        {
            return "none";
        }
        var best = 1;
        for (var k = 2; k < 4; k++)
        {
            best = row[k] > row[best] ? k : best;
        }
        if (row[best] == 0)
        {
            return "O";
        }
        var share = (double)(total - row[0]) / total;
        return Types[best] + (share >= 0.5 ? ":hi" : ":lo");
    }

    private static readonly string[] Types = ["O", "PER", "LOC", "ORG"];

    /// <summary>0 for O, 1 PER, 2 LOC, 3 ORG, from a label index of <see cref="NerLabels.All"/>.</summary>
    private static int TypeOf(int label) => (label + 1) / 2;

    private static void Count(Dictionary<string, int[]> counts, string form, int type, int delta)
    {
        if (!counts.TryGetValue(form, out var row))
        {
            row = new int[4];
            counts[form] = row;
        }
        row[type] += delta;
    }
}
