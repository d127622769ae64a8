namespace Rasd.Core.Evaluation;

/// <summary>
/// Entities of a BIO tag sequence with conlleval's rules: <c>B-X</c> always starts an entity;
/// <c>I-X</c> continues the open entity only when it is of type X, and otherwise starts one
/// (an <c>I-</c> without a <c>B-</c> is an entity, as conlleval counts it); <c>O</c> and any
/// tag without a <c>B-</c>/<c>I-</c> prefix close it.
/// </summary>
public static class BioChunker
{
    /// <summary>The entities of <paramref name="tags"/>, in order.</summary>
    public static IReadOnlyList<EntityChunk> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<EntityChunk>();
        var openStart = -1;
        string? openType = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, type) = Split(tags[i]);
            var continues = prefix == 'I' && openType is not null && string.Equals(type, openType, StringComparison.Ordinal);
            if (continues)
            {
                continue;
            }
            if (openType is not null)
            {
                chunks.Add(new EntityChunk(openStart, i, openType));
                openType = null;
            }
            if (prefix is 'B' or 'I')
            {
                openStart = i;
                openType = type;
            }
        }
        if (openType is not null)
        {
            chunks.Add(new EntityChunk(openStart, tags.Count, openType));
        }
        return chunks;
    }

    /// <summary>The prefix letter ('B', 'I', or '\0' for anything else) and the type after the hyphen.</summary>
    public static (char Prefix, string Type) Split(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I')
        {
            return (tag[0], tag[2..]);
        }
        return ('\0', "");
    }
}
