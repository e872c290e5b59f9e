using System.Text.RegularExpressions;
using DefectionWatch.Core.Records;
using DefectionWatch.Reports.Html;
using static DefectionWatch.Reports.Tests.Support.Reports;

namespace DefectionWatch.Reports.Tests;

public class SvgMapTests
{
    [Fact]
    // The committed outlines load: about 176 countries, each with an ISO code and a path.
    public void World_outlines_load()
    {
        var map = WorldMap.Default;
        Assert.InRange(map.Countries.Length, 170, 180);
        Assert.Contains(map.Countries, c => c.Iso == "IQ" && c.Path.StartsWith('M'));
        Assert.All(map.Countries, c => Assert.Matches("^[A-Z]{2}$", c.Iso));
        Assert.Contains("world-atlas", map.Source);
    }

    [Fact]
    // Projection and outlines agree: Baghdad falls inside Iraq's bounding box.
    public void Projection_matches_outlines()
    {
        var map = WorldMap.Default;
        var (x, y) = map.Project(33.31, 44.36);
        var iq = map.Countries.Single(c => c.Iso == "IQ").Bounds;
        Assert.InRange(x, iq.MinX, iq.MaxX);
        Assert.InRange(y, iq.MinY, iq.MaxY);
    }

    [Fact]
    // The view box is cropped to the events, the countries with events are shaded, and each place has a mark.
    public void Map_zooms_to_events_and_shades_countries()
    {
        var svg = SvgMap.Render(ReportAnalysis.Compute(Full()), WorldMap.Default);
        var vb = Regex.Match(svg, "viewBox=\"([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\"");
        Assert.True(vb.Success);
        Assert.True(double.Parse(vb.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) < 400, "cropped to the Middle East");
        Assert.Contains("class=\"land hit\"", svg);
        Assert.Equal(3, Regex.Matches(svg, "<circle class=\"pt ").Count);   // Kirkuk, Raqqa, Syria (country precision)
        Assert.Contains("class=\"pt country\"", svg);
    }

    [Fact]
    // Without events the whole world is shown.
    public void Empty_map_shows_the_world() =>
        Assert.Contains("viewBox=\"0 0 960 480\"", SvgMap.Render(ReportAnalysis.Compute(Data(sources: [])), WorldMap.Default));
}
