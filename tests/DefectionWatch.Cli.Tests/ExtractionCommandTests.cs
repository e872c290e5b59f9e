using System.Text.Json;

namespace DefectionWatch.Cli.Tests;

/// <summary>End to end: extract, annotate and eval through the built CLI on temporary files.</summary>
public sealed class ExtractionCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-extract-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private const string Surrender =
        "KIRKUK, Iraq - About 40 Islamic State fighters surrendered to Kurdish Peshmerga forces near Dibis on Sunday, " +
        "Kurdish officials said.\n\nThe men were hungry, an officer said.";

    private const string Negative =
        "The striker defected to the rival club on Tuesday in a record transfer, the league said.";

    private static string Line(string id, string published, string text) => JsonSerializer.Serialize(new
    {
        id, url = $"https://test.example/{id}", published, title = "t", language = "en", text,
    });

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static List<JsonElement> ReadJsonl(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public void Extract_writes_one_record_per_document_and_reports_a_bad_line_by_number()
    {
        var corpus = Write("corpus.jsonl",
            Line("a", "2017-10-10", Surrender),
            "{ this is not json",
            Line("b", "2016-07-05", Negative));
        var output = Path.Combine(_dir, "out.jsonl");
        var r = Cli.Run(_dir, "extract", corpus, "-o", output);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("corpus.jsonl:2", r.Err, StringComparison.Ordinal);

        var records = ReadJsonl(output);
        Assert.Equal(["a", "b"], records.Select(x => x.GetProperty("doc").GetProperty("id").GetString()));
        var ev = Assert.Single(records[0].GetProperty("events").EnumerateArray());
        Assert.Equal("surrender", ev.GetProperty("type").GetString());
        Assert.Equal("Islamic State", ev.GetProperty("group").GetString());
        Assert.Equal("Peshmerga", ev.GetProperty("to").GetString());
        Assert.Equal(40, ev.GetProperty("count").GetProperty("value").GetInt32());
        Assert.Equal("approx", ev.GetProperty("count").GetProperty("qualifier").GetString());
        // "on Sunday" is the latest Sunday on or before Tuesday 10 October 2017
        Assert.Equal("2017-10-08", ev.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("Dibis", ev.GetProperty("location").GetProperty("name").GetString());
        var evidence = ev.GetProperty("evidence");
        var start = evidence.GetProperty("start").GetInt32();
        var end = evidence.GetProperty("end").GetInt32();
        Assert.Equal(Surrender[start..end], evidence.GetProperty("text").GetString());
        // a football transfer is not an exit from an armed group
        Assert.Empty(records[1].GetProperty("events").EnumerateArray());
    }

    [Fact]
    public void Extract_a_text_file_resolves_relative_dates_against_published()
    {
        var file = Path.Combine(_dir, "report.txt");
        File.WriteAllText(file, Surrender);
        var output = Path.Combine(_dir, "out.jsonl");
        var r = Cli.Run(_dir, "extract", file, "--published", "2017-10-12", "-o", output);
        Assert.Equal(0, r.ExitCode);
        var ev = Assert.Single(ReadJsonl(output)[0].GetProperty("events").EnumerateArray());
        Assert.Equal("2017-10-08", ev.GetProperty("date").GetProperty("end").GetString());
    }

    [Fact]
    public void Extract_exits_non_zero_only_when_nothing_was_read()
    {
        var garbage = Write("bad.jsonl", "not json", "{\"id\": 3}");
        var r = Cli.Run(_dir, "extract", garbage, "-o", Path.Combine(_dir, "o.jsonl"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("bad.jsonl:1", r.Err, StringComparison.Ordinal);
        var bad = Cli.Run(_dir, "extract", Path.Combine(_dir, "report.txt"), "--published", "10/12/2017");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--published", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_shows_what_each_recogniser_found()
    {
        var corpus = Write("c.jsonl", Line("a", "2017-10-10", Surrender));
        var r = Cli.Run(_dir, "annotate", corpus);
        Assert.Equal(0, r.ExitCode);
        var doc = JsonDocument.Parse(r.Out.Trim()).RootElement;
        Assert.Equal("a", doc.GetProperty("id").GetString());
        Assert.Equal(2, doc.GetProperty("sentences").GetArrayLength());
        var number = doc.GetProperty("numbers").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "cardinal");
        Assert.Equal("About 40", number.GetProperty("text").GetString());
        Assert.Equal(40, number.GetProperty("value").GetInt32());
        var date = Assert.Single(doc.GetProperty("dates").EnumerateArray());
        Assert.Equal("2017-10-08", date.GetProperty("from").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());
        Assert.Contains(doc.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Dibis" && p.GetProperty("country").GetString() == "IQ");
        Assert.Contains(doc.GetProperty("actors").EnumerateArray(), a => a.GetProperty("canonical").GetString() == "Peshmerga");
    }

    [Fact]
    public void Eval_scores_extraction_against_gold_with_the_reference_rules()
    {
        var docs = Write("docs.jsonl", Line("a", "2017-10-10", Surrender), Line("b", "2016-07-05", Negative));
        var start = Surrender.IndexOf("About 40", StringComparison.Ordinal);
        var gold = Write("gold.jsonl",
            JsonSerializer.Serialize(new
            {
                doc = new { id = "a" },
                events = new[]
                {
                    new
                    {
                        type = "surrender", group = "IS", to = "Kurdish Peshmerga", count = new { value = 40, low = 40, high = 40, qualifier = "approx" },
                        date = new { start = "2017-10-08", end = "2017-10-08", precision = "day" },
                        location = new { name = "Dibis", country = "IQ", lat = 35.65, lon = 44.06, precision = "city" },
                        evidence = new { start, end = start + 20 },
                    },
                },
            }),
            JsonSerializer.Serialize(new { doc = new { id = "b" }, events = Array.Empty<object>() }));
        var r = Cli.Run(_dir, "eval", "--docs", docs, "--gold", gold, "--errors", "5");
        Assert.Equal(0, r.ExitCode);
        var summary = r.Out.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("events F1=1.000 P=1.000 R=1.000 | count=1.000 date=1.000 location=1.000", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_prints_exactly_what_the_reference_scorer_prints_when_it_is_available()
    {
        var repo = RepoRoot();
        var scorer = Path.GetFullPath(Path.Combine(repo, "..", "shared", "tools", "score.py"));
        var gold = Path.Combine(repo, "samples", "corpus.gold.jsonl");
        if (!File.Exists(scorer) || !File.Exists("/usr/bin/python3")) return; // reference scorer absent: nothing to compare with
        var pred = Path.Combine(_dir, "pred.jsonl");
        Assert.Equal(0, Cli.Run(_dir, "extract", Path.Combine(repo, "samples", "corpus.jsonl"), "-o", pred).ExitCode);
        var ours = Cli.Run(_dir, "eval", "--gold", gold, "--pred", pred, "--errors", "10");
        var psi = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { scorer, gold, pred, "--show-errors", "10" }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var reference = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(reference, ours.Out);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DefectionWatch.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root not found");
    }
}
