using Rasd.Core.Data;
using System.Text.RegularExpressions;

namespace Rasd.Core.Ingest;

/// <summary>What a boilerplate rule does with a line that matches it.</summary>
internal enum BoilerplateKind
{
    Line,
    Image,
    Caption,
    Byline,
    Tail,
    Replace,
}

/// <summary>One compiled rule from <c>boilerplate.tsv</c>.</summary>
internal sealed record BoilerplateRule(BoilerplateKind Kind, Regex Pattern, string Replacement);

/// <summary>The boilerplate rules, grouped by kind, in file order.</summary>
internal sealed class BoilerplateRules
{
    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules)
    {
        Lines = Of(rules, BoilerplateKind.Line);
        Images = Of(rules, BoilerplateKind.Image);
        Captions = Of(rules, BoilerplateKind.Caption);
        Bylines = Of(rules, BoilerplateKind.Byline);
        Tails = Of(rules, BoilerplateKind.Tail);
        Replacements = Of(rules, BoilerplateKind.Replace);
    }

    public IReadOnlyList<BoilerplateRule> Lines { get; }

    public IReadOnlyList<BoilerplateRule> Images { get; }

    public IReadOnlyList<BoilerplateRule> Captions { get; }

    public IReadOnlyList<BoilerplateRule> Bylines { get; }

    public IReadOnlyList<BoilerplateRule> Tails { get; }

    public IReadOnlyList<BoilerplateRule> Replacements { get; }

    public static BoilerplateRules Load(string path)
    {
        var rules = new List<BoilerplateRule>();
        foreach (var line in TsvFile.Read(path, 2))
        {
            var kind = line.Fields[0] switch
            {
                "line" => BoilerplateKind.Line,
                "image" => BoilerplateKind.Image,
                "caption" => BoilerplateKind.Caption,
                "byline" => BoilerplateKind.Byline,
                "tail" => BoilerplateKind.Tail,
                "replace" => BoilerplateKind.Replace,
                _ => throw line.Error($"unknown rule kind '{line.Fields[0]}' (line, image, caption, byline, tail, replace)"),
            };
            if (line.Fields[1].Length == 0)
            {
                throw line.Error("empty pattern");
            }
            // Whole-line kinds are anchored here so the data file stays readable.
            var pattern = kind is BoilerplateKind.Tail or BoilerplateKind.Replace ? line.Fields[1] : $"^(?:{line.Fields[1]})$";
            if (kind == BoilerplateKind.Replace && line.Fields.Length < 3)
            {
                throw line.Error("a replace rule needs a replacement field");
            }
            var regex = line.Compile(pattern);
            if (kind == BoilerplateKind.Byline && regex.GroupNumberFromName("author") < 0)
            {
                throw line.Error("a byline rule needs a group named 'author'");
            }
            rules.Add(new BoilerplateRule(kind, regex, kind == BoilerplateKind.Replace ? line.Fields[2] : string.Empty));
        }
        return new BoilerplateRules(rules);
    }

    public static bool AnyMatch(IReadOnlyList<BoilerplateRule> rules, string line)
    {
        foreach (var rule in rules)
        {
            if (rule.Pattern.IsMatch(line))
            {
                return true;
            }
        }
        return false;
    }

    private static BoilerplateRule[] Of(IReadOnlyList<BoilerplateRule> rules, BoilerplateKind kind) =>
        [.. rules.Where(r => r.Kind == kind)];
}
