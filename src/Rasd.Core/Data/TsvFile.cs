using System.Text.RegularExpressions;

namespace Rasd.Core.Data;

/// <summary>One data line of a tab-separated data file, with where it came from.</summary>
internal readonly record struct TsvLine(string File, int Number, string[] Fields)
{
    public DataFileException Error(string problem) => new(File, Number, problem);

    /// <summary>Compiles a pattern, reporting a malformed one with its file and line.</summary>
    public Regex Compile(string pattern, RegexOptions extra = RegexOptions.None)
    {
        try
        {
            // Rules run per line, not per token, so compiled regexes are affordable here.
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled | extra, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw Error($"malformed pattern '{pattern}': {e.Message}");
        }
    }
}

/// <summary>Reads the data files: UTF-8, tab-separated, '#' comments and blank lines skipped.</summary>
internal static class TsvFile
{
    public static IEnumerable<TsvLine> Read(string path, int minFields)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new DataFileException(path, 0, "file not found");
        }
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = line.Split('\t');
            var data = new TsvLine(path, number, fields);
            if (fields.Length < minFields)
            {
                throw data.Error($"expected at least {minFields} tab-separated fields, found {fields.Length}");
            }
            yield return data;
        }
    }
}
