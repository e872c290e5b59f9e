using DefectionWatch.Core.Records;
using DefectionWatch.Reports.Html;
using static DefectionWatch.Reports.Tests.Support.Reports;

namespace DefectionWatch.Reports.Tests;

public class ReportAnalysisTests
{
    [Fact]
    // Members who left sum defections, desertions and surrenders; civilians apart; reprisals not at all.
    public void Headline_people_by_kind_of_exit()
    {
        var m = ReportAnalysis.Compute(Full());
        Assert.Equal(5, m.Events);
        // 12 + 12 exact, plus "dozens" (best 61, low 24, high 99).
        Assert.Equal(new PeopleSum(12 + 61 + 12, 12 + 24 + 12, 12 + 99 + 12, 3), m.Members);
        Assert.Equal(1800, m.Civilians.Best);
        Assert.Equal(2, m.Groups);
        Assert.Equal(2, m.Countries);
    }

    [Fact]
    // The timeline runs month by month from the first to the last event, with empty months in between.
    public void Timeline_is_monthly_and_contiguous()
    {
        var data = Data(events: [Event(1, 0, date: DateInterval.Day(new DateOnly(2023, 11, 5))), Event(1, 1, date: DateInterval.Day(new DateOnly(2024, 2, 20)))]);
        var t = ReportAnalysis.Compute(data).Timeline;
        Assert.Equal([new DateOnly(2023, 11, 1), new DateOnly(2023, 12, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], t.Months.ToArray());
        Assert.Equal([1, 0, 0, 1], t.EventsByType[EventType.Defection].ToArray());
    }

    [Fact]
    // An event without a date is placed on its article's publication date, and counted as such.
    public void Undated_events_use_the_report_date()
    {
        var data = Data(events: [Event(1, 0) with { Event = Event(1, 0).Event with { Date = null } }]);
        var t = ReportAnalysis.Compute(data).Timeline;
        Assert.Equal(1, t.DatedByReport);
        Assert.Equal(new DateOnly(2024, 3, 1), t.Months.Single());
    }

    [Fact]
    // Narratives: share of statements and of named people citing each motive (ICSR style).
    public void Narratives_count_statements_and_people()
    {
        var m = ReportAnalysis.Compute(Full());
        var living = m.Narratives.Single(r => r.Code == "living_conditions");
        Assert.Equal(2, living.Statements);          // two statements in two articles
        Assert.Equal(2, living.Documents);
        Assert.Equal(1, living.People);              // Karim Haddad's event cites it
        Assert.Equal(1, living.Events);
        var brutality = m.Narratives.Single(r => r.Code == "brutality");
        Assert.Equal(1, brutality.People);           // Samir Tawil has no event: his article's motive counts
        Assert.Equal(3, m.Statements);
        Assert.Equal(2, m.NamedPeople);
        Assert.Equal("living_conditions", m.Narratives[0].Code);   // most cited first
    }

    [Fact]
    // The tracker lists each measure's claims newest first, with who claimed them.
    public void Estimates_by_measure_newest_first()
    {
        var m = ReportAnalysis.Compute(Full());
        var strength = m.Estimates.Single(t => t.Measure == Measure.Strength);
        Assert.Equal(3, strength.Claims.Length);
        Assert.True(strength.Claims[0].Date >= strength.Claims[1].Date);
        Assert.All(strength.Claims, c => Assert.Equal("the ministry", c.Claimant));
    }

    [Fact]
    // Two outlets reporting the same type, group, country and month corroborate each other.
    public void Corroboration_needs_two_outlets()
    {
        var data = Data(
            events: [Event(1, 0), Event(2, 0, date: DateInterval.Day(new DateOnly(2024, 3, 20))), Event(3, 0, EventType.Surrender)],
            sources: [Source(1), Source(2, publisher: "Other Post"), Source(3)]);
        var m = ReportAnalysis.Compute(data);
        var c = Assert.Single(m.Corroborated);
        Assert.Equal(["Example Times", "Other Post"], c.Outlets.ToArray());
        Assert.Equal(2, m.CorroboratedEvents);
    }

    [Fact]
    // A copy of an article published elsewhere corroborates it too.
    public void Copies_corroborate()
    {
        var data = Data(events: [Event(1, 0)], sources: [Source(1) with { CopyPublishers = ["Mirror Daily"] }]);
        Assert.Single(ReportAnalysis.Compute(data).Corroborated);
    }

    [Fact]
    // Map points merge events at the same place and keep the precision.
    public void Map_points_merge_by_place()
    {
        var m = ReportAnalysis.Compute(Full());
        var kirkuk = m.MapPoints.Single(p => p.Name == "Kirkuk");
        Assert.Equal(3, kirkuk.Events);
        Assert.Equal(PlacePrecision.Country, m.MapPoints.Single(p => p.Name == "Syria").Precision);
    }

    [Fact]
    // Beyond the row limit, groups are summed into one "others" row.
    public void Breakdown_keeps_top_rows()
    {
        var events = Enumerable.Range(0, ReportAnalysis.BreakdownRows + 5).Select(i => Event(1, i, group: "Group " + i));
        var rows = ReportAnalysis.Compute(Data(events: events)).ByGroup;
        Assert.Equal(ReportAnalysis.BreakdownRows + 1, rows.Length);
        Assert.Equal("5 others", rows[^1].Label);
        Assert.Equal(5, rows[^1].Events);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(7.0, 8.0)]
    [InlineData(1800.0, 2000.0)]
    [InlineData(61.0, 80.0)]
    // Axis ticks are round numbers covering the maximum.
    public void Ticks_cover_the_maximum(double max, double top)
    {
        var ticks = SvgCharts.Ticks(max);
        Assert.Equal(top, ticks[^1]);
        Assert.Equal(0, ticks[0]);
    }
}
