using DefectionWatch.Storage.Tests;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Cli.Tests;

/// <summary>End to end: <c>defwatch report</c> and the report at the end of <c>defwatch demo</c>.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-report-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private Cli.Result Ok(params string[] args)
    {
        var r = Cli.Run(_dir, args);
        Assert.True(r.ExitCode == 0, $"defwatch {string.Join(' ', args)} exited {r.ExitCode}\n{r.Out}\n{r.Err}");
        return r;
    }

    private string WriteCorpus(int n)
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, n).Select(i => TestData.JsonLine("c" + i, TestData.Article(i))));
        return path;
    }

    [Fact]
    // report writes one HTML file, with --charts PNG and SVG files, and filters by group.
    public void Report_writes_html_and_charts()
    {
        Ok("run", WriteCorpus(12), "--db", "t.db");
        var r = Ok("report", "--db", "t.db", "-o", "out/r.html", "--charts", "charts", "--from", "2000", "--group", "Islamic State");
        var html = File.ReadAllText(Path.Combine(_dir, "out", "r.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<section id=\"map\">", html);
        Assert.Contains("Report written to", r.Out);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dir, "charts"), "*.svg"));
        Assert.False(File.Exists(Path.Combine(_dir, "out", "r.html.tmp")));
    }

    [Fact]
    // Same readable errors as the other query commands.
    public void Report_on_a_missing_database_or_bad_date_is_a_usage_error()
    {
        var r = Cli.Run(_dir, "report", "--db", "nowhere.db", "-o", "r.html");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error: no database at nowhere.db", r.Err);
        Ok("run", WriteCorpus(2), "--db", "t.db");
        Assert.Equal(2, Cli.Run(_dir, "report", "--db", "t.db", "--from", "last spring").ExitCode);
    }

    [Fact]
    // demo ends by writing the report next to its database and printing its path.
    public void Demo_writes_the_report()
    {
        var r = Ok("demo", "--corpus", WriteCorpus(6));
        var path = Path.Combine(_dir, "defwatch-demo-report.html");
        Assert.Contains("Report: " + path, r.Out);
        Assert.Contains("<section id=\"narratives\">", File.ReadAllText(path));
    }

    [Fact]
    public void Report_has_help() => Assert.Contains("--include-names", Ok("report", "--help").Out);
}
