using System.Runtime.InteropServices;
using Dapper;
using DefectionWatch.Dataset;
using DefectionWatch.Ingest;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Tests;

/// <summary>
/// Near-duplicate linking with the bounded candidate search: copies are still linked to their original when many
/// earlier documents share boilerplate (bands over the per-band cap are skipped), distinct stories are not, and the
/// outcome does not depend on the batch size.
/// </summary>
public sealed class NearDuplicateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-near-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Db(string name) => Path.Combine(_dir, name);

    // An invented standard footer, long enough that every story carrying it shares many MinHash bands with the others.
    private const string Footer =
        "About this service: the Northfield Monitoring Desk compiles field notes from volunteer observers in the valley towns, " +
        "checks every figure against two local contacts, and publishes a short digest each morning for subscribers in the region. " +
        "Corrections are posted in the evening bulletin, and readers may write to the desk at any time with new information or complaints. " +
        "The desk does not accept payment from any party and keeps the identity of its contacts private for their own safety.";

    private static string Story(int i) => TestData.Article(i) + " " + Footer;

    /// <summary>A wire copy: new dateline and credit, one sentence dropped.</summary>
    private static string Copy(string text)
    {
        var firstStop = text.IndexOf(". ", StringComparison.Ordinal) + 2;
        var secondStop = text.IndexOf(". ", firstStop, StringComparison.Ordinal) + 2;
        return "PORT VELL (Valley Wire) - " + text[..firstStop] + text[secondStop..] + " Reporting by the valley desk.";
    }

    private const int Stories = 300;

    private static readonly int[] Copied = [3, 40, 95, 150, 299];

    /// <summary>300 stories with the common footer (so its bands exceed the cap), then copies of five of them.</summary>
    private string WriteCorpus()
    {
        var lines = new List<string>();
        for (var i = 0; i < Stories; i++) lines.Add(TestData.JsonLine("story" + i, Story(i)));
        foreach (var i in Copied) lines.Add(TestData.JsonLine("copy" + i, Copy(Story(i))));
        var path = Path.Combine(_dir, "corpus.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<RunSummary> Run(string db, string corpus, int batch)
    {
        await using var store = SqliteDefectionStore.Open(db);
        var runner = new DatasetRunner(store, new FakeExtractor(), null, new RunOptions { BatchSize = batch });
        return await runner.RunAsync(new SourceReader().Read([corpus]));
    }

    [Fact]
    public async Task Copies_are_linked_to_their_original_and_stories_sharing_boilerplate_are_not()
    {
        var corpus = WriteCorpus();
        var s = await Run(Db("a.db"), corpus, batch: 16);

        using var c = new SqliteConnection("Data Source=" + Db("a.db") + ";Pooling=false");
        c.Open();
        // The footer makes some bands common to more stories than the cap: the skipping path is exercised.
        var biggestBand = c.ExecuteScalar<long>("SELECT max(n) FROM (SELECT count(*) AS n FROM doc_bands GROUP BY band_hash)");
        Assert.True(biggestBand > NearDuplicateLimits.Default.MaxDocumentsPerBand, $"largest band has {biggestBand} documents: the cap is never reached");

        // Each copy points at its own original, and nothing else is a copy: distinct stories with the same footer stay independent.
        var links = c.Query<(string Key, string Original)>(
            "SELECT d.doc_key, o.doc_key FROM documents d JOIN documents o ON o.id = d.duplicate_of WHERE d.duplicate_kind = 'near' ORDER BY d.id")
            .ToList();
        Assert.Equal(Copied.Select(i => ("copy" + i, "story" + i)), links);
        Assert.Equal(Copied.Length, s.Counts.NearDuplicates);
        Assert.Equal(Stories, s.Counts.Extracted);
        // Only originals keep a signature and bands.
        Assert.Equal(Stories, c.ExecuteScalar<long>("SELECT count(*) FROM doc_minhash"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM doc_bands b JOIN documents d ON d.id = b.doc_id WHERE d.duplicate_of IS NOT NULL"));

        // Deterministic: one document per transaction gives the same database.
        await Run(Db("b.db"), corpus, batch: 1);
        Assert.Equal(TestData.Dump(Db("a.db")), TestData.Dump(Db("b.db")));
    }

    [Theory]
    // A cap of one candidate still finds the original: it shares the most bands with its copy.
    [InlineData(1, 64)]
    // A tiny per-band cap skips the footer's bands; the story's own bands still find the original.
    [InlineData(16, 2)]
    public async Task Tight_limits_still_link_the_copy(int maxCandidates, int maxPerBand)
    {
        var corpus = WriteCorpus();
        await using var store = SqliteDefectionStore.Open(Db("t.db"));
        var runner = new DatasetRunner(store, new FakeExtractor(), null,
            new RunOptions { BatchSize = 32, NearDuplicateLimits = new NearDuplicateLimits(maxCandidates, maxPerBand) });
        var s = await runner.RunAsync(new SourceReader().Read([corpus]));
        Assert.Equal(Copied.Length, s.Counts.NearDuplicates);
        foreach (var (i, n) in Copied.Select((i, n) => (i, n)))
            Assert.Equal(i + 1L, (await store.GetDocumentAsync(Stories + 1 + n))!.DuplicateOf);
    }

    [Fact]
    public async Task A_version_1_database_moves_its_signatures_to_the_narrow_table_and_still_links_copies()
    {
        // Build a schema-1 database by hand with one original, as the first release wrote it (signature inline).
        var db = Db("v1.db");
        var original = Story(7);
        var sig = MinHash.Signature(original);
        using (var c = new SqliteConnection("Data Source=" + db + ";Pooling=false"))
        {
            c.Open();
            c.Execute("CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            c.Execute(Migrations.All[0].Sql);
            c.Execute("INSERT INTO schema_migrations VALUES(1, @n, '2024-01-01')", new { n = Migrations.All[0].Name });
            c.Execute("""
                INSERT INTO documents(id, doc_key, source, retrieved_at, content_hash, status, minhash, text, published, language)
                VALUES(1, 'story7', 'old.jsonl', '2024-01-01T00:00:00Z', 'h7', 'extracted', @sig, @original, '2022-05-06', 'en')
                """, new { sig = MemoryMarshal.AsBytes(sig.AsSpan()).ToArray(), original });
            foreach (var h in MinHash.BandHashes(sig).Distinct())
                c.Execute("INSERT INTO doc_bands(band_hash, doc_id) VALUES(@h, 1)", new { h });
        }
        var corpus = Path.Combine(_dir, "copy.jsonl");
        File.WriteAllLines(corpus, [TestData.JsonLine("copy7", Copy(original))]);
        var s = await Run(db, corpus, batch: 4);
        Assert.Equal(1, s.Counts.NearDuplicates);
        await using var store = SqliteDefectionStore.Open(db);
        Assert.Equal(2, store.SchemaVersion);
        Assert.Equal(1L, (await store.GetDocumentAsync(2))!.DuplicateOf);
        using var check = new SqliteConnection("Data Source=" + db + ";Pooling=false");
        check.Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE minhash IS NOT NULL"));
        Assert.Equal(1, check.ExecuteScalar<long>("SELECT count(*) FROM doc_minhash"));
    }
}
