namespace Rasd.Core.Ingest;

/// <summary>
/// What reading one file or record gave: an article or a failure, never both and never neither.
/// </summary>
/// <param name="Article">The article, when it could be read.</param>
/// <param name="Failure">Why it could not be read.</param>
public readonly record struct ReadResult(RawArticle? Article, IngestFailure? Failure)
{
    /// <summary>True when an article was read.</summary>
    public bool IsSuccess => Article is not null;

    /// <summary>An article that was read.</summary>
    public static ReadResult Success(RawArticle article) => new(article, null);

    /// <summary>A file or record that could not be read, with the reason.</summary>
    public static ReadResult Fail(string sourcePath, string reason) => new(null, new IngestFailure(sourcePath, reason));
}
