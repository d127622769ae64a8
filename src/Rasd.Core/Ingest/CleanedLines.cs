namespace Rasd.Core.Ingest;

/// <summary>What the line pass found: kept lines, removed lines, byline, dateline and outlet hints.</summary>
internal sealed class CleanedLines
{
    public List<string> Kept { get; } = [];

    public List<string> Removed { get; } = [];

    public string? Byline { get; set; }

    public Outlet? BylineOutlet { get; set; }

    public Outlet? NamedOutlet { get; set; }

    public Dateline? Dateline { get; set; }
}
