using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using DefectionWatch.Reports.Html;
using DefectionWatch.Storage;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static DefectionWatch.Bench.Fmt;

namespace DefectionWatch.Bench;

/// <summary>
/// <c>report</c> mode (issue 6): a SQLite store with N generated events (default 100,000; 4 per article, with
/// estimates, motives, people and quotes beside them), then the time of <c>defwatch report</c>'s work (load
/// from the store, compute, build the HTML) against a baseline measured in the same run: exporting the same
/// events as CSV (<c>defwatch export</c>: query, pseudonymise, write).
/// </summary>
internal static class ReportBench
{
    private const int Repeats = 3;
    private const int EventsPerDocument = 4;

    public static async Task<int> RunAsync(BenchOptions o)
    {
        var events = o.Docs ?? 100_000;
        MachineInfo.Print("report", o);
        var dir = o.CreateTempDir();
        try
        {
            var dbPath = Path.Combine(dir, "report-bench.db");
            var sw = Stopwatch.StartNew();
            var docs = await GenerateAsync(dbPath, events, o.Seed).ConfigureAwait(false);
            SqliteConnection.ClearAllPools();
            Console.WriteLine(F($"store: {docs} articles, {events} events (+ {docs} estimates, motives, people, quotes) generated (seed {o.Seed}) in {sw.Elapsed.TotalSeconds:0.0} s, {new FileInfo(dbPath).Length / 1e6:0.0} MB"));

            await using var store = SqliteDefectionStore.Open(dbPath, readOnly: true);
            var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
            // Warm-up of both paths (JIT, SQLite page cache), not counted.
            await ExportAsync(store).ConfigureAwait(false);
            await ReportAsync(store, now).ConfigureAwait(false);

            var baseline = new List<double>();
            var load = new List<double>();
            var build = new List<double>();
            var total = new List<double>();
            long htmlBytes = 0;
            for (var i = 0; i < Repeats; i++)
            {
                sw.Restart();
                await ExportAsync(store).ConfigureAwait(false);
                baseline.Add(sw.Elapsed.TotalSeconds);
                var (l, b, bytes) = await ReportAsync(store, now).ConfigureAwait(false);
                load.Add(l);
                build.Add(b);
                total.Add(l + b);
                htmlBytes = bytes;
            }
            double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
            // Where the load time goes: the two store reads on their own.
            sw.Restart();
            var eventRows = await store.QueryEventsAsync(new EventFilter()).ConfigureAwait(false);
            var eventsRead = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var factRows = await store.QueryFactsAsync([FactKind.Estimate, FactKind.Motive, FactKind.Person, FactKind.Quote]).ConfigureAwait(false);
            var factsRead = sw.Elapsed.TotalSeconds;
            sw.Restart();
            await store.GetStatsAsync().ConfigureAwait(false);
            var statsRead = sw.Elapsed.TotalSeconds;
            sw.Restart();
            await store.GetCoverageAsync().ConfigureAwait(false);
            var coverageRead = sw.Elapsed.TotalSeconds;
            sw.Restart();
            await store.PersonNamesAsync().ConfigureAwait(false);
            var namesRead = sw.Elapsed.TotalSeconds;
            Console.WriteLine(F($"parts     GetStatsAsync {statsRead:0.00} s; GetCoverageAsync {coverageRead:0.00} s; PersonNamesAsync {namesRead:0.00} s"));
            Console.WriteLine(F($"parts     QueryEventsAsync {eventRows.Count} rows {eventsRead:0.00} s; QueryFactsAsync {factRows.Count} rows {factsRead:0.00} s (rows only, JSON of facts not parsed)"));
            Console.WriteLine(F($"baseline  export csv (query + pseudonymise + write {events} rows): median {Median(baseline):0.00} s of {Repeats}"));
            Console.WriteLine(F($"report    load from store: median {Median(load):0.00} s; compute + build HTML: median {Median(build):0.00} s; HTML {htmlBytes / 1e6:0.00} MB"));
            var t = Median(total);
            Console.WriteLine(F($"report    total: median {t:0.00} s = {t / Median(baseline):0.00}x the export baseline; target < 5 s: {(t < 5 ? "met" : "NOT met")}"));
            Console.WriteLine("  memory: " + MemorySnapshot.Take(collect: true));
            MachineInfo.PrintLoad("end");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!o.Keep) ExtractBench.TryDelete(dir);
            else Console.WriteLine("kept " + dir);
        }
    }

    private static async Task ExportAsync(IDefectionStore store)
    {
        var rows = await EventExport.QueryAsync(store, new EventFilter(), includeNames: false).ConfigureAwait(false);
        using var w = new StreamWriter(Stream.Null, new UTF8Encoding(false));
        EventExport.WriteCsv(w, rows);
    }

    private static async Task<(double Load, double Build, long Bytes)> ReportAsync(IDefectionStore store, DateTimeOffset now)
    {
        var sw = Stopwatch.StartNew();
        var data = await ReportLoader.LoadAsync(store, new ReportRequest(now)).ConfigureAwait(false);
        var load = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var html = HtmlReport.Build(ReportAnalysis.Compute(data));
        return (load, sw.Elapsed.TotalSeconds, Encoding.UTF8.GetByteCount(html));
    }

    private static readonly string[] Groups =
    [
        "Islamic State", "al-Shabaab", "Taliban", "Boko Haram", "Islamic State West Africa Province", "Tatmadaw", "M23", "ELN",
        "Hayat Tahrir al-Sham", "Jama'at Nusrat al-Islam wal-Muslimin", "Allied Democratic Forces", "Russian Armed Forces",
    ];

    private static readonly (string Name, string Country, double Lat, double Lon)[] Places =
    [
        ("Mosul", "IQ", 36.34, 43.13), ("Kirkuk", "IQ", 35.47, 44.39), ("Raqqa", "SY", 35.95, 39.01), ("Idlib", "SY", 35.93, 36.63),
        ("Maiduguri", "NG", 11.85, 13.16), ("Diffa", "NE", 13.32, 12.61), ("Mogadishu", "SO", 2.04, 45.34), ("Kismayo", "SO", -0.36, 42.55),
        ("Kandahar", "AF", 31.61, 65.71), ("Kunduz", "AF", 36.73, 68.86), ("Goma", "CD", -1.68, 29.22), ("Beni", "CD", 0.49, 29.47),
        ("Mopti", "ML", 14.49, -4.20), ("Arauca", "CO", 7.08, -70.76), ("Sagaing", "MM", 21.88, 95.98), ("Bakhmut", "UA", 48.59, 38.00),
    ];

    private static readonly string[] Motives = ["living_conditions", "brutality", "incentive", "military_pressure", "family", "corruption", "ideology"];
    private static readonly string[] First = ["Karim", "Samir", "Ahmed", "Musa", "Ali", "Omar", "Yusuf", "Ibrahim", "Hassan", "Bashir"];
    private static readonly string[] Last = ["Haddad", "Tawil", "Nuri", "Bello", "Farouk", "Kassim", "Abdi", "Gana", "Rahimi", "Sadiq"];

    /// <summary>Writes the generated articles and facts through the store's batch API; returns the number of articles.</summary>
    private static async Task<int> GenerateAsync(string dbPath, int events, int seed)
    {
        var rng = new Random(seed);
        var docs = (events + EventsPerDocument - 1) / EventsPerDocument;
        var start = new DateOnly(2014, 1, 1);
        await using var store = SqliteDefectionStore.Open(dbPath);
        const int batchSize = 1000;
        for (var b = 0; b < docs; b += batchSize)
        {
            await using var batch = await store.BeginBatchAsync().ConfigureAwait(false);
            for (var d = b; d < Math.Min(docs, b + batchSize); d++)
            {
                var published = start.AddDays(rng.Next(0, 11 * 365));
                var outlet = "outlet" + rng.Next(0, 40).ToString(CultureInfo.InvariantCulture) + ".example";
                var person = First[rng.Next(First.Length)] + " " + Last[rng.Next(Last.Length)];
                var text = $"Fighters of a group left their posts, {person} said. They had not been paid for months. " +
                           $"About {rng.Next(500, 5000)} fighters remain, officials estimate. \"We were hungry,\" {person} said.";
                var info = new DocumentInfo("gen-" + d.ToString(CultureInfo.InvariantCulture), $"https://{outlet}/a/{d}", published, $"Fighters leave ({d})", "en");
                var hash = d.ToString("x16", CultureInfo.InvariantCulture);
                var id = await batch.AddDocumentAsync(new NewDocument(info.Id, info, text, "bench", d, outlet, DateTimeOffset.UnixEpoch, hash, "en", DocumentStatus.Pending)).ConfigureAwait(false);
                var evs = ImmutableArray.CreateBuilder<ExitEvent>();
                var n = Math.Min(EventsPerDocument, events - d * EventsPerDocument);
                for (var i = 0; i < n; i++)
                {
                    var p = Places[rng.Next(Places.Length)];
                    var type = (EventType)rng.Next(0, 6);
                    var count = rng.Next(4) switch
                    {
                        0 => Count.Exact(rng.Next(1, 300)),
                        1 => Count.Approx(rng.Next(10, 2000)),
                        2 => Count.AtLeast(rng.Next(5, 500)),
                        _ => Count.Vague(24, 99),
                    };
                    var day = published.AddDays(-rng.Next(0, 20));
                    evs.Add(new ExitEvent(type, Groups[rng.Next(Groups.Length)], count, null,
                        new Place(p.Name, p.Country, p.Lat + rng.Next(-3, 4) * 0.01, p.Lon, PlacePrecision.City), DateInterval.Day(day),
                        rng.Next(3) == 0 ? [Motives[rng.Next(Motives.Length)]] : [], "officials", new Evidence(0, 45, text[..45])));
                }
                var record = new ExtractionRecord(info, evs.ToImmutable(),
                    [new Estimate((Measure)rng.Next(0, 8), Groups[rng.Next(Groups.Length)], Count.Approx(rng.Next(500, 5000)), [Places[rng.Next(Places.Length)].Country], null,
                        DateInterval.Day(published), "officials", new Evidence(88, 140, text[88..140]))],
                    [new Motive(Motives[rng.Next(Motives.Length)], new Evidence(0, 45, text[..45]))],
                    [new Person(person, "defector", null, 0)],
                    [new Quote(person, null, null, new Evidence(text.IndexOf('"', StringComparison.Ordinal), text.Length, text[text.IndexOf('"', StringComparison.Ordinal)..]))],
                    "bench/1");
                await batch.SaveExtractionAsync(id, record, "bench/1").ConfigureAwait(false);
            }
            await batch.CommitAsync().ConfigureAwait(false);
        }
        return docs;
    }
}
