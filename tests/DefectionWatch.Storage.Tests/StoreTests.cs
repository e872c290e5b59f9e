using Dapper;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using DefectionWatch.Ingest;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Tests;

public sealed class StoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-store-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Db(string name = "t.db") => Path.Combine(_dir, name);

    private string Corpus(params string[] lines)
    {
        var p = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(p, lines);
        return p;
    }

    private static async Task<RunSummary> Run(string db, string corpus, FakeExtractor? extractor = null, int batch = 4)
    {
        await using var store = SqliteDefectionStore.Open(db);
        var runner = new DatasetRunner(store, extractor ?? new FakeExtractor(), new LanguageDetector(), new RunOptions { BatchSize = batch });
        return await runner.RunAsync(new SourceReader().Read([corpus]));
    }

    [Fact]
    public async Task Documents_and_facts_round_trip_with_provenance_span_and_version()
    {
        var text = TestData.Article(3);
        var corpus = Corpus(TestData.JsonLine("a1", text, "https://www.wire.example/a1"));
        var summary = await Run(Db(), corpus);
        Assert.Equal(1, summary.Counts.Added);
        await using var store = SqliteDefectionStore.Open(Db());
        var doc = (await store.GetDocumentAsync(1))!;
        Assert.Equal("a1", doc.Key);
        Assert.Equal("wire.example", doc.Publisher);
        Assert.Equal(new DateOnly(2022, 5, 6), doc.Info.Published);
        Assert.Equal(corpus, doc.Source);
        Assert.Equal(1, doc.SourceLine);
        Assert.Equal(ContentHash.Compute(text), doc.ContentHash);
        Assert.Equal(DocumentStatus.Extracted, doc.Status);
        Assert.Equal("fake/1", doc.ExtractorVersion);
        Assert.Equal(text, await store.GetTextAsync(1));
        var facts = await store.GetFactsAsync(1);
        var ev = Assert.Single(facts, f => f.Kind == FactKind.Event);
        Assert.Equal("fake/1", ev.ExtractorVersion);
        Assert.Equal(1, ev.DocumentId);
        Assert.Contains("defected", text[ev.SpanStart!.Value..ev.SpanEnd!.Value]);
        Assert.Single(facts, f => f.Kind == FactKind.Person);
        var row = Assert.Single(await store.QueryEventsAsync(new EventFilter()));
        Assert.Equal(12, row.Event.Count!.Value);
        Assert.Equal("Alpha Brigade", row.Event.Group);
    }

    [Fact]
    public async Task Running_twice_gives_the_same_database()
    {
        // Idempotency: the second run adds nothing and changes no row.
        var corpus = Corpus([.. Enumerable.Range(0, 30).Select(i => TestData.JsonLine("d" + i, TestData.Article(i)))]);
        await Run(Db(), corpus);
        var first = TestData.Dump(Db());
        var again = await Run(Db(), corpus);
        Assert.Equal(0, again.Counts.Added);
        Assert.Equal(30, again.Counts.AlreadyStored);
        Assert.Equal(first, TestData.Dump(Db()));
    }

    [Fact]
    public async Task Batch_size_does_not_change_the_result()
    {
        // A run in batches of 1 and one in a single batch store the same rows (dedupe sees earlier docs of its own batch).
        var lines = Enumerable.Range(0, 12).Select(i => TestData.JsonLine("d" + i, TestData.Article(i % 8))).ToArray();
        var corpus = Corpus(lines);
        await Run(Db("a.db"), corpus, batch: 1);
        await Run(Db("b.db"), corpus, batch: 100);
        Assert.Equal(TestData.Dump(Db("a.db")), TestData.Dump(Db("b.db")));
    }

    [Fact]
    public async Task Syndicated_copies_are_linked_to_the_original_and_not_extracted()
    {
        var original = TestData.Article(6);
        // Wire copy: another dateline and credit, last sentence cut: a near duplicate.
        var copy = "TARSK (Other Wire) - " + original[..original.LastIndexOf("Colonel", StringComparison.Ordinal)] + "Colonel Imran Valdosek1 said twelve fighters defected to the army. Reporting by staff.";
        var unrelated = TestData.Article(7);
        var corpus = Corpus(
            TestData.JsonLine("orig", original, "https://first.example/orig"),
            TestData.JsonLine("copy", copy, "https://second.example/copy"),
            TestData.JsonLine("same", original, "https://third.example/same"),
            TestData.JsonLine("other", unrelated, "https://first.example/other"));
        var extractor = new FakeExtractor();
        var s = await Run(Db(), corpus, extractor);
        Assert.Equal(1, s.Counts.NearDuplicates);
        Assert.Equal(1, s.Counts.ExactDuplicates);
        Assert.Equal(2, extractor.Calls);
        await using var store = SqliteDefectionStore.Open(Db());
        var c = (await store.GetDocumentAsync(2))!;
        Assert.Equal((DocumentStatus.Duplicate, DuplicateKind.Near, 1L), (c.Status, c.DuplicateKind!.Value, c.DuplicateOf!.Value));
        Assert.InRange(c.Similarity!.Value, 0.7, 0.999);
        var same = (await store.GetDocumentAsync(3))!;
        Assert.Equal((DuplicateKind.Exact, 1L), (same.DuplicateKind!.Value, same.DuplicateOf!.Value));
        Assert.Null((await store.GetDocumentAsync(4))!.DuplicateOf);
        // The copy is not an independent source: one event, with the copies' publishers attached.
        var ev = Assert.Single(await store.QueryEventsAsync(new EventFilter()));
        Assert.Equal(["second.example", "third.example"], ev.CopyPublishers.ToArray());
        var row = EventExport.ToRow(ev, Pseudonymizer.None);
        Assert.Contains("same report also in: second.example; third.example", row.Notes);
    }

    [Theory]
    // Near-duplicate detection: similar texts are close, different ones far apart.
    [InlineData(1, 1, true)]
    [InlineData(1, 2, false)]
    [InlineData(5, 6, false)]
    public void Minhash_similarity_separates_copies_from_other_stories(int a, int b, bool similar)
    {
        var ta = TestData.Article(a);
        var tb = a == b ? "EDITED: " + TestData.Article(b).Replace("Report number", "Dispatch number", StringComparison.Ordinal) : TestData.Article(b);
        var sim = MinHash.Similarity(MinHash.Signature(ta), MinHash.Signature(tb));
        Assert.Equal(similar, sim >= 0.7);
    }

    [Fact]
    public void Short_texts_get_no_signature()
    {
        // Under MinWords words there is too little to judge: only exact copies are found.
        Assert.True(MinHash.Signature("Ten fighters defected on Monday.").IsEmpty);
        Assert.Equal(MinHash.Bands, MinHash.BandHashes(MinHash.Signature(TestData.Article(1))).Length);
    }

    [Fact]
    public async Task Non_english_documents_are_stored_and_flagged_not_extracted()
    {
        var fr = "Les soldats de la brigade ont quitté leurs positions mardi soir et ont traversé la rivière, selon plusieurs témoins interrogés dans la ville voisine par nos correspondants sur place.";
        var corpus = Corpus(TestData.JsonLine("fr", fr, language: null), TestData.JsonLine("en", TestData.Article(3), language: null));
        var extractor = new FakeExtractor();
        var s = await Run(Db(), corpus, extractor);
        Assert.Equal(1, s.Counts.NotEnglish);
        Assert.Equal(1, extractor.Calls);
        await using var store = SqliteDefectionStore.Open(Db());
        var d = (await store.GetDocumentAsync(1))!;
        Assert.Equal((DocumentStatus.NotEnglish, "fr"), (d.Status, d.DetectedLanguage));
        Assert.Equal("en", (await store.GetDocumentAsync(2))!.DetectedLanguage);
    }

    [Fact]
    public async Task Reextract_reprocesses_documents_of_an_older_extractor_version()
    {
        var corpus = Corpus([.. Enumerable.Range(0, 6).Select(i => TestData.JsonLine("d" + i, TestData.Article(i)))]);
        await Run(Db(), corpus, new FakeExtractor("fake/1"));
        await using var store = SqliteDefectionStore.Open(Db());
        var v2 = new FakeExtractor("fake/2");
        var runner = new DatasetRunner(store, v2, null, new RunOptions { BatchSize = 4 });
        var s = await runner.ReextractAsync();
        Assert.Equal(6, s.Counts.Extracted);
        Assert.All(await store.QueryEventsAsync(new EventFilter()), e => Assert.Equal("fake/2", e.ExtractorVersion));
        // Nothing left to do for the same version.
        Assert.Equal(0, (await runner.ReextractAsync()).Counts.Extracted);
        Assert.Equal(6, (await runner.ReextractAsync(all: true)).Counts.Extracted);
    }

    [Fact]
    public async Task Same_id_with_other_text_is_kept_as_a_second_document()
    {
        // Two corpora reusing "d1": both texts are stored; re-running adds nothing.
        var a = Corpus(TestData.JsonLine("d1", TestData.Article(1)));
        var b = Corpus(TestData.JsonLine("d1", TestData.Article(2)));
        await Run(Db(), a);
        await Run(Db(), b);
        var again = await Run(Db(), b);
        Assert.Equal(0, again.Counts.Added);
        await using var store = SqliteDefectionStore.Open(Db());
        Assert.StartsWith("d1#", (await store.GetDocumentAsync(2))!.Key);
    }

    [Fact]
    public async Task Migrations_are_recorded_once_and_a_newer_schema_is_refused()
    {
        await using (var store = SqliteDefectionStore.Open(Db()))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal([(1, "documents, facts, minhash bands, full-text index"), (2, "narrow minhash table, event indexes matching filters and order")],
                store.AppliedMigrations());
        }
        await using (var again = SqliteDefectionStore.Open(Db()))
            Assert.Equal(2, again.AppliedMigrations().Count);
        using (var c = new SqliteConnection("Data Source=" + Db() + ";Pooling=false"))
        {
            c.Open();
            Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
            c.Execute("INSERT INTO schema_migrations VALUES(99, 'future', '2030-01-01')");
        }
        Assert.Throws<InvalidOperationException>(() => SqliteDefectionStore.Open(Db()));
    }

    [Theory]
    // Plain words, all required.
    [InlineData("members unit", true)]
    // A quoted phrase.
    [InlineData("\"handed in their rifles\"", true)]
    // FTS operators and stray quotes are taken as words, never as syntax.
    [InlineData("AND OR NOT ( \" * :", false)]
    [InlineData("zzzunknownword", false)]
    public async Task Search_finds_words_and_never_fails_on_operators(string query, bool found)
    {
        var corpus = Corpus([.. Enumerable.Range(0, 10).Select(i => TestData.JsonLine("d" + i, TestData.Article(i)))]);
        await Run(Db(), corpus);
        await using var store = SqliteDefectionStore.Open(Db());
        var hits = await store.SearchAsync(query, 5);
        Assert.Equal(found, hits.Count > 0);
    }

    [Fact]
    public async Task Event_filters_select_by_group_type_country_and_dates()
    {
        var corpus = Corpus(
            TestData.JsonLine("a", TestData.Article(3), published: "2020-01-10"),
            TestData.JsonLine("b", TestData.Article(6), published: "2021-06-01"));
        await Run(Db(), corpus);
        await using var store = SqliteDefectionStore.Open(Db());
        async Task<int> N(EventFilter f) => (await store.QueryEventsAsync(f)).Count;
        Assert.Equal(2, await N(new EventFilter()));
        Assert.Equal(2, await N(new EventFilter(Group: "alpha brigade")));
        Assert.Equal(0, await N(new EventFilter(Group: "Beta")));
        Assert.Equal(2, await N(new EventFilter(Type: EventType.Defection, Country: "iq")));
        Assert.Equal(0, await N(new EventFilter(Type: EventType.Surrender)));
        Assert.Equal(1, await N(new EventFilter(From: new DateOnly(2021, 1, 1))));
        Assert.Equal(1, await N(new EventFilter(To: new DateOnly(2020, 12, 31))));
        Assert.Equal(1, await N(new EventFilter(Limit: 1)));
    }

    [Fact]
    public async Task Export_pseudonymises_people_everywhere_unless_names_are_included()
    {
        var corpus = Corpus(TestData.JsonLine("a", TestData.Article(3)), TestData.JsonLine("b", TestData.Article(9)));
        await Run(Db(), corpus);
        await using var store = SqliteDefectionStore.Open(Db());
        var hidden = await EventExport.QueryAsync(store, new EventFilter(), includeNames: false);
        var shown = await EventExport.QueryAsync(store, new EventFilter(), includeNames: true);
        Assert.All(hidden, r => Assert.DoesNotContain("Valdosek", r.Notes));
        Assert.All(shown, r => Assert.Contains("Valdosek", r.Notes));
        // Stable: same pseudonym for the same person across rows and calls.
        var again = await EventExport.QueryAsync(store, new EventFilter(), includeNames: false);
        Assert.Equal(hidden.Select(r => r.Notes), again.Select(r => r.Notes));
        Assert.Matches("Person-[A-Z2-9]{6}", hidden[0].Notes);
    }

    [Theory]
    // Full name and surname alone map to the same pseudonym; other words are untouched.
    [InlineData("Colonel Amal Ferrow spoke. Ferrow left.", "Colonel {0} spoke. {0} left.")]
    // A name inside a longer word is not replaced.
    [InlineData("Ferrowville is a town.", "Ferrowville is a town.")]
    public void Pseudonymizer_replaces_full_names_and_surnames(string text, string expected)
    {
        var p = new Pseudonymizer(["Amal Ferrow"], "secret");
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, Pseudonymizer.PseudonymOf("Amal Ferrow", "secret")), p.Apply(text));
        Assert.NotEqual(Pseudonymizer.PseudonymOf("Amal Ferrow", "secret"), Pseudonymizer.PseudonymOf("Amal Ferrow", "other"));
    }

    [Fact]
    public void Csv_has_the_exact_columns_and_quotes_cells()
    {
        var row = new ExportRow("DW-1", "2020-01-01", "2020-01-01", "2020-01-01", "day", "defection", "G, with comma", null, 5, 5, 5, "exact",
            "Place \"q\"", null, "Iraq", "IQ", 1.5, 2.25, "city", "=cmd", null, null, "line\nbreak", "doc", 0, 1, "v");
        var w = new StringWriter();
        EventExport.WriteCsv(w, [row]);
        var lines = w.ToString().Split("\r\n");
        Assert.Equal("event_id,event_date,date_start,date_end,date_precision,event_type,group,to,count_best,count_low,count_high,count_qualifier,location,admin1,country,iso,latitude,longitude,geo_precision,source,source_original,source_url,notes", lines[0]);
        Assert.Equal("DW-1,2020-01-01,2020-01-01,2020-01-01,day,defection,\"G, with comma\",,5,5,5,exact,\"Place \"\"q\"\"\",,Iraq,IQ,1.5,2.25,city,'=cmd,,,\"line\nbreak\"", lines[1]);
    }

    [Fact]
    public async Task A_batch_that_is_not_committed_leaves_nothing()
    {
        // What a kill mid-batch amounts to: the transaction rolls back whole.
        await using var store = SqliteDefectionStore.Open(Db());
        await using (var tx = await store.BeginBatchAsync())
        {
            await tx.AddDocumentAsync(new NewDocument("k", new DocumentInfo("k", null, null, null, null), "text", "src", 1, null,
                DateTimeOffset.UnixEpoch, "h", null, DocumentStatus.Pending));
        }
        Assert.Equal(0, (await store.GetStatsAsync()).Documents);
    }
}
