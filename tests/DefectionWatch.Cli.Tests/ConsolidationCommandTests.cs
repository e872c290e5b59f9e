using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Cli.Tests;

/// <summary>
/// End to end: `defwatch run` on the bundled sample corpus, then `incidents`, `event ID`, `people` and `estimates`.
/// The sample README lists two cross-outlet groups: A (s004 wire, s005 local outlet, s006 syndicated copy of s004)
/// and B (s008 wire, s009 local outlet).
/// </summary>
public sealed class ConsolidationCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-cons-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static string SamplesCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "corpus.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("samples/corpus.jsonl not found");
    }

    private Cli.Result Ok(params string[] args)
    {
        var r = Cli.Run(_dir, args);
        Assert.True(r.ExitCode == 0, $"defwatch {string.Join(' ', args)} exited {r.ExitCode}\n{r.Out}\n{r.Err}");
        return r;
    }

    private static Dictionary<string, JsonElement> ByReport(JsonElement incidents)
    {
        var map = new Dictionary<string, JsonElement>();
        foreach (var e in incidents.EnumerateArray())
            foreach (var r in e.GetProperty("reports").EnumerateArray())
                map[r.GetProperty("doc").GetString() + "#" + r.GetProperty("index").GetInt32()] = e;
        return map;
    }

    [Fact]
    public void Cross_outlet_groups_of_the_sample_corpus_become_one_incident_each()
    {
        Ok("run", SamplesCorpus(), "--db", "s.db");
        using var json = JsonDocument.Parse(Ok("incidents", "--db", "s.db", "--format", "json").Out);
        var byReport = ByReport(json.RootElement);

        // Group A: the wire's "defected" and the local outlet's "surrendered" are one incident from two sources;
        // the syndicated copy s006 is stored as a copy, not as a third source.
        var a = byReport["s004#0"];
        Assert.Equal(a.GetProperty("id").GetString(), byReport["s005#0"].GetProperty("id").GetString());
        Assert.Equal(2, a.GetProperty("independent_sources").GetInt32());
        Assert.DoesNotContain(byReport.Keys, k => k.StartsWith("s006#", StringComparison.Ordinal));
        Assert.Contains(a.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("field").GetString() == "type");

        // Group B: the local outlet's exact 316 joins the wire's report of the same surrenders.
        var b = byReport["s009#0"];
        Assert.Contains(b.GetProperty("reports").EnumerateArray(), r => r.GetProperty("doc").GetString() == "s008");

        // Nothing from another document joins either group.
        foreach (var e in new[] { a, b })
            Assert.All(e.GetProperty("reports").EnumerateArray(), r => Assert.Contains(r.GetProperty("doc").GetString(), new[] { "s004", "s005", "s008", "s009" }));

        // The table lists the incidents with their source counts.
        var table = Ok("incidents", "--db", "s.db");
        Assert.Contains("incidents from", table.Out);
        Assert.Contains("no incidents", Ok("incidents", "--db", "s.db", "--min-sources", "9").Out);

        // `event ID` shows every report and how it differs, including the copy's publisher.
        var id = a.GetProperty("id").GetString()!;
        var detail = Ok("event", id, "--db", "s.db").Out;
        Assert.Contains("s004#0", detail);
        Assert.Contains("s005#0", detail);
        Assert.Contains("2 independent", detail);
        Assert.Contains("conflict  type", detail);
        Assert.Contains("copies: ", detail);
        Assert.Contains("differs: ", detail);
        using var one = JsonDocument.Parse(Ok("event", id, "--db", "s.db", "--format", "json").Out);
        Assert.Equal(id, one.RootElement.GetProperty("id").GetString());

        var missing = Cli.Run(_dir, "event", "ev-000000000000", "--db", "s.db");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no canonical event", missing.Err);

        // Same database, same ids.
        using var again = JsonDocument.Parse(Ok("incidents", "--db", "s.db", "--format", "json").Out);
        Assert.Equal(json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()),
            again.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void People_are_pseudonymised_by_default_and_estimates_are_grouped_into_series()
    {
        Ok("run", SamplesCorpus(), "--db", "s.db");
        using var real = JsonDocument.Parse(Ok("people", "--db", "s.db", "--format", "json", "--include-names").Out);
        using var pseudo = JsonDocument.Parse(Ok("people", "--db", "s.db", "--format", "json").Out);
        var realNames = real.RootElement.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        var pseudoNames = pseudo.RootElement.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(realNames);
        Assert.Equal(realNames.Count, pseudoNames.Count);
        Assert.Contains(realNames, n => n!.Contains("Gorbunov", StringComparison.Ordinal));
        Assert.DoesNotContain(pseudoNames, n => n!.Contains("Gorbunov", StringComparison.Ordinal));
        // Every person links to a canonical event listed by `incidents`.
        using var incidents = JsonDocument.Parse(Ok("incidents", "--db", "s.db", "--format", "json").Out);
        var ids = incidents.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.All(real.RootElement.EnumerateArray().SelectMany(p => p.GetProperty("events").EnumerateArray()), e => Assert.Contains(e.GetString(), ids));
        Assert.Contains("people from", Ok("people", "--db", "s.db").Out);

        using var series = JsonDocument.Parse(Ok("estimates", "--db", "s.db", "--format", "json").Out);
        Assert.NotEmpty(series.RootElement.EnumerateArray());
        Assert.All(series.RootElement.EnumerateArray(), s => Assert.NotEmpty(s.GetProperty("points").EnumerateArray()));
        Assert.Contains(" series, ", Ok("estimates", "--db", "s.db").Out);
        Assert.Contains("defectors", Ok("estimates", "--db", "s.db", "--measure", "defectors").Out);
        var bad = Cli.Run(_dir, "estimates", "--db", "s.db", "--measure", "nonsense");
        Assert.Equal(2, bad.ExitCode);
    }
}
