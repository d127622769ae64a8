using System.Globalization;
using Rasd.Core;
using Rasd.Core.Events;
using Rasd.Core.Knowledge;
using Rasd.Core.Linking;
using Rasd.Server.Hosting;
using Rasd.Storage;

namespace Rasd.Server.Api;

/// <summary>
/// <c>/api/timeline</c>, <c>/api/clusters/{id}</c> and <c>/api/relations</c>: event clusters (one real
/// event as several outlets reported it) over time, one compared across its outlets, and the
/// cooperation and conflict between two sides — what <c>rasd timeline</c> and <c>rasd compare</c> show.
/// </summary>
internal static class ClusterEndpoints
{
    private const int TimelinePageSize = 100;
    private static readonly Lazy<CameoCodebook> Codebook = new(() => CameoCodebook.Load(RasdData.File("events/cameo-codes.tsv")));

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/timeline", TimelineAsync).WithName("Timeline")
            .WithSummary("Event clusters, oldest first, one row per real event: filters actor (Arabic or English name, entity id or country code; " +
                         "a country stands for its officials), pair=A,B (events between the two), from/to (YYYY-MM-DD), family (CAMEO code prefix, e.g. 04); " +
                         "page, page_size 1–200 (default 100)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/clusters/{id}", ClusterAsync).WithName("GetCluster")
            .WithSummary("One cluster compared across its documents: events, each document's outlet, dates as written, places, who it names and " +
                         "leaves out, framing markers, tone and evidence sentences; conflicts between the reports")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/relations", RelationsAsync).WithName("Relations")
            .WithSummary("Cooperation and conflict between a and b (default SYR and RUS) per month or week (by): Goldstein-weighted event counts " +
                         "with the number of sources, and the clusters underneath")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> TimelineAsync(string? actor, string? pair, string? from, string? to, string? family, int? page,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page_size")] int? pageSize, StorePool stores, ClusterCache clusters, KnowledgeBase kb, CancellationToken cancellationToken)
    {
        if (!Paging.TryRead(page, pageSize ?? TimelinePageSize, out var offset, out var size, out var problem))
        {
            return problem!;
        }
        var filters = new List<ActorFilter>();
        if (Blank(actor) is { } name)
        {
            filters.Add(ActorFilter.For(name, kb));
        }
        if (Blank(pair) is { } both)
        {
            var names = both.Split([',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length != 2)
            {
                return Problems.BadRequest("pair takes two names separated by a comma: pair=سوريا,Russia.");
            }
            if (filters.Count > 0)
            {
                return Problems.BadRequest("give actor or pair, not both.");
            }
            filters.AddRange(names.Select(n => ActorFilter.For(n, kb)));
        }
        if (!IsoDay.TryParseOptional(from, out var first) || !IsoDay.TryParseOptional(to, out var last))
        {
            return Problems.BadRequest("from and to must be dates, YYYY-MM-DD.");
        }
        var code = Blank(family);
        if (code is not null && (code.Length > 4 || !code.All(char.IsAsciiDigit)))
        {
            return Problems.BadRequest("family is a CAMEO code or its prefix: digits, e.g. 04 (consult) or 19 (fight).");
        }
        await using var lease = await stores.RentAsync(cancellationToken);
        var matching = Chronological((await clusters.AllAsync(lease.Store, cancellationToken))
            .Where(c => c.Events.Any(e => ActorFilter.MatchesAll(e, filters) && (code is null || e.Cameo.StartsWith(code, StringComparison.Ordinal))))
            .Where(c => (first is null || (c.To ?? c.Date) is not { } end || end >= first) && (last is null || (c.From ?? c.Date) is not { } start || start <= last)))
            .ToList();
        // Only the page is shaped into rows: the whole timeline of 26,000 documents is 30,000 clusters.
        var rows = matching.Skip(offset).Take(size).Select(c => TimelineRowView.Of(c, Codebook.Value)).ToList();
        return TypedResults.Ok(new TimelineResponse(rows, matching.Count, page ?? 1, size));
    }

    private static async Task<IResult> ClusterAsync(string id, StorePool stores, ClusterCache clusters, CancellationToken cancellationToken)
    {
        await using var lease = await stores.RentAsync(cancellationToken);
        if (await clusters.FindAsync(lease.Store, id, cancellationToken) is not { } cluster)
        {
            return Problems.NotFound($"No cluster '{id}'.");
        }
        var reports = new List<ClusterDocumentView>();
        var named = cluster.Events.SelectMany(ActorFilter.Parties).Select(p => p.NameAr).Distinct(StringComparer.Ordinal).ToList();
        var places = cluster.Events.Select(e => e.Location?.NameAr).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var docId in cluster.DocIds)
        {
            var document = await lease.Store.ReadDocumentAsync(docId, cancellationToken);
            var framing = await lease.Store.ReadFramingAsync(docId, cancellationToken);
            var events = cluster.Events.Where(e => e.DocId == docId).ToList();
            var parties = events.SelectMany(ActorFilter.Parties).DistinctBy(p => p.EntityId).ToList();
            var ownPlaces = events.Select(e => e.Location?.NameAr).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var dateConflict = cluster.Conflicts.FirstOrDefault(c => c.Kind == "date" && c.Values.ContainsKey(docId));
            var dates = dateConflict is not null ? [dateConflict.Values[docId]]
                : events.Select(e => e.Date ?? (e.DateRange is { } r ? $"{DocumentView.Iso(r.From)} – {DocumentView.Iso(r.To)}" : null)).OfType<string>()
                    .Distinct(StringComparer.Ordinal).ToList();
            reports.Add(new ClusterDocumentView(
                docId, document?.Title, document?.Outlet is { } o ? new OutletNames(o.NameEn, o.NameAr) : null, DocumentView.Iso(document?.Published.Date),
                dates, ownPlaces, parties.Select(p => new ActorView(p.EntityId, p.NameEn, p.NameAr, p.ActorCode, p.Country)).ToList(),
                named.Except(parties.Select(p => p.NameAr)).Concat(places.Except(ownPlaces)).ToList(),
                framing?.Markers.DistinctBy(m => (m.Text, m.Stance)).Select(m => new MarkerView(m.Text, m.Stance, m.Category, m.Span.Start, m.Span.End)).ToList() ?? [],
                framing is null ? null : Math.Round(framing.Tone.Score, 3),
                events.SelectMany(e => e.Mentions.Count > 0 ? e.Mentions : [e.Evidence]).DistinctBy(m => m.Start)
                    .Select(m => new EvidenceView(m.Text, m.Start, m.End)).ToList()));
        }
        return TypedResults.Ok(new ClusterView(TimelineRowView.Of(cluster, Codebook.Value), cluster.Events.Select(EventView.From).ToList(),
            cluster.Conflicts.Select(ConflictView.From).ToList(), reports));
    }

    private static async Task<IResult> RelationsAsync(string? a, string? b, string? by, StorePool stores, ClusterCache clusters, KnowledgeBase kb,
        CancellationToken cancellationToken)
    {
        var sideA = Blank(a) ?? "SYR";
        var sideB = Blank(b) ?? "RUS";
        var period = Blank(by) ?? "month";
        if (period is not ("month" or "week"))
        {
            return Problems.BadRequest("by is month or week.");
        }
        List<ActorFilter> filters = [ActorFilter.For(sideA, kb), ActorFilter.For(sideB, kb)];
        await using var lease = await stores.RentAsync(cancellationToken);
        var between = new List<(StoredCluster Cluster, double Goldstein, DateOnly? Day)>();
        foreach (var cluster in await clusters.AllAsync(lease.Store, cancellationToken))
        {
            var events = cluster.Events.Where(e => ActorFilter.MatchesAll(e, filters)).ToList();
            if (events.Count > 0)
            {
                between.Add((cluster, events.Average(e => e.Goldstein), cluster.Date ?? cluster.From));
            }
        }
        var dated = between.Where(x => x.Day is not null).ToList();
        var periods = new List<RelationPeriod>();
        if (dated.Count > 0)
        {
            var byPeriod = dated.ToLookup(x => Start(x.Day!.Value, period));
            for (var start = dated.Min(x => Start(x.Day!.Value, period)); start <= dated.Max(x => Start(x.Day!.Value, period)); start = Next(start, period))
            {
                var members = byPeriod[start].ToList();
                periods.Add(new RelationPeriod(Label(start, period), DocumentView.Iso(start)!,
                    Math.Round(members.Where(m => m.Goldstein > 0).Sum(m => m.Goldstein), 2), Math.Round(members.Where(m => m.Goldstein < 0).Sum(m => -m.Goldstein), 2),
                    members.Count(m => m.Goldstein > 0), members.Count(m => m.Goldstein < 0), members.Count(m => m.Goldstein == 0),
                    members.SelectMany(m => m.Cluster.DocIds).Distinct(StringComparer.Ordinal).Count(),
                    members.SelectMany(m => m.Cluster.Outlets).Distinct().Count(),
                    members.Select(m => m.Cluster.ClusterId).ToList()));
            }
        }
        var rows = Chronological(between.Select(x => x.Cluster)).Select(c => TimelineRowView.Of(c, Codebook.Value)).ToList();
        return TypedResults.Ok(new RelationsResponse(Side(sideA, kb), Side(sideB, kb), period, periods, rows, between.Count - dated.Count));
    }

    /// <summary>Oldest first by the agreed day or the first day allowed; undated last.</summary>
    private static IOrderedEnumerable<StoredCluster> Chronological(IEnumerable<StoredCluster> clusters) =>
        clusters.OrderBy(c => (c.Date ?? c.From) is null).ThenBy(c => c.Date ?? c.From).ThenBy(c => c.ClusterId, StringComparer.Ordinal);

    private static RelationSide Side(string name, KnowledgeBase kb) =>
        kb.Countries.Values.FirstOrDefault(c => string.Equals(c.Iso3, name, StringComparison.OrdinalIgnoreCase)) is { } country
            ? new RelationSide(name, country.NamesAr.Count > 0 ? country.NamesAr[0] : name, country.NameEn, country.Iso3)
            : new RelationSide(name, name, null, null);

    private static DateOnly Start(DateOnly day, string period) =>
        period == "month" ? new DateOnly(day.Year, day.Month, 1) : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Next(DateOnly start, string period) => period == "month" ? start.AddMonths(1) : start.AddDays(7);

    private static string Label(DateOnly start, string period) => period == "month"
        ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

}

/// <summary>One page of the timeline; <c>total</c> counts every matching cluster.</summary>
public sealed record TimelineResponse(IReadOnlyList<TimelineRowView> Clusters, int Total, int Page, int PageSize);

/// <summary>
/// A cluster as a timeline row: its day (when the reports agree on one) or range of days, whether
/// the reports conflict, the CAMEO code of its first event and the code's name, the parties, the
/// place, and how many documents and outlets reported it.
/// </summary>
public sealed record TimelineRowView(
    string ClusterId, string? Date, string? From, string? To, bool Conflict, IReadOnlyList<string> ConflictKinds, string Cameo, string? CameoName,
    double Goldstein, IReadOnlyList<ActorView> Participants, string? PlaceAr, string? PlaceEn, int Documents, int Outlets, IReadOnlyList<OutletNames> OutletNames)
{
    internal static TimelineRowView Of(StoredCluster cluster, CameoCodebook codebook)
    {
        var first = cluster.Events[0];
        var place = cluster.Events.Select(e => e.Location).FirstOrDefault(l => l is not null);
        return new TimelineRowView(cluster.ClusterId, DocumentView.Iso(cluster.Date), DocumentView.Iso(cluster.From), DocumentView.Iso(cluster.To),
            cluster.Conflicts.Count > 0, cluster.Conflicts.Select(c => c.Kind).Distinct(StringComparer.Ordinal).ToList(),
            first.Cameo, codebook.Codes.TryGetValue(first.Cameo, out var code) ? code.NameEn : null, first.Goldstein,
            cluster.Events.SelectMany(ActorFilter.Parties).DistinctBy(p => p.EntityId).Select(p => new ActorView(p.EntityId, p.NameEn, p.NameAr, p.ActorCode, p.Country)).ToList(),
            place?.NameAr, place?.NameEn, cluster.DocIds.Count, cluster.Outlets.Count,
            cluster.Outlets.Select(o => new OutletNames(o.NameEn, o.NameAr)).ToList());
    }
}

/// <summary>Where the reports of a cluster disagree: <c>kind</c> date, place or figure; each document's wording.</summary>
public sealed record ConflictView(string Kind, string? Subject, IReadOnlyList<ConflictValue> Values)
{
    internal static ConflictView From(ClusterConflict c) =>
        new(c.Kind, c.Subject, c.Values.Select(v => new ConflictValue(v.Key, v.Value)).ToList());
}

/// <summary>One document's side of a conflict.</summary>
public sealed record ConflictValue(string DocId, string Text);

/// <summary>A framing marker in a document: the words, their stance (hostile, official, ...) and category; offsets into its body.</summary>
public sealed record MarkerView(string Text, string Stance, string Category, int Start, int End);

/// <summary>
/// One document's report of a cluster: dates as it writes them, places, whom it names, what it
/// leaves out that the others report, framing markers, tone (−1 to +1) and evidence sentences.
/// </summary>
public sealed record ClusterDocumentView(
    string DocId, string? Title, OutletNames? Outlet, string? Published, IReadOnlyList<string> Dates, IReadOnlyList<string> Places, IReadOnlyList<ActorView> Named,
    IReadOnlyList<string> LeavesOut, IReadOnlyList<MarkerView> Markers, double? Tone, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A cluster compared across its documents.</summary>
public sealed record ClusterView(TimelineRowView Summary, IReadOnlyList<EventView> Events, IReadOnlyList<ConflictView> Conflicts, IReadOnlyList<ClusterDocumentView> Documents);

/// <summary>A side of a relation: as asked, and the country it names when it names one.</summary>
public sealed record RelationSide(string Query, string NameAr, string? NameEn, string? Country);

/// <summary>
/// One month or week between two sides: the Goldstein-weighted sums of its cooperative and
/// conflictual clusters (each cluster once, weighted by the mean Goldstein score of its events
/// between the two), their counts, and the number of documents and outlets reporting them.
/// </summary>
public sealed record RelationPeriod(
    string Period, string Start, double Cooperation, double Conflict, int CooperationEvents, int ConflictEvents, int NeutralEvents, int Sources, int Outlets,
    IReadOnlyList<string> ClusterIds);

/// <summary>Cooperation and conflict between two sides over time, with the clusters underneath; undated clusters are counted apart.</summary>
public sealed record RelationsResponse(RelationSide A, RelationSide B, string By, IReadOnlyList<RelationPeriod> Periods, IReadOnlyList<TimelineRowView> Clusters, int Undated);
