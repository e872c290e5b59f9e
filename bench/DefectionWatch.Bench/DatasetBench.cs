using System.Diagnostics;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using DefectionWatch.Extraction;
using DefectionWatch.Ingest;
using DefectionWatch.Storage;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static DefectionWatch.Bench.Fmt;

namespace DefectionWatch.Bench;

/// <summary>
/// <c>dataset</c> mode (issue 3): <see cref="DatasetRunner"/> over a generated JSONL corpus into a temporary
/// SQLite database (what <c>defwatch run</c> does), then the latency of <c>events</c> filters through
/// <see cref="IDefectionStore.QueryEventsAsync"/> at that size.
/// </summary>
internal static class DatasetBench
{
    private const int QueryRepeats = 20;

    public static async Task<int> RunAsync(BenchOptions o)
    {
        var docs = o.Docs ?? 100_000;
        MachineInfo.Print("dataset", o);
        var dir = o.CreateTempDir();
        try
        {
            var corpus = Path.Combine(dir, "corpus.jsonl");
            var dbPath = Path.Combine(dir, "bench.db");
            var sw = Stopwatch.StartNew();
            var samples = CorpusBuilder.LoadSamples(o.SamplesPath);
            var stats = CorpusBuilder.Write(corpus, samples, docs, o.Seed);
            Console.WriteLine(F($"corpus: {stats.Documents} documents recombined from {samples.Count} sample articles (seed {o.Seed}) in {sw.Elapsed.TotalSeconds:0.0} s; text {stats.TextUtf8Bytes / 1e6:0.0} MB UTF-8, JSONL {stats.FileBytes / 1e6:0.0} MB"));

            sw.Restart();
            var extractor = new Extractor();
            var extractorLoad = sw.Elapsed;
            sw.Restart();
            var languages = new LanguageDetector();
            var languagesLoad = sw.Elapsed;
            // Warm the extractor's lazy tables and the JIT on one document (not stored).
            var first = new SourceReader().ReadPath(corpus).First(r => r.IsDocument).Document!;
            extractor.Extract(first.Info, first.Text);
            Console.WriteLine(F($"load: extractor {extractorLoad.TotalMilliseconds:0} ms, language detector {languagesLoad.TotalMilliseconds:0} ms (not counted below)"));
            Console.WriteLine(F($"run: DatasetRunner, batch {o.Batch}, {System.Environment.ProcessorCount} extraction threads, SQLite WAL -> {dbPath}"));

            RunSummary summary;
            var runClock = Stopwatch.StartNew();
            await using (var store = SqliteDefectionStore.Open(dbPath))
            {
                var runner = new DatasetRunner(store, extractor, languages, new RunOptions { BatchSize = o.Batch });
                var progress = new PrintingProgress(docs, runClock, dbPath);
                summary = await runner.RunAsync(new SourceReader().ReadAsync([corpus]), progress,
                    p => Console.Error.WriteLine("problem: " + p)).ConfigureAwait(false);
            }
            runClock.Stop();
            var c = summary.Counts;
            var rate = c.Read / runClock.Elapsed.TotalSeconds;
            Console.WriteLine(F($"ingest+extract+store: {c.Read} documents in {runClock.Elapsed.TotalSeconds:0.0} s = {rate:0} documents/s ({stats.TextUtf8Bytes / 1e6 / runClock.Elapsed.TotalSeconds:0.00} MB/s UTF-8)"));
            Console.WriteLine(F($"  added {c.Added}, exact copies {c.ExactDuplicates}, near copies {c.NearDuplicates}, not English {c.NotEnglish}, extracted {c.Extracted}, failed {c.Failed}, events {c.Events}, problems {c.Problems}"));
            Console.WriteLine(F($"  target >= 500 documents/s: {(rate >= 500 ? "met" : "NOT met")}"));
            Console.WriteLine("  memory: " + MemorySnapshot.Take(collect: true));
            // Closing the last connection checkpoints the WAL into the main file.
            SqliteConnection.ClearAllPools();
            var dbBytes = FileSize(dbPath);
            Console.WriteLine(F($"database: {dbBytes / 1e6:0.0} MB after close (WAL checkpointed; {dbBytes / (double)Math.Max(1, c.Added) / 1e3:0.0} kB/document incl. text and full-text index)"));

            await QueryBenchAsync(dbPath).ConfigureAwait(false);
            MachineInfo.PrintLoad("end");
            return 0;
        }
        finally
        {
            if (!o.Keep) ExtractBench.TryDelete(dir);
            else Console.WriteLine("kept " + dir);
        }
    }

    private static long FileSize(string path) =>
        new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    private sealed record NamedFilter(string Kind, string Label, EventFilter Filter);

