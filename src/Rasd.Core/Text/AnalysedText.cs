namespace Rasd.Core.Text;

/// <summary>The Text stage's result: the text as given, its tokens and its sentences, all offsets into <see cref="Text"/>.</summary>
/// <param name="Text">The analysed text, unchanged.</param>
/// <param name="Tokens">Tokens in order, non-overlapping (see <see cref="Tokenizer"/>).</param>
/// <param name="Sentences">Sentence spans in order, non-overlapping (see <see cref="SentenceSplitter"/>).</param>
public sealed record AnalysedText(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<TextSpan> Sentences);
