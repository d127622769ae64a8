using Rasd.Core.Events;
using Rasd.Core.Ingest;
using Rasd.Core.Pipeline;

namespace Rasd.Core.Evaluation.Up;

/// <summary>What the pipeline made of one sentence.</summary>
/// <param name="Sentence">The labelled sentence.</param>
/// <param name="Codes">The CAMEO codes of every event found, in order.</param>
/// <param name="FamilyFound">True when an event of the sentence's family was found.</param>
/// <param name="OurCountries">The countries of the sources (and listed participants other than the target) of the family's events.</param>
/// <param name="CountryRight">Null when not graded (no coded source country, or the family not found); else whether one of <paramref name="OurCountries"/> is the gold one.</param>
public sealed record UpLine(UpSentence Sentence, IReadOnlyList<string> Codes, bool FamilyFound, IReadOnlyList<string> OurCountries, bool? CountryRight);

/// <summary>Totals over a set of lines.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Found">Sentences with an event of the right family.</param>
/// <param name="WithCountry">Sentences with a coded source country.</param>
/// <param name="CountryGraded">Of those, the ones whose family was found (the country's denominator).</param>
/// <param name="CountryRight">Of those, the ones with the gold country among a source's or participant's.</param>
public sealed record UpScore(int Sentences, int Found, int WithCountry, int CountryGraded, int CountryRight)
{
    /// <summary>Share of sentences with an event of the right family.</summary>
    public double FamilyRecall => Sentences == 0 ? 0 : (double)Found / Sentences;

    /// <summary>Share of graded sentences with the source country right.</summary>
    public double CountryAccuracy => CountryGraded == 0 ? 0 : (double)CountryRight / CountryGraded;

    /// <summary>Totals of <paramref name="lines"/>.</summary>
    public static UpScore Of(IEnumerable<UpLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int n = 0, found = 0, withCountry = 0, graded = 0, right = 0;
        foreach (var line in lines)
        {
            n++;
            found += line.FamilyFound ? 1 : 0;
            withCountry += line.Sentence.SourceCountry is null ? 0 : 1;
            graded += line.CountryRight is null ? 0 : 1;
            right += line.CountryRight == true ? 1 : 0;
        }
        return new UpScore(n, found, withCountry, graded, right);
    }
}

/// <summary>
/// Scores the per-document pipeline on the UP Arabic sentences: each sentence is analysed as an
/// article of its own (empty title, published on its date); the family is found when any event
/// has a CAMEO root of the family (PROTEST 14; ASSAULT 18, 19, 20), and the source country is
/// right when an event of that family has a source, or a participant other than its target (the
/// members of a list), of the gold country.
/// </summary>
public static class UpScorer
{
    /// <summary>One line per sentence, in the order given.</summary>
    public static IReadOnlyList<UpLine> Evaluate(IReadOnlyList<UpSentence> sentences, DocumentAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(analyzer);
        var lines = new List<UpLine>(sentences.Count);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = new RawArticle(sentence.Id, sentence.Id, sentence.Text, RawFormat.Text, Title: "", Published: new GivenDate(sentence.Published, IsCrawlDate: false));
            lines.Add(Score(sentence, analyzer.Analyze(raw).Events));
        }
        return lines;
    }

    /// <summary>Grades the events found for one sentence.</summary>
    public static UpLine Score(UpSentence sentence, IReadOnlyList<ExtractedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(events);
        var family = events.Where(e => sentence.InFamily(e.Root)).ToList();
        // The target is always the second participant: it never counts as the source.
        var countries = family.SelectMany(e => e.Participants.Where(p => !ReferenceEquals(p, e.Target)).Prepend(e.Source))
            .Select(a => a.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        bool? right = sentence.SourceCountry is { } gold && family.Count > 0 ? countries.Contains(gold, StringComparer.Ordinal) : null;
        return new UpLine(sentence, events.Select(e => e.Cameo).ToList(), family.Count > 0, countries, right);
    }
}
