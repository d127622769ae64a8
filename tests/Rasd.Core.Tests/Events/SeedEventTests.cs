using System.Globalization;
using Rasd.Core.Events;

namespace Rasd.Core.Tests.Events;

/// <summary>
/// Quality floors on the seed articles' gold events (../shared/gold/seeds.json, copied to
/// tests/Rasd.Cli.Tests/Specs). Floors only rise: raise them when extraction gets better.
/// </summary>
public class SeedEventTests
{
    private const double RecallFloor = 0.90;
    private const double PrecisionFloor = 0.80;

    [Fact]
    public void Seed_events_meet_their_recall_precision_date_and_place_floors()
    {
        var score = SeedEvents.Score();
        var report = string.Join('\n', score.Lines.Prepend(string.Create(CultureInfo.InvariantCulture,
            $"recall {score.Recall:0.000} ({score.RequiredFound}/{score.Required}) precision {score.Precision:0.000} ({score.ScoredCorrect}/{score.Scored}) dates {score.DatesRight}/{score.DatesGraded} places {score.PlacesRight}/{score.PlacesGraded} duplicates {score.Duplicates}")));
        if (Environment.GetEnvironmentVariable("RASD_EVENT_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report + "\n" + Dump());
        }

        Assert.True(score.Recall >= RecallFloor, report);
        Assert.True(score.Precision >= PrecisionFloor, report);
        Assert.True(score.DatesRight == score.DatesGraded, report);
        Assert.True(score.PlacesRight == score.PlacesGraded, report);
        Assert.True(score.Duplicates == 0, report);
    }

    private static string Dump()
    {
        var lines = new List<string>();
        foreach (var prefix in SeedEvents.Prefixes)
        {
            var (_, events) = SeedEvents.Run(prefix);
            foreach (var e in events)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{e.EventId} {e.Cameo} {e.Goldstein} [{string.Join(", ", e.Participants.Select(p => $"{p.NameEn ?? p.NameAr}/{p.ActorCode}"))}] {e.Date} {e.DateRange} @{e.Location?.NameEn} {e.Status.ToName()} by[{string.Join(",", e.AttributedTo.Select(a => a.NameEn ?? a.NameAr))}] x{e.Mentions.Count}: {e.Evidence.Text[..Math.Min(80, e.Evidence.Text.Length)]}"));
            }
        }
        return string.Join('\n', lines);
    }
}
