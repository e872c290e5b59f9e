using System.Diagnostics;
using DefectionWatch.Storage.Tests;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Cli.Tests;

/// <summary>
/// Kill <c>defwatch run</c> at random moments, re-run it to completion, and compare the database with a
/// clean run: nothing committed is lost, nothing is duplicated.
/// </summary>
public sealed class KillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    [Fact]
    public void Killed_runs_resume_to_the_same_database_as_a_clean_run()
    {
        // 1,500 documents with exact and near copies sprinkled in, small batches so that kills land between and inside commits.
        var corpus = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllLines(corpus, Enumerable.Range(0, 1500).Select(i =>
            i % 50 == 49 ? TestData.JsonLine("copy" + i, TestData.Article(i - 10))
            : i % 50 == 25 ? TestData.JsonLine("near" + i, "UPDATE: " + TestData.Article(i - 5))
            : TestData.JsonLine("k" + i, TestData.Article(i))));

        var clean = Cli.Run(_dir, "run", corpus, "--db", "clean.db", "--batch", "8");
        Assert.Equal(0, clean.ExitCode);

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var kills = 0;
        for (var attempt = 0; attempt < 7; attempt++)
        {
            using var p = Process.Start(Cli.StartInfo(_dir, "run", corpus, "--db", "killed.db", "--batch", "8"))!;
            p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEndAsync();
            var delay = random.Next(250, 2500);
            if (!p.WaitForExit(delay))
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit();
                kills++;
            }
        }
        var final = Cli.Run(_dir, "run", corpus, "--db", "killed.db", "--batch", "8");
        Assert.True(final.ExitCode == 0, final.Err);
        Assert.True(kills > 0, "no run was killed: the test proved nothing (seed " + seed + ")");
        Assert.Equal(TestData.Dump(Path.Combine(_dir, "clean.db")), TestData.Dump(Path.Combine(_dir, "killed.db")));
        using var c = new SqliteConnection("Data Source=" + Path.Combine(_dir, "killed.db") + ";Pooling=false");
        c.Open();
        using var check = c.CreateCommand();
        check.CommandText = "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check'); PRAGMA integrity_check;";
        Assert.Equal("ok", check.ExecuteScalar());
    }
}
