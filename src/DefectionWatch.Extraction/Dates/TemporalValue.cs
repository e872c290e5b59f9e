namespace DefectionWatch.Extraction.Dates;

/// <summary>
/// A part of a month, year or decade ("early", "mid", "late"), with the ranges it covers
/// (Resources/en/dates-parts.tsv). <see cref="Whole"/> is the whole unit.
/// </summary>
public sealed record DatePart(string Name, int FirstDay, int LastDay, int FirstMonth, int LastMonth, int FirstYear, int LastYear)
{
    public static readonly DatePart Whole = new("whole", 1, 31, 1, 12, 0, 9);
    public bool IsWhole => Name == "whole";
}

/// <summary>How the year of a year-less expression is chosen (HeidelTime's "UNDEF-year").</summary>
public enum YearAnchor
{
    /// <summary><c>Value</c> is the year.</summary>
    Absolute,
    /// <summary><c>Value</c> years from the publication year ("last year" = -1).</summary>
    Offset,
    /// <summary>The latest year in which it starts on or before publication ("in March", "Jan 16").</summary>
    Recent,
    /// <summary>The earliest year in which it ends on or after publication (future cue: "will meet on Oct. 15").</summary>
    Upcoming,
    /// <summary>The latest year in which it ends before publication ("last September", "last summer").</summary>
    Previous,
    /// <summary>The earliest year in which it starts after publication ("next March").</summary>
    Next,
}

public readonly record struct YearRef(YearAnchor Anchor, int Value)
{
    public static YearRef Of(int year) => new(YearAnchor.Absolute, year);
    public static YearRef Relative(int offset) => new(YearAnchor.Offset, offset);
    public static readonly YearRef Recent = new(YearAnchor.Recent, 0);
    public bool IsAbsolute => Anchor == YearAnchor.Absolute;
}

public enum TimeUnit { Day, Week, Month, Year }

/// <summary>How a weekday name is placed relative to publication.</summary>
public enum WeekdayMode
{
    /// <summary>"on Sunday", "Thursday": the latest such day on or before publication.</summary>
    OnOrBefore,
    /// <summary>"last Friday": the latest such day before the publication day.</summary>
    Before,
    /// <summary>"next Monday": the first such day after publication.</summary>
    After,
    /// <summary>"this Friday": the day of the publication week (Monday-Sunday).</summary>
    SameWeek,
}

/// <summary>
/// The underspecified value of a temporal expression as detected in text, before resolution against a
/// publication date (TimeML's TIMEX value with placeholders). <see cref="DateResolver"/> turns it into a
/// <see cref="Core.Records.DateInterval"/>.
/// </summary>
public abstract record TemporalValue;

/// <summary>A calendar day ("Dec. 1, 2015", "Jan 16", "2019-01-13").</summary>
public sealed record CalendarDay(int Month, int Day, YearRef Year) : TemporalValue;

/// <summary>A span of months in one year, possibly a part of it ("June 2014", "late March", "the third quarter", "in the summer").</summary>
public sealed record MonthSpan(int FirstMonth, int LastMonth, YearRef Year, DatePart Part) : TemporalValue;

/// <summary>A calendar year or a part of it ("2014", "late 2015", "mid-2016").</summary>
public sealed record CalendarYear(int Year, DatePart Part) : TemporalValue;

/// <summary>A decade or a part of it ("the 1990s", "early 2000s").</summary>
public sealed record Decade(int FirstYear, DatePart Part) : TemporalValue;

/// <summary>"on the 9th": a day of the publication month, or of the month before when that would be later.</summary>
public sealed record DayOfMonth(int Day) : TemporalValue;

/// <summary>A weekday name (ISO number, Monday = 1).</summary>
public sealed record WeekdayRef(int IsoDay, WeekdayMode Mode) : TemporalValue;

/// <summary>A relative unit from dates-relative.tsv (kind and offset), optionally with a part ("late last year").</summary>
public sealed record RelativeRef(string Kind, int Offset, DatePart Part) : TemporalValue;

/// <summary>"two days ago", "three years ago", "a year earlier".</summary>
public sealed record Ago(int Count, TimeUnit Unit) : TemporalValue;

/// <summary>"in the past two weeks", "over the past week": <c>Count</c> units up to publication.</summary>
public sealed record PastSpan(int Count, TimeUnit Unit) : TemporalValue;

/// <summary>"since 2014": from the start of <c>From</c> to publication.</summary>
public sealed record Since(TemporalValue From) : TemporalValue;

/// <summary>"between 22 July and Wednesday", "from 2011 to 2013": start of one to end of the other.</summary>
public sealed record Between(TemporalValue From, TemporalValue To) : TemporalValue;

/// <summary>A temporal expression the conventions give no interval ("in recent weeks", "last spring").</summary>
public sealed record Unresolvable(string Why) : TemporalValue;
