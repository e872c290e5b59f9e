using System.Globalization;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using ScottPlot;

namespace DefectionWatch.Reports.Html;

/// <summary>
/// <c>--charts DIR</c>: each chart of the report as PNG and SVG files, drawn with ScottPlot (DejaVu Sans, so
/// non-Latin names render), and the map as the same SVG the report inlines.
/// </summary>
public static class ChartFiles
{
    public const string FontName = "DejaVu Sans";
    private const int W = 1000;

    /// <summary>Writes the files and returns their paths.</summary>
    public static IReadOnlyList<string> Write(ReportModel model, string directory)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        void Save(Plot plot, string name, int height = 480)
        {
            var png = Path.Combine(directory, name + ".png");
            var svg = Path.Combine(directory, name + ".svg");
            plot.SavePng(png, W, height);
            plot.SaveSvg(svg, W, height);
            written.Add(png);
            written.Add(svg);
        }
        var t = model.Timeline;
        if (t.Months.Length > 0)
        {
            Save(TimelineEvents(t), "timeline-events");
            Save(TimelinePeople(t), "timeline-people");
        }
        if (model.ByGroup.Length > 0) Save(HBars("Events by group", model.ByGroup.Select(r => (r.Label, (double)r.Events)).ToList(), "#0072B2"), "groups", 120 + 28 * model.ByGroup.Length);
        if (model.ByCountry.Length > 0) Save(HBars("Events by country", model.ByCountry.Select(r => (r.Label, (double)r.Events)).ToList(), "#009E73"), "countries", 120 + 28 * model.ByCountry.Length);
        if (model.Narratives.Length > 0)
            Save(HBars("Statements citing each motive", model.Narratives.Select(r => (r.Code.Replace('_', ' '), (double)r.Statements)).ToList(), "#CC79A7"), "narratives", 120 + 28 * model.Narratives.Length);
        foreach (var track in model.Estimates)
            Save(Estimates(track), "estimates-" + EventExport.Name(track.Measure));
        var map = Path.Combine(directory, "map.svg");
        File.WriteAllText(map, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgMap.Render(model, WorldMap.Default).Replace("<svg class=\"map\"", "<svg class=\"map\" width=\"1200\"", StringComparison.Ordinal)
            .Replace("</title>", "</title><style>.sea{fill:#eaf2f8}.land{fill:#f4f1ea;stroke:#a9a49a}.land.hit{fill:#c96f3b}.pt{fill:#0072B2;fill-opacity:.7;stroke:#06324f}.pt.region{fill-opacity:.35}.pt.country{fill:none;stroke:#0072B2}.labels text{fill:#1d2733;stroke:#fff;paint-order:stroke;font-family:'DejaVu Sans',sans-serif}</style>", StringComparison.Ordinal));
        written.Add(map);
        return written;
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title);
        return plot;
    }

    private static void MonthTicks(Plot plot, System.Collections.Immutable.ImmutableArray<DateOnly> months)
    {
        var every = Math.Max(1, (int)Math.Ceiling(months.Length / 12.0));
        var positions = new List<double>();
        var labels = new List<string>();
        for (var i = 0; i < months.Length; i += every)
        {
            positions.Add(i);
            labels.Add(months[i].ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        plot.Axes.Bottom.SetTicks([.. positions], [.. labels]);
    }

    private static Plot TimelineEvents(Timeline t)
    {
        var plot = NewPlot("Exit events per month, by type");
        var bars = new List<Bar>();
        var acc = new double[t.Months.Length];
        foreach (var type in Enum.GetValues<EventType>())
        {
            if (!t.EventsByType.TryGetValue(type, out var series)) continue;
            var color = Color.FromHex(SvgCharts.TypeColors[type]);
            for (var i = 0; i < series.Length; i++)
            {
                if (series[i] == 0) continue;
                bars.Add(new Bar { Position = i, ValueBase = acc[i], Value = acc[i] + series[i], FillColor = color, LineWidth = 0 });
                acc[i] += series[i];
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = EventExport.Name(type), FillColor = color });
        }
        plot.Add.Bars(bars);
        MonthTicks(plot, t.Months);
        plot.Axes.Left.Label.Text = "events";
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot TimelinePeople(Timeline t)
    {
        var plot = NewPlot("People per month (best figure, low–high band)");
        var xs = Enumerable.Range(0, t.Months.Length).Select(i => (double)i).ToArray();
        foreach (var (series, hex, name) in new[] { (t.Members, "#0072B2", "members who left"), (t.Civilians, "#E69F00", "civilians who fled") })
        {
            if (series.All(p => p.Counted == 0)) continue;
            var color = Color.FromHex(hex);
            var fill = plot.Add.FillY(xs, [.. series.Select(p => (double)p.Low)], [.. series.Select(p => (double)p.High)]);
            fill.FillColor = color.WithAlpha(0.2);
            fill.LineWidth = 0;
            var line = plot.Add.Scatter(xs, [.. series.Select(p => (double)p.Best)]);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = name;
        }
        MonthTicks(plot, t.Months);
        plot.Axes.Left.Label.Text = "people";
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot HBars(string title, IReadOnlyList<(string Label, double Value)> rows, string hex)
    {
        var plot = NewPlot(title);
        var color = Color.FromHex(hex);
        var n = rows.Count;
        var bars = rows.Select((r, i) => new Bar { Position = n - 1 - i, Value = r.Value, FillColor = color, LineWidth = 0 }).ToList();
        var bp = plot.Add.Bars(bars);
        bp.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. rows.Select(r => Html.Shorten(r.Label, 34))]);
        plot.Axes.Margins(left: 0);
        return plot;
    }

    private static Plot Estimates(MeasureTrack track)
    {
        var plot = NewPlot($"Estimates: {EventExport.Name(track.Measure)} ({track.Description})");
        var claims = SvgCharts.Thin(track.Claims.Where(c => c.Date is not null && (c.Count.Best ?? c.Count.Low ?? c.Count.High) is not null).ToList());
        var groups = claims.GroupBy(c => c.Group ?? "(group not named)", StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var gi = 0; gi < groups.Count; gi++)
        {
            var color = Color.FromHex(SvgCharts.Palette[Math.Min(gi, SvgCharts.Palette.Length - 1)]);
            var xs = new List<double>();
            var ys = new List<double>();
            foreach (var c in groups[gi])
            {
                var x = c.Date!.Value.ToDateTime(TimeOnly.MinValue).ToOADate();
                var best = (double)(c.Count.Best ?? c.Count.Low ?? c.Count.High)!;
                xs.Add(x);
                ys.Add(best);
                if (c.Count.Low is { } lo && (c.Count.High ?? lo) is var hi && hi != lo)
                {
                    var range = plot.Add.Line(x, lo, x, hi);
                    range.Color = color.WithAlpha(0.5);
                    range.LineWidth = 3;
                }
            }
            var dots = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
            dots.Color = color;
            dots.MarkerSize = 9;
            dots.LegendText = gi < SvgCharts.Palette.Length - 1 ? groups[gi].Key : "other groups";
        }
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
