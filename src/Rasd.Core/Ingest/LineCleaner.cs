using System.Text.RegularExpressions;

namespace Rasd.Core.Ingest;

/// <summary>
/// The line pass of cleaning. Order matters and is written once here: debris replacement first
/// (so patterns see clean text), then whole-line boilerplate, captions (only right after an image
/// line), bylines, standalone outlet names, datelines (only near the top), and last the tails
/// cut from the end of kept lines. Removed lines are recorded as they were written.
/// </summary>
internal sealed class LineCleaner(IngestRules rules)
{
    private static readonly Regex Spaces = new(@"[\s\u00A0\u200B-\u200F\uFEFF]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Datelines sit above or at the start of the first paragraph: the title candidate and the
    // first paragraph are the only kept lines they may follow.
    private const int DatelineReach = 2;

    private readonly DatelineParser datelines = new(rules.Datelines, rules.Months, rules.Outlets);

    public CleanedLines Clean(string text)
    {
        var result = new CleanedLines();
        var afterImage = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var original = rawLine.Trim();
            var line = Normalize(original);
            if (line.Length == 0)
            {
                continue;
            }
            var wasImage = afterImage;
            afterImage = false;
            if (BoilerplateRules.AnyMatch(rules.Boilerplate.Images, line))
            {
                result.Removed.Add(original);
                afterImage = true;
                continue;
            }
            if (BoilerplateRules.AnyMatch(rules.Boilerplate.Lines, line)
                || (wasImage && BoilerplateRules.AnyMatch(rules.Boilerplate.Captions, line)))
            {
                result.Removed.Add(original);
                continue;
            }
            if (TryByline(line, result) || TryOutletLine(line, result))
            {
                result.Removed.Add(original);
                continue;
            }
            if (result.Kept.Count < DatelineReach && datelines.Match(line) is { } found)
            {
                result.Dateline ??= found.Dateline;
                result.Byline ??= found.Author;
                var rest = line[found.Length..].Trim();
                result.Removed.Add(rest.Length == 0 ? original : found.Dateline.Text);
                if (rest.Length == 0)
                {
                    continue;
                }
                line = rest;
            }
            line = CutTails(line, result.Removed);
            if (line.Length > 0)
            {
                result.Kept.Add(line);
            }
        }
        return result;
    }

    private string Normalize(string line)
    {
        foreach (var rule in rules.Boilerplate.Replacements)
        {
            line = rule.Pattern.Replace(line, rule.Replacement);
        }
        return Spaces.Replace(line, " ").Trim();
    }

    private bool TryByline(string line, CleanedLines result)
    {
        foreach (var rule in rules.Boilerplate.Bylines)
        {
            var m = rule.Pattern.Match(line);
            if (!m.Success)
            {
                continue;
            }
            var author = m.Groups["author"].Value.Trim();
            result.Byline ??= author;
            result.BylineOutlet ??= rules.Outlets.FindLine(author) ?? rules.Outlets.FindIn(author);
            return true;
        }
        return false;
    }

    private bool TryOutletLine(string line, CleanedLines result)
    {
        // A line that is nothing but an outlet's name is a masthead or sign-off, not content.
        if (line.Length > 40 || rules.Outlets.FindLine(line) is not { } outlet)
        {
            return false;
        }
        result.NamedOutlet ??= outlet;
        return true;
    }

    private string CutTails(string line, List<string> removed)
    {
        foreach (var rule in rules.Boilerplate.Tails)
        {
            var m = rule.Pattern.Match(line);
            if (m.Success && m.Length > 0)
            {
                removed.Add(m.Value.Trim());
                line = line[..m.Index].TrimEnd();
            }
        }
        return line;
    }
}
