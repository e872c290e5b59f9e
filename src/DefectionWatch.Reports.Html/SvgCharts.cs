using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using static DefectionWatch.Reports.Html.Html;

namespace DefectionWatch.Reports.Html;

/// <summary>The report's charts as inline SVG (no script, no external resource). Sizes are in SVG units; CSS scales them.</summary>
internal static class SvgCharts
{
    public const int Width = 880;
    private const int Left = 64, Right = 16, Top = 16;

    /// <summary>One colour per event type (colour-blind-safe palette, Okabe–Ito).</summary>
    public static readonly ImmutableDictionary<EventType, string> TypeColors = new Dictionary<EventType, string>
    {
        [EventType.Defection] = "#0072B2",
        [EventType.Desertion] = "#56B4E9",
        [EventType.Surrender] = "#009E73",
        [EventType.CivilianFlight] = "#E69F00",
        [EventType.ShamDefection] = "#CC79A7",
        [EventType.Reprisal] = "#D55E00",
    }.ToImmutableDictionary();

    public static readonly ImmutableArray<string> Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999"];

    private static string S(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static StringBuilder Open(string id, string label, int height)
    {
        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" data-chart=\"{id}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-t\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Escape(label)}</title>");
        return sb;
    }

    /// <summary>Round tick values covering 0..max (about <paramref name="n"/> of them).</summary>
    internal static double[] Ticks(double max, int n = 5)
    {
        if (max <= 0) return [0, 1];
        var raw = max / n;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * mag).First(s => s >= raw);
        if (step < 1) step = 1;
        var top = Math.Ceiling(max / step) * step;
        return [.. Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => i * step)];
    }

    private static void YAxis(StringBuilder sb, double[] ticks, Func<double, double> y, string? title)
    {
        foreach (var t in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{S(y(t))}\" y2=\"{S(y(t))}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{S(y(t) + 4)}\" text-anchor=\"end\">{N(t)}</text>");
        }
        if (title is not null)
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" transform=\"translate(14 {S(y(ticks[^1]) + (y(0) - y(ticks[^1])) / 2)}) rotate(-90)\" text-anchor=\"middle\">{Escape(title)}</text>");
    }

    private static void MonthAxis(StringBuilder sb, ImmutableArray<DateOnly> months, Func<int, double> x, double y0)
    {
        var every = Math.Max(1, (int)Math.Ceiling(months.Length / 12.0));
        if (every > 1 && every < 12) every = every <= 3 ? 3 : every <= 6 ? 6 : 12;
        for (var i = 0; i < months.Length; i++)
        {
            var m = months[i];
            if (every >= 12 ? m.Month != 1 && i != 0 : i % every != 0) continue;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{S(x(i))}\" y=\"{S(y0 + 16)}\" text-anchor=\"middle\">{(every >= 12 ? m.Year.ToString(CultureInfo.InvariantCulture) : Month(m))}</text>");
        }
    }

    private static void Legend(StringBuilder sb, IEnumerable<(string Label, string Color, bool Dashed)> items, double y)
    {
        var x = (double)Left;
        foreach (var (label, color, dashed) in items)
        {
            sb.Append(dashed
                ? $"<line x1=\"{S(x)}\" x2=\"{S(x + 14)}\" y1=\"{S(y - 4)}\" y2=\"{S(y - 4)}\" stroke=\"{color}\" stroke-width=\"3\"/>"
                : $"<rect x=\"{S(x)}\" y=\"{S(y - 10)}\" width=\"12\" height=\"12\" fill=\"{color}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{S(x + 18)}\" y=\"{S(y)}\">{Escape(label)}</text>");
            x += 28 + label.Length * 7.2;
        }
    }

    /// <summary>Events per month, stacked by type.</summary>
    public static string TimelineEvents(Timeline t)
    {
        const int height = 300, bottom = 58;
        var sb = Open("timeline-events", "Events per month by type", height);
        var n = t.Months.Length;
        var totals = Enumerable.Range(0, n).Select(i => t.EventsByType.Values.Sum(v => v[i])).ToArray();
        var ticks = Ticks(totals.DefaultIfEmpty(0).Max());
        double plotH = height - Top - bottom, plotW = Width - Left - Right;
        double Y(double v) => Top + plotH - v / ticks[^1] * plotH;
        var band = plotW / Math.Max(n, 1);
        double X(int i) => Left + band * (i + 0.5);
        YAxis(sb, ticks, Y, "events");
        var barW = Math.Max(1, band * 0.8);
        for (var i = 0; i < n; i++)
        {
            var acc = 0;
            foreach (var type in Enum.GetValues<EventType>())
            {
                if (!t.EventsByType.TryGetValue(type, out var series) || series[i] == 0) continue;
                var v = series[i];
                sb.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{S(X(i) - barW / 2)}\" y=\"{S(Y(acc + v))}\" width=\"{S(barW)}\" height=\"{S(Y(acc) - Y(acc + v))}\" fill=\"{TypeColors[type]}\"><title>{Month(t.Months[i])}: {N(v)} {EventExport.Name(type)}</title></rect>");
                acc += v;
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axisline\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{S(Y(0))}\" y2=\"{S(Y(0))}\"/>");
        MonthAxis(sb, t.Months, X, Y(0));
        Legend(sb, Enum.GetValues<EventType>().Where(t.EventsByType.ContainsKey).Select(ty => (EventExport.Name(ty), TypeColors[ty], false)), height - 8);
        return sb.Append("</svg>").ToString();
    }

    /// <summary>People per month: members who left and civilians who fled, best figure with the low–high band.</summary>
    public static string TimelinePeople(Timeline t)
    {
        const int height = 300, bottom = 58;
        var sb = Open("timeline-people", "People per month: members who left and civilians who fled (best estimate, low–high band)", height);
        var n = t.Months.Length;
        var max = t.Members.Concat(t.Civilians).Select(p => (double)p.High).DefaultIfEmpty(0).Max();
        var ticks = Ticks(max);
        double plotH = height - Top - bottom, plotW = Width - Left - Right;
        double Y(double v) => Top + plotH - v / ticks[^1] * plotH;
        double X(int i) => n <= 1 ? Left + plotW / 2 : Left + plotW * i / (n - 1);
        YAxis(sb, ticks, Y, "people");
        foreach (var (series, color, name) in new[] { (t.Members, "#0072B2", "members who left"), (t.Civilians, "#E69F00", "civilians who fled") })
        {
            if (series.All(p => p.Counted == 0)) continue;
            // Band: low along the months, then high backwards.
            var band = new StringBuilder();
            for (var i = 0; i < n; i++) band.Append(i == 0 ? 'M' : 'L').Append(S(X(i))).Append(' ').Append(S(Y(series[i].Low)));
            for (var i = n - 1; i >= 0; i--) band.Append('L').Append(S(X(i))).Append(' ').Append(S(Y(series[i].High)));
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"band\" d=\"{band}Z\" fill=\"{color}\" fill-opacity=\"0.2\" stroke=\"none\"/>");
            var line = new StringBuilder();
            for (var i = 0; i < n; i++) line.Append(i == 0 ? 'M' : 'L').Append(S(X(i))).Append(' ').Append(S(Y(series[i].Best)));
            sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{line}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");
            for (var i = 0; i < n; i++)
            {
                if (series[i].Counted == 0) continue;
                sb.Append(CultureInfo.InvariantCulture,
                    $"<circle cx=\"{S(X(i))}\" cy=\"{S(Y(series[i].Best))}\" r=\"3\" fill=\"{color}\"><title>{Month(t.Months[i])}: {Escape(name)} {Escape(People(series[i]))}</title></circle>");
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axisline\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{S(Y(0))}\" y2=\"{S(Y(0))}\"/>");
        MonthAxis(sb, t.Months, X, Y(0));
        Legend(sb, [("members who left (defection, desertion, surrender)", "#0072B2", true), ("civilians who fled", "#E69F00", true), ("low–high band", "#bbbbbb", false)], height - 8);
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars with an optional low–high whisker.</summary>
    public static string HBars(string id, string label, IReadOnlyList<(string Label, double Value, double? Low, double? High, string Tip)> rows, string color)
    {
        const int rowH = 22, labelW = 250;
        var height = Top + rows.Count * rowH + 30;
        var sb = Open(id, label, height);
        var max = rows.Select(r => Math.Max(r.Value, r.High ?? 0)).DefaultIfEmpty(0).Max();
        var ticks = Ticks(max, 4);
        double plotW = Width - labelW - Right - 50;
        double X(double v) => labelW + v / ticks[^1] * plotW;
        foreach (var t in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{S(X(t))}\" x2=\"{S(X(t))}\" y1=\"{Top - 4}\" y2=\"{Top + rows.Count * rowH}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{S(X(t))}\" y=\"{Top + rows.Count * rowH + 16}\" text-anchor=\"middle\">{N(t)}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = Top + i * rowH;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{labelW - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Escape(Shorten(r.Label, 34))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelW}\" y=\"{y + 4}\" width=\"{S(Math.Max(X(r.Value) - labelW, r.Value > 0 ? 1 : 0))}\" height=\"{rowH - 8}\" fill=\"{color}\"><title>{Escape(r.Tip)}</title></rect>");
            if (r.Low is { } lo && r.High is { } hi && hi > lo)
                sb.Append(CultureInfo.InvariantCulture, $"<path class=\"whisker\" d=\"M{S(X(lo))} {y + rowH / 2}H{S(X(hi))}M{S(X(lo))} {y + 7}V{y + rowH - 7}M{S(X(hi))} {y + 7}V{y + rowH - 7}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{S(X(Math.Max(r.Value, r.High ?? 0)) + 6)}\" y=\"{y + 16}\">{N(r.Value)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Most claims drawn one by one; beyond that, one mark per group and month (or year).</summary>
    public const int MaxClaimMarks = 400;

    /// <summary>
    /// Up to <see cref="MaxClaimMarks"/> claims as they are; more are merged per group and month into one claim:
    /// the median best figure, the lowest low and the highest high, claimed by "n claims".
    /// </summary>
    internal static List<EstimateClaim> Thin(List<EstimateClaim> claims)
    {
        if (claims.Count <= MaxClaimMarks) return claims;
        // By month, or by year when months still give too many marks.
        var months = claims.Select(c => (c.Group, c.Date!.Value.Year, c.Date.Value.Month)).Distinct().Count();
        var byYear = months > MaxClaimMarks;
        return [.. claims
            .GroupBy(c => (c.Group, Month: byYear ? new DateOnly(c.Date!.Value.Year, 7, 1) : new DateOnly(c.Date!.Value.Year, c.Date.Value.Month, 15)))
            .Select(g =>
            {
                if (g.Count() == 1) return g.First();
                var best = g.Select(c => c.Count.Best ?? c.Count.Low ?? c.Count.High ?? 0).Order().ElementAt(g.Count() / 2);
                var low = g.Min(c => c.Count.Low ?? c.Count.Best ?? best);
                var high = g.Max(c => c.Count.High ?? c.Count.Best ?? best);
                return new EstimateClaim(g.Key.Month, DatePrecision.Month, g.Key.Group, new Count(best, Math.Min(low, best), Math.Max(high, best), CountQualifier.Range),
                    [], null, $"{g.Count()} claims in the {(byYear ? "year" : "month")} (median, lowest low to highest high)", g.First().DocumentId, null);
            })];
    }

    /// <summary>Claims of one measure over time: best figure as a dot, low–high as a vertical bar, one colour per group.</summary>
    public static string EstimateTrack(MeasureTrack track)
    {
        const int height = 240, bottom = 52;
        var id = "estimates-" + EventExport.Name(track.Measure);
        var sb = Open(id, $"Estimates of {EventExport.Name(track.Measure)} over time ({track.Description})", height);
        var claims = Thin(track.Claims.Where(c => c.Date is not null && (c.Count.Best ?? c.Count.Low ?? c.Count.High) is not null).ToList());
        var groups = claims.GroupBy(c => c.Group ?? "(group not named)", StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        string ColorOf(string? g)
        {
            var i = groups.IndexOf(g ?? "(group not named)");
            return i >= 0 && i < Palette.Length - 1 ? Palette[i] : Palette[^1];
        }
        double plotH = height - Top - bottom, plotW = Width - Left - Right;
        var max = claims.Select(c => (double)(c.Count.High ?? c.Count.Best ?? c.Count.Low ?? 0)).DefaultIfEmpty(0).Max();
        var ticks = Ticks(max, 4);
        double Y(double v) => Top + plotH - v / ticks[^1] * plotH;
        YAxis(sb, ticks, Y, null);
        if (claims.Count > 0)
        {
            var first = claims.Min(c => c.Date!.Value).DayNumber;
            var last = claims.Max(c => c.Date!.Value).DayNumber;
            if (last - first < 60) { first -= 30; last += 30; }
            double X(DateOnly d) => Left + 10 + (plotW - 20) * (d.DayNumber - first) / (last - first);
            // Year ticks.
            var y0 = DateOnly.FromDayNumber(first).Year;
            var y1 = DateOnly.FromDayNumber(last).Year;
            var stepYears = Math.Max(1, (int)Math.Ceiling((y1 - y0 + 1) / 10.0));
            for (var year = y0 + 1; year <= y1; year += stepYears)
            {
                var x = X(new DateOnly(year, 1, 1));
                sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{S(x)}\" x2=\"{S(x)}\" y1=\"{Top}\" y2=\"{S(Y(0))}\"/><text class=\"tick\" x=\"{S(x)}\" y=\"{S(Y(0) + 16)}\" text-anchor=\"middle\">{year}</text>");
            }
            if (y0 == y1) sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{S(Left + plotW / 2)}\" y=\"{S(Y(0) + 16)}\" text-anchor=\"middle\">{y0}</text>");
            foreach (var c in claims.OrderBy(c => c.Date))
            {
                var x = X(c.Date!.Value);
                var color = ColorOf(c.Group);
                var best = c.Count.Best ?? c.Count.Low ?? c.Count.High ?? 0;
                if (c.Count.Low is { } lo && (c.Count.High ?? lo) is var hi && hi != lo)
                    sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{S(x)}\" x2=\"{S(x)}\" y1=\"{S(Y(lo))}\" y2=\"{S(Y(hi))}\" stroke=\"{color}\" stroke-width=\"3\" stroke-opacity=\"0.45\"/>");
                if (c.Count.Qualifier == CountQualifier.AtLeast)   // open upwards
                    sb.Append(CultureInfo.InvariantCulture, $"<path d=\"M{S(x - 4)} {S(Y(best) - 6)}L{S(x)} {S(Y(best) - 12)}L{S(x + 4)} {S(Y(best) - 6)}\" fill=\"none\" stroke=\"{color}\"/>");
                sb.Append(CultureInfo.InvariantCulture,
                    $"<circle cx=\"{S(x)}\" cy=\"{S(Y(best))}\" r=\"4.5\" fill=\"{color}\"><title>{Day(c.Date.Value)} · {Escape(c.Group ?? "group not named")} · {Escape(HtmlReport.CountText(c.Count))} · {Escape(c.Claimant ?? "not attributed")}</title></circle>");
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axisline\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{S(Y(0))}\" y2=\"{S(Y(0))}\"/>");
        Legend(sb, groups.Take(Palette.Length - 1).Select(g => (Shorten(g, 30), ColorOf(g), false))
            .Concat(groups.Count >= Palette.Length ? [("other groups", Palette[^1], false)] : []), height - 8);
        return sb.Append("</svg>").ToString();
    }
}
