namespace Rasd.Core.Recognition.Ner;

/// <summary>
/// The seven BIO labels Rasd tags with, their indices in the model, and the map from corpus
/// tag sets onto them: ANERcorp's <c>PERS</c> is <c>PER</c>; miscellaneous types (ANERcorp's
/// <c>MISC</c>, AQMAR's <c>MIS0</c>–<c>MIS3</c>) and anything unrecognised are <c>O</c>,
/// because Rasd only uses people, places and organisations.
/// </summary>
public static class NerLabels
{
    /// <summary>The outside label.</summary>
    public const string Outside = "O";

    /// <summary>Labels by index: O first, then B/I for PER, LOC and ORG.</summary>
    public static IReadOnlyList<string> All { get; } = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];

    /// <summary>Number of labels.</summary>
    public static int Count => All.Count;

    /// <summary>Index of <paramref name="label"/> in <see cref="All"/>, or 0 (O) when it is not one of them.</summary>
    public static int IndexOf(string label) => label switch
    {
        "B-PER" => 1,
        "I-PER" => 2,
        "B-LOC" => 3,
        "I-LOC" => 4,
        "B-ORG" => 5,
        "I-ORG" => 6,
        _ => 0,
    };

    /// <summary>
    /// Label indices of a corpus sentence's BIO labels, with an I- that starts an entity read as
    /// B- (as conlleval reads it): otherwise the gold sequence is one the decoder can never
    /// produce, and training chases it in vain.
    /// </summary>
    public static int[] Encode(IReadOnlyList<string> bio)
    {
        ArgumentNullException.ThrowIfNull(bio);
        var labels = new int[bio.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = IndexOf(bio[i]);
            if (labels[i] is 2 or 4 or 6 && !CanFollow(i == 0 ? -1 : labels[i - 1], labels[i]))
            {
                labels[i]--;
            }
        }
        return labels;
    }

    /// <summary>True when label <paramref name="next"/> may follow <paramref name="previous"/> (-1 at sentence start): I-X only after B-X or I-X.</summary>
    public static bool CanFollow(int previous, int next) =>
        next is not (2 or 4 or 6) || (previous >= 0 && (previous == next || previous == next - 1));

    /// <summary>Maps a corpus tag onto Rasd's labels.</summary>
    public static string FromCorpusTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
        {
            return Outside;
        }
        var type = tag.AsSpan(2);
        string? rasdType = type switch
        {
            "PER" or "PERS" => "PER",
            "LOC" => "LOC",
            "ORG" => "ORG",
            _ => null,
        };
        return rasdType is null ? Outside : tag[0] == 'B' ? "B-" + rasdType : "I-" + rasdType;
    }
}
