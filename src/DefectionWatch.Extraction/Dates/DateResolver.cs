using DefectionWatch.Core.Records;

namespace DefectionWatch.Extraction.Dates;

/// <summary>
/// Resolution half of the date stage: turns an underspecified <see cref="TemporalValue"/> into an inclusive
/// day interval following the DATE conventions of extraction-format.md and the devset README. Pure: the
/// publication date is an explicit argument (no clock); when it is null only absolute values resolve.
/// </summary>
public static class DateResolver
{
    public static DateInterval? Resolve(TemporalValue value, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            CalendarDay d => ResolveDay(d, published),
            MonthSpan m => ResolveMonths(m, published),
            CalendarYear y => PartOfYear(y.Year, y.Part),
            Decade d => Valid(d.FirstYear + d.Part.FirstYear, 1) && Valid(d.FirstYear + d.Part.LastYear, 1)
                ? new DateInterval(new DateOnly(d.FirstYear + d.Part.FirstYear, 1, 1), new DateOnly(d.FirstYear + d.Part.LastYear, 12, 31), DatePrecision.Period)
                : null,
            DayOfMonth d => published is { } p ? ResolveDayOfMonth(d.Day, p) : null,
            WeekdayRef w => published is { } p ? DateInterval.Day(ResolveWeekday(w, p)) : null,
            RelativeRef r => published is { } p ? ResolveRelative(r, p) : null,
            Ago a => published is { } p && InRange(p, a.Count, a.Unit) ? ResolveAgo(a, p) : null,
            PastSpan s => published is { } p && InRange(p, s.Count, s.Unit) ? new DateInterval(Back(p, s.Count, s.Unit), p, DatePrecision.Period) : null,
            Since s => published is { } p && Resolve(s.From, p) is { } f && f.Start <= p
                ? new DateInterval(f.Start, p, DatePrecision.Period)
                : null,
            Between b => ResolveBetween(b, published),
            _ => null,
        };
    }

    private static bool Valid(int year, int month) => year is >= 1 and <= 9998 && month is >= 1 and <= 12;

    /// <summary>ISO weekday of a date, Monday = 1 ... Sunday = 7.</summary>
    public static int IsoDay(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    private static DateOnly Monday(DateOnly d) => d.AddDays(1 - IsoDay(d));

    /// <summary>Whether going <paramref name="n"/> units back from <paramref name="p"/> stays in the calendar.</summary>
    private static bool InRange(DateOnly p, int n, TimeUnit unit) => n >= 0 && unit switch
    {
        TimeUnit.Day => n < p.DayNumber,
        TimeUnit.Week => 7L * n < p.DayNumber,
        TimeUnit.Month => n < 12 * (p.Year - 1),
        _ => n < p.Year - 1,
    };

    private static DateOnly Back(DateOnly p, int n, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => p.AddDays(-n),
        TimeUnit.Week => p.AddDays(-7 * n),
        TimeUnit.Month => p.AddMonths(-n),
        _ => p.AddYears(-n),
    };

    /// <summary>The year a year-less expression falls in, given its start and end in a candidate year.</summary>
    private static int? ChooseYear(YearRef year, DateOnly? published, Func<int, (DateOnly Start, DateOnly End)?> span)
    {
        if (year.Anchor == YearAnchor.Absolute) return year.Value;
        if (published is not { } p) return null;
        switch (year.Anchor)
        {
            case YearAnchor.Offset:
                return p.Year + year.Value;
            case YearAnchor.Recent:
                for (var y = p.Year + 1; y >= p.Year - 4; y--)
                    if (span(y) is { } s && s.Start <= p) return y;
                return null;
            case YearAnchor.Previous:
                for (var y = p.Year; y >= p.Year - 4; y--)
                    if (span(y) is { } s && s.End < p) return y;
                return null;
            case YearAnchor.Upcoming:
                for (var y = p.Year - 1; y <= p.Year + 4; y++)
                    if (span(y) is { } s && s.End >= p) return y;
                return null;
            case YearAnchor.Next:
                for (var y = p.Year; y <= p.Year + 4; y++)
                    if (span(y) is { } s && s.Start > p) return y;
                return null;
            default:
                return null;
        }
    }

    private static DateInterval? ResolveDay(CalendarDay d, DateOnly? published)
    {
        (DateOnly, DateOnly)? Span(int y) =>
            Valid(y, d.Month) && d.Day >= 1 && d.Day <= DateTime.DaysInMonth(y, d.Month)
                ? (new DateOnly(y, d.Month, d.Day), new DateOnly(y, d.Month, d.Day))
                : null;
        return ChooseYear(d.Year, published, Span) is { } year && Span(year) is { } s ? DateInterval.Day(s.Item1) : null;
    }

    private static DateInterval? ResolveMonths(MonthSpan m, DateOnly? published)
    {
        if (m.FirstMonth is < 1 or > 12 || m.LastMonth < m.FirstMonth || m.LastMonth > 12) return null;
        // the year is chosen on the whole months (a month "fits" once it has begun), the part applied after
        (DateOnly, DateOnly)? Span(int y) =>
            Valid(y, m.FirstMonth)
                ? (new DateOnly(y, m.FirstMonth, 1), new DateOnly(y, m.LastMonth, DateTime.DaysInMonth(y, m.LastMonth)))
                : null;
        if (ChooseYear(m.Year, published, Span) is not { } year || Span(year) is not { } s) return null;
        if (m.FirstMonth == m.LastMonth)
            return m.Part.IsWhole ? DateInterval.Month(year, m.FirstMonth) : PartOfMonth(year, m.FirstMonth, m.Part);
        return new DateInterval(s.Item1, s.Item2, DatePrecision.Period);
    }

    private static DateInterval PartOfMonth(int year, int month, DatePart part)
    {
        var days = DateTime.DaysInMonth(year, month);
        return new DateInterval(
            new DateOnly(year, month, Math.Clamp(part.FirstDay, 1, days)),
            new DateOnly(year, month, Math.Clamp(part.LastDay, 1, days)),
            DatePrecision.Period);
    }

    private static DateInterval? PartOfYear(int year, DatePart part)
    {
        if (!Valid(year, 1)) return null;
        return part.IsWhole
            ? DateInterval.Year(year)
            : new DateInterval(new DateOnly(year, part.FirstMonth, 1),
                new DateOnly(year, part.LastMonth, DateTime.DaysInMonth(year, part.LastMonth)), DatePrecision.Period);
    }

    private static DateInterval ResolveDayOfMonth(int day, DateOnly p)
    {
        var first = new DateOnly(p.Year, p.Month, 1);
        for (var back = 0; back < 3; back++)
        {
            var m = first.AddMonths(-back);
            if (day <= DateTime.DaysInMonth(m.Year, m.Month))
            {
                var d = new DateOnly(m.Year, m.Month, day);
                if (d <= p) return DateInterval.Day(d);
            }
        }
        return DateInterval.Day(p);
    }

    public static DateOnly ResolveWeekday(WeekdayRef w, DateOnly p)
    {
        var today = IsoDay(p);
        switch (w.Mode)
        {
            case WeekdayMode.Before:
                var back = (today - w.IsoDay + 7) % 7;
                return p.AddDays(-(back == 0 ? 7 : back));
            case WeekdayMode.After:
                var ahead = (w.IsoDay - today + 7) % 7;
                return p.AddDays(ahead == 0 ? 7 : ahead);
            case WeekdayMode.SameWeek:
                return Monday(p).AddDays(w.IsoDay - 1);
            default:
                return p.AddDays(-((today - w.IsoDay + 7) % 7));
        }
    }

    private static DateInterval? ResolveRelative(RelativeRef r, DateOnly p)
    {
        switch (r.Kind)
        {
            case "day":
                return DateInterval.Day(p.AddDays(r.Offset));
            case "week":
                var monday = Monday(p).AddDays(7 * r.Offset);
                return new DateInterval(monday, monday.AddDays(6), DatePrecision.Week);
            case "weektodate":
                return new DateInterval(Monday(p), p, DatePrecision.Week);
            case "month":
            case "monthtodate":
                var m = new DateOnly(p.Year, p.Month, 1).AddMonths(r.Offset);
                if (!r.Part.IsWhole) return PartOfMonth(m.Year, m.Month, r.Part);
                return r.Kind == "month" ? DateInterval.Month(m.Year, m.Month) : new DateInterval(m, p, DatePrecision.Month);
            case "year":
            case "yeartodate":
                var y = p.Year + r.Offset;
                if (!r.Part.IsWhole) return PartOfYear(y, r.Part);
                return r.Kind == "year" ? DateInterval.Year(y) : new DateInterval(new DateOnly(y, 1, 1), p, DatePrecision.Year);
            case "weekend":
                var saturday = p.AddDays(-((IsoDay(p) - 6 + 7) % 7));
                var sunday = saturday.AddDays(1);
                return new DateInterval(saturday, sunday <= p ? sunday : p, DatePrecision.Period);
            case "quarter":
                var q = new DateOnly(p.Year, (p.Month - 1) / 3 * 3 + 1, 1).AddMonths(3 * r.Offset);
                return new DateInterval(q, q.AddMonths(3).AddDays(-1), DatePrecision.Period);
            case "pastdays":
                return new DateInterval(p.AddDays(-r.Offset), p, DatePrecision.Period);
            default:
                return null;
        }
    }

    private static DateInterval ResolveAgo(Ago a, DateOnly p)
    {
        var d = Back(p, a.Count, a.Unit);
        return a.Unit switch
        {
            TimeUnit.Day => DateInterval.Day(d),
            TimeUnit.Week => new DateInterval(Monday(d), Monday(d).AddDays(6), DatePrecision.Week),
            TimeUnit.Month => DateInterval.Month(d.Year, d.Month),
            _ => DateInterval.Year(d.Year),
        };
    }

    private static DateInterval? ResolveBetween(Between b, DateOnly? published)
    {
        if (Resolve(b.From, published) is not { } from || Resolve(b.To, published) is not { } to) return null;
        if (from.Start > to.End)
        {
            // "from December to February": a year-less start belongs to the year before
            var shifted = b.From switch
            {
                CalendarDay d when !d.Year.IsAbsolute => Resolve(d with { Year = YearRef.Of(from.Start.Year - 1) }, published),
                MonthSpan m when !m.Year.IsAbsolute => Resolve(m with { Year = YearRef.Of(from.Start.Year - 1) }, published),
                _ => null,
            };
            if (shifted is null || shifted.Start > to.End) return null;
            from = shifted;
        }
        return new DateInterval(from.Start, to.End, DatePrecision.Period);
    }
}
