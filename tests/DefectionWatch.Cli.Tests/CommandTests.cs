using System.Text.Json;
using DefectionWatch.Storage.Tests;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Cli.Tests;

/// <summary>End to end: the built CLI on a temporary corpus and database, every command and format.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string WriteCorpus(int n, string name = "corpus.jsonl")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, Enumerable.Range(0, n).Select(i => TestData.JsonLine("c" + i, TestData.Article(i))));
        return path;
    }

    private Cli.Result Ok(params string[] args)
    {
        var r = Cli.Run(_dir, args);
        Assert.True(r.ExitCode == 0, $"defwatch {string.Join(' ', args)} exited {r.ExitCode}\n{r.Out}\n{r.Err}");
        return r;
    }

    [Fact]
    public void Run_search_events_export_stats_reextract_work_on_one_database()
    {
        var corpus = WriteCorpus(20);
        var run = Ok("run", corpus, "--db", "t.db");
        Assert.Contains("20 documents read (20 new", run.Out);
        // The default database is ./defwatch.db.
        Ok("run", corpus);
        Assert.True(File.Exists(Path.Combine(_dir, "defwatch.db")));
        // Idempotent from the command line too.
        Assert.Contains("0 new, 20 already stored", Ok("run", corpus, "--db", "t.db").Out);

        Assert.Contains("c1", Ok("search", "report", "number", "--db", "t.db", "--limit", "50").Out);
        Assert.Contains("no matches", Ok("search", "zzznothing", "--db", "t.db").Out);

        Assert.Contains("documents", Ok("stats", "--db", "t.db").Out);
        Assert.Contains("re-extracted", Ok("reextract", "--db", "t.db", "--all").Out);

        Ok("events", "--db", "t.db");
        Ok("events", "--db", "t.db", "--group", "Alpha", "--type", "defection", "--country", "IQ", "--from", "2020", "--to", "2024-12-31");
        var csv = Ok("events", "--db", "t.db", "--format", "csv").Out;
        Assert.StartsWith("event_id,event_date,date_start,date_end,date_precision,event_type,group,to,count_best,count_low,count_high,count_qualifier,location,admin1,country,iso,latitude,longitude,geo_precision,source,source_original,source_url,notes", csv);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(Ok("events", "--db", "t.db", "--format", "json").Out).RootElement.ValueKind);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(Ok("events", "--db", "t.db", "--format", "geojson").Out).RootElement.GetProperty("type").GetString());

        foreach (var format in new[] { "csv", "json", "geojson" })
        {
            var file = Path.Combine(_dir, "out." + format);
            Assert.Contains("events written", Ok("export", "--db", "t.db", "--format", format, "-o", file).Out);
            var content = File.ReadAllText(file);
            if (format == "csv") Assert.StartsWith("event_id,", content);
            else JsonDocument.Parse(content).Dispose();
        }
        // Parquet is checked value by value in ParquetExportCommandTests; here: it is written and is a Parquet file.
        Assert.Contains("events written", Ok("export", "--db", "t.db", "--format", "parquet", "-o", "x.parquet").Out);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(Path.Combine(_dir, "x.parquet"))[..4]);
    }

    [Fact]
    public void Bad_inputs_are_reported_and_the_exit_code_says_whether_anything_was_read()
    {
        var good = WriteCorpus(3);
        var bad = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(bad, "{not json\n");
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), "");
        var mixed = Cli.Run(_dir, "run", bad, good, Path.Combine(_dir, "empty.txt"), "--db", "m.db");
        Assert.Equal(0, mixed.ExitCode);
        Assert.Contains("bad.jsonl:1: malformed JSON", mixed.Err);
        Assert.Contains("empty.txt: empty file", mixed.Err);
        Assert.Contains("3 documents read", mixed.Out);

        var nothing = Cli.Run(_dir, "run", bad, Path.Combine(_dir, "missing.jsonl"), "--db", "n.db");
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("no usable document", nothing.Err);
    }

    [Fact]
    public void Query_commands_on_a_missing_database_give_a_readable_error()
    {
        foreach (var cmd in new[] { "stats", "events", "reextract" })
        {
            var r = Cli.Run(_dir, cmd, "--db", "nowhere.db");
            Assert.Equal(2, r.ExitCode);
            Assert.StartsWith("error: no database at nowhere.db", r.Err);
            Assert.DoesNotContain("   at ", r.Err);
        }
        var date = Cli.Run(_dir, "events", "--db", "nowhere.db", "--from", "last tuesday");
        Assert.Equal(2, date.ExitCode);
    }

    [Fact]
    public void Events_shows_a_page_by_default_and_everything_with_all()
    {
        var corpus = WriteCorpus(20);
        Ok("run", corpus, "--db", "p.db");
        static int Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var all = Ok("events", "--db", "p.db", "--format", "csv", "--all");
        var n = Lines(all.Out);
        Assert.True(n >= 2, "the corpus should give at least two events: " + all.Out);
        Assert.DoesNotContain("more match", all.Err);
        // Fewer events than the default page: the default shows them all, without a note.
        var page = Ok("events", "--db", "p.db", "--format", "csv");
        Assert.Equal(all.Out, page.Out);
        Assert.DoesNotContain("more match", page.Err);
        // --limit cuts the list in date order, and says on stderr that more events match.
        var one = Ok("events", "--db", "p.db", "--format", "csv", "--limit", "1");
        Assert.Equal(1, Lines(one.Out));
        Assert.Equal(all.Out.Split("\r\n")[1], one.Out.Split("\r\n")[1]);
        Assert.Contains("more match", one.Err);
        // The export streams every event: as many rows as --all.
        var file = Path.Combine(_dir, "all.csv");
        Assert.Contains($"{n} events written", Ok("export", "--db", "p.db", "--format", "csv", "-o", file).Out);
        Assert.Equal(all.Out, File.ReadAllText(file));
        // Contradictory or empty limits are refused.
        Assert.Equal(2, Cli.Run(_dir, "events", "--db", "p.db", "--limit", "3", "--all").ExitCode);
        Assert.Equal(2, Cli.Run(_dir, "events", "--db", "p.db", "--limit", "0").ExitCode);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("reextract")]
    [InlineData("search")]
    [InlineData("events")]
    [InlineData("export")]
    [InlineData("stats")]
    [InlineData("demo")]
    public void Every_command_has_help(string command)
    {
        var r = Ok(command, "--help");
        Assert.Contains("Usage:", r.Out);
        Assert.Contains("--db", r.Out);
    }

    [Fact]
    public void Demo_builds_a_fresh_database_and_prints_a_summary()
    {
        var corpus = WriteCorpus(8, "sample.jsonl");
        File.WriteAllText(Path.Combine(_dir, "defwatch-demo.db"), "stale, replaced by the demo");
        var r = Ok("demo", "--corpus", corpus);
        Assert.Contains("8 documents read (8 new", r.Out);
        Assert.Contains("documents", r.Out);
        Assert.Contains("8 documents read (8 new", Ok("demo", "--corpus", corpus).Out);
    }
}
