using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Rasd.Core.Recognition.Ner;

// The tagging path: the same features as NerFeatureExtractor.Extract, in the same order, but
// summed into the emission scores as ids (per-word ids cached, the rest looked up as spans)
// instead of being spelt as strings for every token.
internal sealed partial class NerModel
{
    private const int S = 7;  // the stand-in label index for "<S>" in the document tables

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly int[] _documentIds;
    private readonly NerWordFeatures _boundary;
    private readonly ConcurrentDictionary<string, int[]> _gazetteerIds = new(StringComparer.Ordinal);

    /// <summary>The ids of the features of <paramref name="info"/> that depend on the word alone.</summary>
    public NerWordFeatures WordFeatures(NerTokenInfo info)
    {
        var names = new List<string>(32);
        NerFeatureExtractor.AddOwn(info, names);
        var own = Ids(names);
        var neighbour = new int[4][];
        foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
        {
            names.Clear();
            Extractor.AddNeighbour(info, offset, names);
            neighbour[NerWordFeatures.Slot(offset)] = Ids(names);
        }
        names.Clear();
        Extractor.AddSelfTrigger(info, names);
        var self = names.Count > 0 ? Id(names[0]) : -1;
        var label = Memory.Label(info);
        int[] memory = [Id("m=" + (label ?? "-")), label is null ? -1 : Id("m-1=" + label), label is null ? -1 : Id("m+1=" + label)];
        return new NerWordFeatures(info, own, neighbour, self, label, memory);
    }

    /// <summary>Label indices for a sentence of cached words; <paramref name="document"/> is the second stage's evidence.</summary>
    public int[] Predict(NerWordFeatures[] words, IReadOnlyList<IReadOnlyList<string>>? gazetteer, DocumentEvidence? document)
    {
        var labels = NerWeights.Labels;
        var scores = new float[words.Length * labels];
        for (var i = 0; i < words.Length; i++)
        {
            var row = scores.AsSpan(i * labels, labels);
            var word = words[i];
            AddAll(row, word.Own);
            foreach (var offset in (ReadOnlySpan<int>)[-2, -1, 1, 2])
            {
                var j = i + offset;
                AddAll(row, (j >= 0 && j < words.Length ? words[j] : _boundary).Neighbour[NerWordFeatures.Slot(offset)]);
            }
            Add(row, word.SelfTrigger);
            var previous = i > 0 ? words[i - 1] : null;
            var next = i + 1 < words.Length ? words[i + 1] : null;
            var info = word.Info;
            var before = (previous ?? _boundary).Info;
            Add(row, Lookup("w-1w=", before.Key, "|", info.Key));
            Add(row, Lookup("ww+1=", info.Key, "|", (next ?? _boundary).Info.Key));
            Add(row, Lookup("sh-1sh=", before.Shape, "|", info.Shape));
            Add(row, word.MemoryHere);
            Add(row, previous is { MemoryLabel: not null } ? previous.MemoryBefore : -1);
            Add(row, next is { MemoryLabel: not null } ? next.MemoryAfter : -1);
            Add(row, Lookup("m-1m=", previous is null ? "<S>" : previous.MemoryLabel ?? "-", "|", word.MemoryLabel ?? "-"));
            if (gazetteer is not null)
            {
                AddGazetteer(row, gazetteer, i, info.AlifMaqsura);
            }
            if (document is not null)
            {
                AddDocument(row, document, i);
            }
        }
        ListedNamePrior.Add(scores, gazetteer, words.Length);
        return ViterbiDecoder.Decode(scores, words.Length, Weights);
    }

    private void AddGazetteer(Span<float> row, IReadOnlyList<IReadOnlyList<string>> gazetteer, int i, bool alifMaqsura)
    {
        var here = i < gazetteer.Count ? gazetteer[i] : [];
        if (here.Count == 0)
        {
            Add(row, GazetteerIds("-")[0]);
        }
        foreach (var value in here)
        {
            Add(row, GazetteerIds(value)[alifMaqsura ? 1 : 0]);
        }
        for (var k = 2; k <= 4; k++)
        {
            var j = i + (k == 2 ? -1 : k - 2);
            if (j >= 0 && j < gazetteer.Count)
            {
                foreach (var value in gazetteer[j])
                {
                    Add(row, GazetteerIds(value)[k]);
                }
            }
        }
    }

    /// <summary>Ids of <c>gz=</c>, <c>gzy=</c>, <c>gz-1=</c>, <c>gz+1=</c> and <c>gz+2=</c> with <paramref name="value"/>.</summary>
    private int[] GazetteerIds(string value) =>
        _gazetteerIds.TryGetValue(value, out var ids)
            ? ids
            : _gazetteerIds.GetOrAdd(value, v => [Id("gz=" + v), Id("gzy=" + v), Id("gz-1=" + v), Id("gz+1=" + v), Id("gz+2=" + v)]);

