namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// Observation features of a token in its sentence, as strings the model interns. Label
/// history (the previous one and two labels) is not here: the decoder scores it with the
/// model's transition weights. The extractor is immutable and thread-safe.
/// </summary>
/// <remarks>
/// Feature names are part of the model file format: renaming one silently turns its weight
/// off in models trained before the change, so retrain after any edit here.
/// </remarks>
internal sealed class NerFeatureExtractor(TriggerLexicon triggers)
{
    /// <summary>The trigger words whose type hints become features.</summary>
    public TriggerLexicon Triggers { get; } = triggers;

    /// <summary>Analyses every token of a sentence.</summary>
    public static NerTokenInfo[] Analyse(IReadOnlyList<string> tokens)
    {
        var infos = new NerTokenInfo[tokens.Count];
        for (var i = 0; i < infos.Length; i++)
        {
            infos[i] = NerTokenInfo.Of(tokens[i]);
        }
        return infos;
    }

    /// <summary>
    /// Appends the features of token <paramref name="i"/> to <paramref name="features"/>;
    /// <paramref name="document"/> holds the second stage's per-token evidence from the document (<see cref="NerDocumentMemory"/>).
    /// </summary>
    public void Extract(
        IReadOnlyList<NerTokenInfo> infos, IReadOnlyList<string?> memory, IReadOnlyList<IReadOnlyList<string>>? gazetteer, int i, List<string> features,
        IReadOnlyList<IReadOnlyList<string>>? document = null)
    {
        var token = infos[i];
        AddOwn(token, features);
        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset != 0)
            {
                AddNeighbour(At(infos, i + offset), offset, features);
            }
        }
        AddSelfTrigger(token, features);
        var key = token.Key;
        var previous = At(infos, i - 1);
        var next = At(infos, i + 1);
        features.Add("w-1w=" + previous.Key + "|" + key);
        features.Add("ww+1=" + key + "|" + next.Key);
        features.Add("sh-1sh=" + previous.Shape + "|" + token.Shape);
        AddLabelled("m", memory, i, features);
        features.Add("m-1m=" + (i > 0 ? memory[i - 1] ?? "-" : "<S>") + "|" + (memory[i] ?? "-"));
        if (gazetteer is not null)
        {
            AddGazetteer(gazetteer, i, token.AlifMaqsura, features);
        }
        if (document is not null)
        {
            features.AddRange(document[i]);
        }
    }

    private static NerTokenInfo At(IReadOnlyList<NerTokenInfo> infos, int i) =>
        i >= 0 && i < infos.Count ? infos[i] : NerTokenInfo.Boundary;

    /// <summary>The features of a token that depend on the token alone, in model order (cached per word when tagging).</summary>
    public static void AddOwn(NerTokenInfo token, List<string> features)
    {
        var key = token.Key;
        features.Add("b");
        features.Add("w=" + key);
        if (token.AlifMaqsura)
        {
            features.Add("wy=" + key);
        }
        features.Add("l=" + token.Light);
        features.Add("sh=" + token.Shape);
        foreach (var stem in token.Stems)
        {
            features.Add("st=" + stem);
        }
        AddAffixes("p", "x", key, features);
        if (!string.Equals(token.Light, key, StringComparison.Ordinal))
        {
            AddAffixes("lp", "lx", token.Light, features);
        }
        AddProcliticFlags(key, features);
        AddCharacterGrams(token.Stems.Count > 0 ? token.Stems[^1] : key, features);
    }

    /// <summary>The features a token contributes as the neighbour at <paramref name="offset"/> (±1, ±2).</summary>
    public void AddNeighbour(NerTokenInfo other, int offset, List<string> features)
    {
        var tag = offset.ToString("+0;-0", System.Globalization.CultureInfo.InvariantCulture);
        features.Add("w" + tag + "=" + other.Key);
        features.Add("l" + tag + "=" + other.Light);
        if (other.Stems.Count > 0)
        {
            features.Add("s" + tag + "=" + other.Stems[^1]);
        }
        if (Triggers.TypeOf(other.Key) is { } hint)
        {
            features.Add("tr" + tag + "=" + hint);
        }
        else if (other.Stems.Count > 0 && Triggers.TypeOf(other.Stems[0]) is { } stemHint)
        {
            features.Add("tr" + tag + "=" + stemHint);
        }
    }

    /// <summary>The trigger hint of the token itself, if it is a trigger word.</summary>
    public void AddSelfTrigger(NerTokenInfo token, List<string> features)
    {
        if (Triggers.TypeOf(token.Key) is { } self)
        {
            features.Add("tr0=" + self);
        }
    }

    private static void AddAffixes(string prefixName, string suffixName, string word, List<string> features)
    {
        for (var length = 1; length <= 3 && length < word.Length; length++)
        {
            features.Add(prefixName + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "=" + word[..length]);
            features.Add(suffixName + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "=" + word[^length..]);
        }
    }

    /// <summary>
    /// Letter bigrams of the stripped word, with its edges marked: transliterated foreign names
    /// share them (سكي، فيتش، ون). Bigrams beat trigrams and 4-grams on a dev slice of the training data.
    /// </summary>
    private static void AddCharacterGrams(string word, List<string> features)
    {
        const int N = 2;
        var padded = "^" + word + "$";
        for (var start = 0; start + N <= padded.Length; start++)
        {
            features.Add(string.Concat("g=", padded.AsSpan(start, N)));
        }
    }

    private static void AddProcliticFlags(string key, List<string> features)
    {
        if (key.Length < 3)
        {
            return;
        }
        if (key.StartsWith("ال", StringComparison.Ordinal))
        {
            features.Add("al");
        }
        switch (key[0])
        {
            case 'و':
                features.Add("wa");
                break;
            case 'ب':
                features.Add("bi");
                break;
            case 'ل':
                features.Add("li");
                break;
        }
    }

    /// <summary>Gazetteer values of the token and of its neighbours at ±1 and +2.</summary>
    /// <remarks>After a word ending in ى the values are marked: على is not the given name علي.</remarks>
    private static void AddGazetteer(IReadOnlyList<IReadOnlyList<string>> gazetteer, int i, bool alifMaqsura, List<string> features)
    {
        var name = alifMaqsura ? "gzy=" : "gz=";
        var here = i < gazetteer.Count ? gazetteer[i] : [];
        if (here.Count == 0)
        {
            features.Add("gz=-");
        }
        foreach (var value in here)
        {
            features.Add(name + value);
        }
        AddNeighbour("gz-1=", gazetteer, i - 1, features);
        AddNeighbour("gz+1=", gazetteer, i + 1, features);
        AddNeighbour("gz+2=", gazetteer, i + 2, features);
    }

    private static void AddNeighbour(string name, IReadOnlyList<IReadOnlyList<string>> gazetteer, int j, List<string> features)
    {
        if (j < 0 || j >= gazetteer.Count)
        {
            return;
        }
        foreach (var value in gazetteer[j])
        {
            features.Add(name + value);
        }
    }

    /// <summary>Per-token labels from outside the sentence (the name memory) here and at ±1.</summary>
    private static void AddLabelled(string name, IReadOnlyList<string?> labels, int i, List<string> features)
    {
        var here = i < labels.Count ? labels[i] : null;
        var before = i > 0 && i - 1 < labels.Count ? labels[i - 1] : null;
        var after = i + 1 < labels.Count ? labels[i + 1] : null;
        features.Add(name + "=" + (here ?? "-"));
        if (before is not null)
        {
            features.Add(name + "-1=" + before);
        }
        if (after is not null)
        {
            features.Add(name + "+1=" + after);
        }
    }
}
