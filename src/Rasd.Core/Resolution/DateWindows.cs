namespace Rasd.Core.Resolution;

/// <summary>A set of days as sorted, disjoint inclusive intervals.</summary>
internal sealed class DateWindows
{
    // No inference looks further than this from its earliest bound when nothing closes the range.
    private const int MaxOpenYears = 40;

    private readonly List<(DateOnly From, DateOnly To)> _intervals;

    private DateWindows(List<(DateOnly, DateOnly)> intervals) => _intervals = intervals;

    public bool IsEmpty => _intervals.Count == 0;

    public static DateWindows Everything() => new([(DateOnly.MinValue, DateOnly.MaxValue)]);

    public static DateWindows Of(IEnumerable<(DateOnly From, DateOnly To)> intervals)
    {
        var sorted = intervals.Where(i => i.From <= i.To).OrderBy(i => i.From).ToList();
        var merged = new List<(DateOnly, DateOnly)>();
        foreach (var (from, to) in sorted)
        {
            if (merged.Count > 0 && from <= merged[^1].Item2.AddDays(merged[^1].Item2 == DateOnly.MaxValue ? 0 : 1))
            {
                merged[^1] = (merged[^1].Item1, to > merged[^1].Item2 ? to : merged[^1].Item2);
            }
            else
            {
                merged.Add((from, to));
            }
        }
        return new DateWindows(merged);
    }

    public DateWindows Union(DateWindows other) => Of(_intervals.Concat(other._intervals));

    public bool Contains(DateOnly day) => _intervals.Any(i => i.From <= day && day <= i.To);

    public DateWindows Intersect(DateWindows other)
    {
        var result = new List<(DateOnly, DateOnly)>();
        foreach (var (aFrom, aTo) in _intervals)
        {
            foreach (var (bFrom, bTo) in other._intervals)
            {
                var from = aFrom > bFrom ? aFrom : bFrom;
                var to = aTo < bTo ? aTo : bTo;
                if (from <= to)
                {
                    result.Add((from, to));
                }
            }
        }
        return Of(result);
    }

    /// <summary>Every day in the set, oldest first; an open end stops at <paramref name="latest"/> (or a bounded span).</summary>
    public IEnumerable<DateOnly> Days(DateOnly? latest)
    {
        foreach (var (from, to) in _intervals)
        {
            if (from == DateOnly.MinValue)
            {
                continue;
            }
            var last = to;
            if (latest is { } cap && last > cap)
            {
                last = cap;
            }
            var limit = from.AddYears(MaxOpenYears);
            if (last > limit)
            {
                last = limit;
            }
            for (var day = from; day <= last; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }
}