    private static async Task QueryBenchAsync(string dbPath)
    {
        var filters = PickFilters(dbPath);
        Console.WriteLine();
        Console.WriteLine(F($"events filters through IDefectionStore.QueryEventsAsync ({QueryRepeats} timed runs each after 1 warm-up; all rows unless 'limit 100'):"));
        Console.WriteLine("| filter | rows | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var byKind = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        await using var store = SqliteDefectionStore.Open(dbPath);
        foreach (var f in filters.SelectMany(f => new[] { f, f with { Kind = f.Kind + ", limit 100", Label = f.Label + " (limit 100)", Filter = f.Filter with { Limit = 100 } } }))
        {
            var rows = (await store.QueryEventsAsync(f.Filter).ConfigureAwait(false)).Count;
            var times = new List<double>(QueryRepeats);
            for (var i = 0; i < QueryRepeats; i++)
            {
                var sw = Stopwatch.StartNew();
                _ = await store.QueryEventsAsync(f.Filter).ConfigureAwait(false);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            var kind = f.Filter.Limit is null ? "all rows" : "limit 100";
            (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).AddRange(times);
            Console.WriteLine(F($"| {f.Label} | {rows} | {Percentile(times, 0.5):0.0} | {Percentile(times, 0.95):0.0} | {times.Max():0.0} |"));
        }
        foreach (var (kind, times) in byKind)
            Console.WriteLine(F($"p95 over all filters ({kind}): {Percentile(times, 0.95):0.0} ms over {times.Count} queries; target < 50 ms: {(Percentile(times, 0.95) < 50 ? "met" : "NOT met")}"));
    }

    /// <summary>The most frequent groups and countries in the database, every event type, date ranges around the median date, and combinations.</summary>
    private static List<NamedFilter> PickFilters(string dbPath)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        List<(string Value, long Count)> Top(string column, int n)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT {column}, count(*) FROM facts WHERE kind = 'event' AND {column} IS NOT NULL GROUP BY {column} ORDER BY 2 DESC LIMIT {n}";
            using var r = cmd.ExecuteReader();
            var list = new List<(string, long)>();
            while (r.Read()) list.Add((r.GetString(0), r.GetInt64(1)));
            return list;
        }
        var groups = Top("grp", 3);
        var countries = Top("country", 3);
        DateOnly median;
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT date_start FROM facts WHERE kind = 'event' AND date_start IS NOT NULL ORDER BY date_start LIMIT 1 OFFSET (SELECT count(*) / 2 FROM facts WHERE kind = 'event' AND date_start IS NOT NULL)";
            median = cmd.ExecuteScalar() is string s ? DateOnly.ParseExact(s[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2016, 6, 1);
        }
        var month = new DateOnly(median.Year, median.Month, 1);
        var year = new DateOnly(median.Year, 1, 1);
        var list = new List<NamedFilter>();
        foreach (var (g, _) in groups) list.Add(new("group", F($"group = {g}"), new EventFilter(Group: g)));
        foreach (var t in Enum.GetValues<EventType>()) list.Add(new("type", F($"type = {EventExport.Name(t)}"), new EventFilter(Type: t)));
        foreach (var (cc, _) in countries) list.Add(new("country", F($"country = {cc}"), new EventFilter(Country: cc)));
        list.Add(new("date", F($"date in {month:yyyy-MM}"), new EventFilter(From: month, To: month.AddMonths(1).AddDays(-1))));
        list.Add(new("date", F($"date in {year:yyyy}"), new EventFilter(From: year, To: year.AddYears(1).AddDays(-1))));
        list.Add(new("date", F($"date in {year.Year - 2}-{year.Year + 2}"), new EventFilter(From: year.AddYears(-2), To: year.AddYears(3).AddDays(-1))));
        if (groups.Count > 0)
        {
            list.Add(new("combined", F($"group = {groups[0].Value}, type = defection"), new EventFilter(Group: groups[0].Value, Type: EventType.Defection)));
            if (countries.Count > 0)
                list.Add(new("combined", F($"group = {groups[0].Value}, country = {countries[0].Value}, {year:yyyy}"),
                    new EventFilter(Group: groups[0].Value, Country: countries[0].Value, From: year, To: year.AddYears(1).AddDays(-1))));
        }
        if (countries.Count > 0)
            list.Add(new("combined", F($"country = {countries[0].Value}, type = surrender, {year:yyyy}"),
                new EventFilter(Type: EventType.Surrender, Country: countries[0].Value, From: year, To: year.AddYears(1).AddDays(-1))));
        return list;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>Prints a progress line every tenth of the corpus (the runner reports after each batch).</summary>
    private sealed class PrintingProgress(int total, Stopwatch clock, string dbPath) : IProgress<RunProgress>
    {
        private readonly int _step = Math.Max(1, total / 10);
        private long _nextPrint = Math.Max(1, total / 10);
        private (long Read, double Seconds) _last;

        public void Report(RunProgress value)
        {
            if (value.Read < _nextPrint && value.Read < total) return;
            while (_nextPrint <= value.Read) _nextPrint += _step;
            var t = clock.Elapsed.TotalSeconds;
            var segment = (value.Read - _last.Read) / Math.Max(1e-6, t - _last.Seconds);
            _last = (value.Read, t);
            using var p = Process.GetCurrentProcess();
            Console.WriteLine(F($"  {value.Read,7} read, {value.Extracted,7} extracted, {value.Events,7} events; {t,6:0.0} s; {value.Read / t,5:0} docs/s overall, {segment,5:0} in this segment; working set {p.WorkingSet64 / 1e6:0} MB, GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:0} MB; db+wal {FileSize(dbPath) / 1e6:0} MB"));
        }
    }
}
