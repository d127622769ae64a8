namespace Rasd.Core.Evaluation;

/// <summary>The sentences read from one or more CoNLL files, and the lines that were skipped.</summary>
/// <param name="Sentences">Sentences in file order.</param>
/// <param name="Diagnostics">Malformed lines, each naming its file and line.</param>
public sealed record ConllReadResult(IReadOnlyList<ConllSentence> Sentences, IReadOnlyList<ConllDiagnostic> Diagnostics);
