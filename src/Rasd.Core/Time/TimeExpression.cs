namespace Rasd.Core.Time;

/// <summary>TIMEX3 expression types.</summary>
public enum TimexType
{
    /// <summary>A calendar date, month, year, week or a range of them.</summary>
    Date,
    /// <summary>A time of day, alone or on a date.</summary>
    Time,
    /// <summary>A length of time (ثلاثة أيام).</summary>
    Duration,
    /// <summary>A recurrence (كل يوم، أسبوعيا).</summary>
    Set,
}

/// <summary>How a named day, month or period relates to the reference date.</summary>
public enum Relation
{
    /// <summary>The one containing the reference date: الجاري، الحالي، هذا، اليوم الخميس.</summary>
    Current,
    /// <summary>The most recent one before it: الماضي، الفائت، المنصرم، السابق.</summary>
    Past,
    /// <summary>The next one after it: المقبل، القادم.</summary>
    Next,
}

/// <summary>
/// What an expression says before any reference date is known, so publication-date inference can
/// reason over it and normalisation can resolve it against any reference. Every field is optional.
/// </summary>
public sealed record TimeParts
{
    /// <summary>An explicit Gregorian year (a Hijri year already converted).</summary>
    public int? Year { get; init; }

    /// <summary>Month, 1–12.</summary>
    public int? Month { get; init; }

    /// <summary>Day of month.</summary>
    public int? Day { get; init; }

    /// <summary>A named weekday (الخميس).</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>How the named weekday relates to the reference day: اليوم الخميس (current), الجمعة الماضي (past), الثلاثاء المقبل (next).</summary>
    public Relation? WeekdayRelation { get; init; }

    /// <summary>Days from the reference day: اليوم 0, أمس −1, أول من أمس −2, غدا +1, بعد غد +2.</summary>
    public int? DayOffset { get; init; }

    /// <summary>How the named month relates to the reference month: ديسمبر الجاري, حزيران الفائت, أكتوبر المقبل.</summary>
    public Relation? MonthRelation { get; init; }

    /// <summary>A relative period: unit (<c>week</c>, <c>month</c>, <c>year</c>, <c>day</c>) and offset (الأسبوع الماضي → week −1).</summary>
    public (string Unit, int Offset)? Period { get; init; }

    /// <summary>Time of day, when given (13:48).</summary>
    public TimeOnly? TimeOfDay { get; init; }

    /// <summary>Part of day in TIMEX3 terms: MO, AF, EV, NI (صباح، ظهر، مساء، ليلة).</summary>
    public string? PartOfDay { get; init; }

    /// <summary>A TIMEX3 value the expression has without any reference (durations P3D, sets, fuzzy PAST_REF).</summary>
    public string? FixedValue { get; init; }

    /// <summary>A season in TIMEX3 terms: SP, SU, FA, WI (الصيف), of <see cref="Year"/> or of the reference year.</summary>
    public string? Season { get; init; }

    /// <summary>A decade digit without its century (الخمسينيات 5); the century is the latest that does not put it after the reference.</summary>
    public int? Decade { get; init; }

    /// <summary>A TIMEX3 mod: START, MID, END (أوائل، منتصف، أواخر), MORE_THAN, LESS_THAN, APPROX.</summary>
    public string? Mod { get; init; }
}

/// <summary>A temporal expression found in a document body.</summary>
/// <param name="Span">Offsets into the body.</param>
/// <param name="Text">As written.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Parts">What it says, before resolution.</param>
public sealed record TimeExpression(TextSpan Span, string Text, TimexType Type, TimeParts Parts);

/// <summary>
/// An expression resolved against a reference date: a TIMEX3 value (<c>2020-12-17</c>, <c>2020-12</c>,
/// <c>2020-W51</c>, <c>P3D</c>, <c>XXXX-WXX-4</c>), the days it may cover, and a note when something
/// had to give (a weekday that contradicts the reference date).
/// </summary>
/// <param name="Value">TIMEX3 value.</param>
/// <param name="From">First day covered, for dates.</param>
/// <param name="To">Last day covered, for dates.</param>
/// <param name="Granularity"><c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, <c>time</c>, <c>duration</c>, <c>set</c> or <c>fuzzy</c>.</param>
/// <param name="Note">Why the value is not the plain reading, if it is not.</param>
public sealed record TimexValue(string Value, DateOnly? From, DateOnly? To, string Granularity, string? Note = null)
{
    /// <summary>TIMEX3 mod carried over from the expression (START for أوائل), if any.</summary>
    public string? Mod { get; init; }
}
