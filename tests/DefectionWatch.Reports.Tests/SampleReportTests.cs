using System.Text.RegularExpressions;
using DefectionWatch.Core.Records;
using DefectionWatch.Reports.Html;
using DefectionWatch.Reports.Tests.Support;
using DefectionWatch.Storage.Sqlite;

namespace DefectionWatch.Reports.Tests;

/// <summary>The report of the sample corpus, read from a real SQLite store: every section has real data.</summary>
public class SampleReportTests(SampleReport sample) : IClassFixture<SampleReport>
{
    [Fact]
    // Events, estimates, motives, people and their sources all come through the loader.
    public void Loader_reads_every_kind_of_fact()
    {
        var d = sample.Data;
        Assert.True(d.Events.Length >= 15);
        Assert.NotEmpty(d.Estimates);
        Assert.NotEmpty(d.Motives);
        Assert.NotEmpty(d.People);
        Assert.NotEmpty(d.Quotes);
        Assert.All(d.Events, e => Assert.True(d.Sources.ContainsKey(e.DocumentId)));
        Assert.All(d.Estimates, e => Assert.True(d.Sources.ContainsKey(e.DocumentId)));
        Assert.Equal(24, d.Coverage.Documents);
        Assert.NotNull(d.Coverage.LastPublished);
        Assert.Single(d.Coverage.DocumentsByExtractor);
    }

    [Fact]
    // Names are pseudonymised by default: no stored person name that looks like one is left in the page.
    public void Sample_report_has_no_real_names()
    {
        Assert.False(sample.Data.Scope.NamesIncluded);
        Assert.Contains("Person-", sample.Html);
        Assert.DoesNotContain("Karwan Salih", sample.Html);
    }

    [Fact]
    // Every section shows data (no "nothing here" note) and every chart is drawn.
    public void Every_section_has_data()
    {
        var html = sample.Html;
        Assert.DoesNotContain("class=\"empty\"", html);
        foreach (var chart in new[] { "timeline-events", "timeline-people", "groups", "countries", "map" })
            Assert.Matches($"data-chart=\"{chart}\"", html);
        Assert.True(Regex.Matches(html, "<circle class=\"pt ").Count >= 5, "places on the map");
        Assert.Contains("<table class=\"narratives\">", html);
    }

    [Fact]
    // --group and dates filter the events; the other facts follow their articles.
    public async Task Group_filter_narrows_the_report()
    {
        await using var store = SqliteDefectionStore.Open(sample.DbPath, readOnly: true);
        var data = await ReportLoader.LoadAsync(store, new ReportRequest(Support.Reports.Now, Group: "islamic state", From: new DateOnly(2016, 1, 1)));
        Assert.NotEmpty(data.Events);
        Assert.All(data.Events, e => Assert.Equal("Islamic State", e.Event.Group));
        Assert.All(data.Events, e => Assert.True(e.Event.Date is null || e.Event.Date.End >= new DateOnly(2016, 1, 1)));
        Assert.All(data.Motives, m => Assert.Contains(data.Events, e => e.DocumentId == m.DocumentId));
        Assert.All(data.Estimates, e => Assert.True(e.Fact.Group is null || e.Fact.Group == "Islamic State"));
        Assert.Contains("Group: islamic state", HtmlReport.Build(data));
    }

    [Fact]
    // --include-names keeps the names the extractor found.
    public async Task Include_names_keeps_them()
    {
        await using var store = SqliteDefectionStore.Open(sample.DbPath, readOnly: true);
        var data = await ReportLoader.LoadAsync(store, new ReportRequest(Support.Reports.Now, IncludeNames: true));
        var html = HtmlReport.Build(data);
        Assert.DoesNotMatch("Person-[A-Z0-9]{6}", html);
        Assert.Matches("Person-[A-Z0-9]{6}", sample.Html);
        Assert.Contains("real names shown", html);
    }

    [Fact]
    // --charts: PNG and SVG of each chart, written with ScottPlot, plus the map.
    public void Chart_files_are_written()
    {
        var dir = Path.Combine(sample.Directory, "charts");
        var files = ChartFiles.Write(ReportAnalysis.Compute(sample.Data), dir);
        foreach (var name in new[] { "timeline-events", "timeline-people", "groups", "countries", "narratives" })
        {
            var png = Path.Combine(dir, name + ".png");
            Assert.Contains(png, files);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 2000);
            Assert.Equal(0x89, bytes[0]);   // PNG signature
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(dir, name + ".svg")));
        }
        Assert.Contains(Path.Combine(dir, "map.svg"), files);
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("estimates-", StringComparison.Ordinal));
    }
}
