namespace Rasd.Core.Evaluation;

/// <summary>One sentence of a CoNLL-style file: its tokens and their tags, index for index.</summary>
/// <param name="Tokens">The tokens, in order.</param>
/// <param name="Tags">One tag per token (<c>O</c>, <c>B-PER</c>, …), as written in the file.</param>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>The same sentence with every tag passed through <paramref name="map"/>.</summary>
    public ConllSentence MapTags(Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var tags = new string[Tags.Count];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = map(Tags[i]);
        }
        return new ConllSentence(Tokens, tags);
    }
}
