using DefectionWatch.Consolidation.Estimates;
using DefectionWatch.Core.Records;
using static DefectionWatch.Consolidation.Tests.Support.Facts;

namespace DefectionWatch.Consolidation.Tests;

/// <summary>Estimate series per (measure, group, area) with ranges, claimants and flagged contradictions.</summary>
public sealed class EstimateSeriesTests
{
    private static EstimateMention E(string doc, Measure measure, string? group, Count count, DateInterval? date, string? source, string[]? area = null, string published = "2020-01-01") =>
        new(new MentionKey(doc, 0), new Estimate(measure, group, count, [.. area ?? ["SY"]], null, date, source, new Evidence(0, 1, null)), "pub-" + doc, D(published));

    [Fact]
    public void Claims_group_by_measure_group_and_area_and_keep_their_range_and_claimants()
    {
        var series = EstimateSeriesBuilder.Build([
            E("a", Measure.Strength, "Islamic State", Count.Between(20000, 30000), Day("2015-06-01"), "US officials"),
            E("b", Measure.Strength, "islamic state", Count.Approx(31500), Day("2015-07-01"), "CIA"),
            E("c", Measure.Strength, "Islamic State", Count.Approx(5000), Day("2015-06-01"), "analysts", ["IQ"]), // other area
            E("d", Measure.Killed, "Islamic State", Count.AtLeast(1000), Day("2015-06-01"), "coalition"),
        ]);
        Assert.Equal(3, series.Length);
        var sy = series.Single(s => s.Measure == Measure.Strength && s.Area.SequenceEqual(["SY"]));
        Assert.Equal(2, sy.Points.Length);
        Assert.Equal((20000L, 31500L), (sy.Low!.Value, sy.High!.Value));
        Assert.Equal(new[] { "US officials", "CIA" }, sy.Claimants.ToArray());
        Assert.Empty(sy.Contradictions); // 30,000 and 31,500 agree within the tolerance
    }

    [Fact]
    public void Claims_for_the_same_time_that_cannot_both_hold_are_flagged()
    {
        var series = EstimateSeriesBuilder.Build([
            E("a", Measure.Strength, "al-Shabaab", Count.Between(7000, 9000), Day("2017-03-01"), "AMISOM", ["SO"]),
            E("b", Measure.Strength, "al-Shabaab", Count.Approx(3000), Day("2017-03-10"), "a think tank", ["SO"]),
            E("c", Measure.Strength, "al-Shabaab", Count.Approx(3000), Day("2019-03-10"), "later report", ["SO"]), // years later: a change, not a contradiction
        ]);
        var s = Assert.Single(series);
        var c = Assert.Single(s.Contradictions);
        Assert.Equal(("a", "b"), (c.First.Mention.Key.DocumentId, c.Second.Mention.Key.DocumentId));
    }

    [Fact]
    public void A_running_total_that_falls_is_flagged()
    {
        var since = D("2016-01-01");
        var s = Assert.Single(EstimateSeriesBuilder.Build([
            E("a", Measure.Defectors, "Boko Haram", Count.AtLeast(2000), new DateInterval(since, D("2018-01-01"), DatePrecision.Period), "army", ["NG"]),
            E("b", Measure.Defectors, "Boko Haram", Count.Approx(900), new DateInterval(since, D("2019-01-01"), DatePrecision.Period), "ngo", ["NG"]),
            E("c", Measure.Defectors, "Boko Haram", Count.Approx(3500), new DateInterval(since, D("2020-01-01"), DatePrecision.Period), "army", ["NG"]),
        ]));
        var c = Assert.Single(s.Contradictions);
        Assert.Contains("running total falls", c.Reason);
    }
}