    private void AddDocument(Span<float> row, DocumentEvidence document, int t)
    {
        var n = document.Stage1.Length;
        var label = document.Stage1[t];
        var verdict = document.KeyVerdicts[t];
        var ids = _documentIds;
        Add(row, ids[DocS1 + label]);
        Add(row, ids[DocS1Before + (t > 0 ? document.Stage1[t - 1] : S)]);
        Add(row, ids[DocS1After + (t + 1 < n ? document.Stage1[t + 1] : S)]);
        Add(row, ids[DocDk + verdict]);
        Add(row, ids[DocDkBefore + (t > 0 ? document.KeyVerdicts[t - 1] : VerdictS)]);
        Add(row, ids[DocDkAfter + (t + 1 < n ? document.KeyVerdicts[t + 1] : VerdictS)]);
        Add(row, ids[DocDks1 + verdict * NerWeights.Labels + label]);
        if (document.LightVerdicts[t] >= 0)
        {
            Add(row, ids[DocDl + document.LightVerdicts[t]]);
        }
    }

    private static readonly int Verdicts = NerDocumentMemory.VerdictNames.Length;
    private static readonly int VerdictS = Verdicts;
    private const int DocS1 = 0;
    private static readonly int DocS1Before = DocS1 + S;
    private static readonly int DocS1After = DocS1Before + S + 1;
    private static readonly int DocDk = DocS1After + S + 1;
    private static readonly int DocDkBefore = DocDk + Verdicts;
    private static readonly int DocDkAfter = DocDkBefore + Verdicts + 1;
    private static readonly int DocDks1 = DocDkAfter + Verdicts + 1;
    private static readonly int DocDl = DocDks1 + Verdicts * S;
    private static readonly int DocLength = DocDl + Verdicts;

    /// <summary>Ids of every document feature (<see cref="NerDocumentMemory.Features"/>), by label and verdict code.</summary>
    private int[] DocumentIds()
    {
        var ids = new int[DocLength];
        string LabelOr(int label) => label == S ? "<S>" : NerLabels.All[label];
        string VerdictOr(int code) => code == VerdictS ? "<S>" : NerDocumentMemory.VerdictNames[code];
        for (var y = 0; y <= S; y++)
        {
            if (y < S)
            {
                ids[DocS1 + y] = Id("s1=" + LabelOr(y));
            }
            ids[DocS1Before + y] = Id("s1-1=" + LabelOr(y));
            ids[DocS1After + y] = Id("s1+1=" + LabelOr(y));
        }
        for (var v = 0; v <= VerdictS; v++)
        {
            if (v < VerdictS)
            {
                ids[DocDk + v] = Id("dk=" + VerdictOr(v));
                ids[DocDl + v] = Id("dl=" + VerdictOr(v));
                for (var y = 0; y < S; y++)
                {
                    ids[DocDks1 + v * S + y] = Id("dks1=" + VerdictOr(v) + "|" + LabelOr(y));
                }
            }
            ids[DocDkBefore + v] = Id("dk-1=" + VerdictOr(v));
            ids[DocDkAfter + v] = Id("dk+1=" + VerdictOr(v));
        }
        return ids;
    }

    private int Id(string name) => _features.TryGetValue(name, out var id) ? id : -1;

    private int[] Ids(List<string> names)
    {
        var ids = new List<int>(names.Count);
        foreach (var name in names)
        {
            if (_features.TryGetValue(name, out var id))
            {
                ids.Add(id);
            }
        }
        return [.. ids];
    }

    /// <summary>The id of the feature spelt by the four parts, without building the string; −1 when the model lacks it.</summary>
    private int Lookup(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, ReadOnlySpan<char> d)
    {
        var length = a.Length + b.Length + c.Length + d.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[128] : new char[length];
        a.CopyTo(buffer);
        b.CopyTo(buffer[a.Length..]);
        c.CopyTo(buffer[(a.Length + b.Length)..]);
        d.CopyTo(buffer[(a.Length + b.Length + c.Length)..]);
        return _spans.TryGetValue(buffer[..length], out var id) ? id : -1;
    }

    private void AddAll(Span<float> row, int[] ids)
    {
        foreach (var id in ids)
        {
            Add(row, id);
        }
    }

    private void Add(Span<float> row, int id)
    {
        if (id < 0)
        {
            return;
        }
        var weights = Weights.Emission.AsSpan(id * row.Length, row.Length);
        for (var y = 0; y < row.Length; y++)
        {
            row[y] += weights[y];
        }
    }
}

/// <summary>The second stage's evidence for one sentence: first-stage labels and the document memory's verdict codes.</summary>
internal sealed record DocumentEvidence(int[] Stage1, int[] KeyVerdicts, int[] LightVerdicts);
