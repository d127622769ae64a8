namespace Rasd.Core.Evaluation;

/// <summary>
/// Reads CoNLL-style tagged text: one <c>token TAG</c> per line, a blank line between
/// sentences. Fields may be separated by spaces or tabs, several of them; the token is the
/// first field and the tag the last, so files with extra columns (AQMAR, CoNLL-2003) read too.
/// A byte-order mark and carriage returns are ignored. A line with a single field is a
/// diagnostic, not an exception, and is skipped.
/// </summary>
public static class ConllReader
{
    private static readonly char[] Separators = [' ', '\t'];

    /// <summary>Reads one file.</summary>
    public static ConllReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads several files in order, as one sequence of sentences.</summary>
    public static ConllReadResult ReadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sentences = new List<ConllSentence>();
        var diagnostics = new List<ConllDiagnostic>();
        foreach (var path in paths)
        {
            var one = ReadFile(path);
            sentences.AddRange(one.Sentences);
            diagnostics.AddRange(one.Diagnostics);
        }
        return new ConllReadResult(sentences, diagnostics);
    }

    /// <summary>Reads from <paramref name="reader"/>; <paramref name="path"/> names it in diagnostics.</summary>
    public static ConllReadResult Read(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<ConllSentence>();
        var diagnostics = new List<ConllDiagnostic>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Trim('\uFEFF', '\r', ' ', '\t').Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                Flush(tokens, tags, sentences);
                continue;
            }
            if (fields.Length == 1)
            {
                diagnostics.Add(new ConllDiagnostic(path, lineNumber, $"expected 'token TAG', found '{fields[0]}'"));
                continue;
            }
            tokens.Add(fields[0]);
            tags.Add(fields[^1]);
        }
        Flush(tokens, tags, sentences);
        return new ConllReadResult(sentences, diagnostics);
    }

    private static void Flush(List<string> tokens, List<string> tags, List<ConllSentence> sentences)
    {
        if (tokens.Count == 0)
        {
            return;
        }
        sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
        tokens.Clear();
        tags.Clear();
    }
}
