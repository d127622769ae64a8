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

    /// <summary>Verdicts by code: <see cref="None"/>, then O, then each type high and low.</summary>
    public static readonly string[] VerdictNames = ["none", "O", "PER:hi", "PER:lo", "LOC:hi", "LOC:lo", "ORG:hi", "ORG:lo"];

    /// <summary>Code of the verdict "none": the form was not seen.</summary>
    public const int None = 0;

    // Per form, how often each type (O, PER, LOC, ORG) was predicted for it in the window.
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly Queue<(string Form, int Type)[]> _sentences = new();
    private readonly Dictionary<string, int[]> _local = new(StringComparer.Ordinal);

    /// <summary>Features of each token of a sentence: first-stage labels here and around, and the window's verdict on its form.</summary>
    /// <param name="tokens">The sentence, analysed.</param>
    /// <param name="stage1">The first stage's label indices for it.</param>
    public IReadOnlyList<string>[] Features(IReadOnlyList<NerTokenInfo> tokens, int[] stage1)
    {
        var keyVerdicts = new int[tokens.Count];
        var lightVerdicts = new int[tokens.Count];
        Verdicts(tokens, stage1, keyVerdicts, lightVerdicts);
        var features = new IReadOnlyList<string>[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var verdict = VerdictNames[keyVerdicts[t]];
            var list = new List<string>(8)
            {
                "s1=" + NerLabels.All[stage1[t]],
                "s1-1=" + (t > 0 ? NerLabels.All[stage1[t - 1]] : "<S>"),
                "s1+1=" + (t + 1 < tokens.Count ? NerLabels.All[stage1[t + 1]] : "<S>"),
                "dk=" + verdict,
                "dk-1=" + (t > 0 ? VerdictNames[keyVerdicts[t - 1]] : "<S>"),
                "dk+1=" + (t + 1 < tokens.Count ? VerdictNames[keyVerdicts[t + 1]] : "<S>"),
                "dks1=" + verdict + "|" + NerLabels.All[stage1[t]],
            };
            if (lightVerdicts[t] >= 0)
            {
                list.Add("dl=" + VerdictNames[lightVerdicts[t]]);
            }
            features[t] = list;
        }
        return features;
    }

    /// <summary>
    /// The window's verdict codes (<see cref="VerdictNames"/>) on each token's key and on its light
    /// stem (−1 where the light stem is the key): what <see cref="Features"/> spells out.
    /// </summary>
    public void Verdicts(IReadOnlyList<NerTokenInfo> tokens, int[] stage1, Span<int> keyVerdicts, Span<int> lightVerdicts)
    {
        // The sentence's own other mentions count too: "X ... X" in one sentence.
        var local = _local;
        local.Clear();
        for (var t = 0; t < tokens.Count; t++)
        {
            var type = TypeOf(stage1[t]);
            Count(local, tokens[t].Key, type, 1);
            if (tokens[t].MarkedLight is { } light)
            {
                Count(local, light, type, 1);
            }
        }
        for (var t = 0; t < tokens.Count; t++)
        {
            keyVerdicts[t] = Verdict(tokens[t].Key, stage1[t], local);
            lightVerdicts[t] = tokens[t].MarkedLight is { } light ? Verdict(light, stage1[t], local) : -1;
        }
    }

    /// <summary>Remembers a sentence's first-stage labels, forgetting the oldest beyond the window.</summary>
    public void Add(IReadOnlyList<NerTokenInfo> tokens, int[] stage1)
    {
        var forms = new List<(string, int)>(tokens.Count * 2);
        for (var t = 0; t < tokens.Count; t++)
        {
            var type = TypeOf(stage1[t]);
            Count(_counts, tokens[t].Key, type, 1);
            forms.Add((tokens[t].Key, type));
            if (tokens[t].MarkedLight is { } light)
            {
                Count(_counts, light, type, 1);
                forms.Add((light, type));
            }
        }
        _sentences.Enqueue([.. forms]);
        if (_sentences.Count > window)
        {
            foreach (var (form, type) in _sentences.Dequeue())
            {
                Count(_counts, form, type, -1);
            }
        }
    }

    /// <summary>The window's and the sentence's other mentions' majority type as a code of <see cref="VerdictNames"/>, e.g. <c>PER:hi</c>, <c>O</c>, or <c>none</c>.</summary>
    private int Verdict(string form, int ownLabel, Dictionary<string, int[]> local)
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
            return None;
        }
        var best = 1;
        for (var k = 2; k < 4; k++)
        {
            best = row[k] > row[best] ? k : best;
        }
        if (row[best] == 0)
        {
            return 1;
        }
        var share = (double)(total - row[0]) / total;
        return 2 * best + (share >= 0.5 ? 0 : 1);
    }

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
