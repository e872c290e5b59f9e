using System.Globalization;
using System.Text;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using static DefectionWatch.Reports.Html.Html;

namespace DefectionWatch.Reports.Html;

/// <summary>
/// The map of event locations as inline SVG: Natural Earth country outlines (pre-projected by tools/worldmap),
/// countries shaded by number of events, one mark per place sized by people (area ∝ count) and drawn by
/// precision (city: solid dot; region: dashed ring; country: hollow ring). The view box is cropped to the events.
/// </summary>
internal static class SvgMap
{
    private static string S(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Render(ReportModel model, WorldMap map)
    {
        var points = model.MapPoints;
        var shaded = model.EventsByCountry;
        // View box: the places and the shaded countries, padded, never narrower than ~40° of longitude.
        Box? box = null;
        foreach (var p in points)
        {
            var (x, y) = map.Project(p.Lat, p.Lon);
            var b = new Box(x, y, x, y);
            box = box is { } bb ? bb.Union(b) : b;
        }
        foreach (var c in map.Countries)
            if (shaded.ContainsKey(c.Iso) && c.Bounds.Width < map.Width / 3)   // Russia or the US would zoom out to the world
                box = box is { } bb ? bb.Union(c.Bounds) : c.Bounds;
        var view = box is { } v ? Fit(v, map) : new Box(0, 0, map.Width, map.Height);
        var scale = view.Width / map.Width;   // 1 at world view

        var sb = new StringBuilder(128 * 1024);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"map\" data-chart=\"map\" viewBox=\"{S(view.MinX)} {S(view.MinY)} {S(view.Width)} {S(view.Height)}\" role=\"img\" aria-labelledby=\"map-t\" xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMidYMid meet\">");
        sb.Append("<title id=\"map-t\">Map of event locations: marks sized by people, drawn by place precision; countries shaded by number of events</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"sea\" x=\"{S(view.MinX)}\" y=\"{S(view.MinY)}\" width=\"{S(view.Width)}\" height=\"{S(view.Height)}\"/>");
        var maxEvents = shaded.Values.DefaultIfEmpty(1).Max();
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"countries\" stroke-width=\"{S(0.5 * scale)}\">");
        foreach (var c in map.Countries)
        {
            var n = shaded.TryGetValue(c.Iso, out var k) ? k : 0;
            // Skip what lies far outside the view (keeps the DOM small when zoomed in).
            if (c.Bounds.MaxX < view.MinX - 20 || c.Bounds.MinX > view.MaxX + 20 || c.Bounds.MaxY < view.MinY - 20 || c.Bounds.MinY > view.MaxY + 20) continue;
            var fill = n == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" style=\"fill-opacity:{S(0.25 + 0.6 * Math.Sqrt((double)n / maxEvents))}\"");
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"{(n > 0 ? "land hit" : "land")}\" d=\"{c.Path}\"{fill}><title>{Escape(c.Name)}{(n > 0 ? ": " + N(n) + " events" : "")}</title></path>");
        }
        sb.Append("</g>");

        var maxPeople = points.Select(p => (double)Math.Max(p.People.Best, p.Events)).DefaultIfEmpty(1).Max();
        var rMin = 3.0 * scale;
        var rMax = 22.0 * scale;
        sb.Append("<g class=\"points\">");
        foreach (var p in points.OrderByDescending(p => Math.Max(p.People.Best, p.Events)))   // big ones below small ones
        {
            var (x, y) = map.Project(p.Lat, p.Lon);
            var size = Math.Max(p.People.Best, p.Events);
            var r = rMin + (rMax - rMin) * Math.Sqrt(size / maxPeople);
            var cls = p.Precision switch { PlacePrecision.City => "pt city", PlacePrecision.Region => "pt region", _ => "pt country" };
            var tip = $"{p.Name}{(p.Country is null ? "" : ", " + (EventExport.CountryName(p.Country) ?? p.Country))} ({EventExport.Name(p.Precision)} precision): {N(p.Events)} event{(p.Events == 1 ? "" : "s")} ({string.Join(", ", p.Types)}); people {People(p.People)}";
            sb.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"{cls}\" cx=\"{S(x)}\" cy=\"{S(y)}\" r=\"{S(r)}\" stroke-width=\"{S(1.2 * scale)}\"{(p.Precision == PlacePrecision.Region ? string.Create(CultureInfo.InvariantCulture, $" stroke-dasharray=\"{S(2.5 * scale)} {S(1.5 * scale)}\"") : "")}><title>{Escape(tip)}</title></circle>");
        }
        sb.Append("</g>");
        // Labels for the largest places.
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"labels\" font-size=\"{S(11 * scale)}\" stroke-width=\"{S(3 * scale)}\">");
        var placed = new List<Box>();
        foreach (var p in points.Take(20))
        {
            var (x, y) = map.Project(p.Lat, p.Lon);
            var r = rMin + (rMax - rMin) * Math.Sqrt(Math.Max(p.People.Best, p.Events) / maxPeople);
            // Skip a label that would overlap one already drawn (bigger places come first).
            var label = new Box(x + r + 2 * scale, y - 6 * scale, x + r + 2 * scale + p.Name.Length * 6.6 * scale, y + 6 * scale);
            if (placed.Any(b => b.MinX < label.MaxX && label.MinX < b.MaxX && b.MinY < label.MaxY && label.MinY < b.MaxY)) continue;
            placed.Add(label);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{S(x + r + 2 * scale)}\" y=\"{S(y + 4 * scale)}\">{Escape(p.Name)}</text>");
        }
        sb.Append("</g></svg>");
        return sb.ToString();
    }

    /// <summary>The box padded by 15%, at least 110 units wide, with an aspect ratio between 1.3 and 2.2, inside the world.</summary>
    internal static Box Fit(Box b, WorldMap map)
    {
        var cx = (b.MinX + b.MaxX) / 2;
        var cy = (b.MinY + b.MaxY) / 2;
        var w = Math.Max(b.Width * 1.3, 110);
        var h = Math.Max(b.Height * 1.3, 50);
        if (w / h > 2.2) h = w / 2.2;
        if (w / h < 1.3) w = h * 1.3;
        w = Math.Min(w, map.Width);
        h = Math.Min(h, map.Height);
        var x0 = Math.Clamp(cx - w / 2, 0, map.Width - w);
        var y0 = Math.Clamp(cy - h / 2, 0, map.Height - h);
        return new Box(x0, y0, x0 + w, y0 + h);
    }
}
