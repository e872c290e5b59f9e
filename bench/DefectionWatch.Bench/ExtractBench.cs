using System.Diagnostics;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Extraction;
using DefectionWatch.Extraction.Internal;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Ingest;
using static DefectionWatch.Bench.Fmt;

namespace DefectionWatch.Bench;

/// <summary>
/// <c>extract</c> mode (issue 2): throughput of full extraction against a baseline (read the corpus and
/// split sentences) measured in the same run, memory at checkpoints to show it stays flat in corpus size.
/// </summary>
internal static class ExtractBench
{
    private const int WarmupDocs = 2000;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(5);
    private const int SampleEvery = 250;

    public static int Run(BenchOptions o)
    {
        var docs = o.Docs ?? 20_000;
        MachineInfo.Print("extract", o);
        var dir = o.CreateTempDir();
        try
        {
            var corpus = Path.Combine(dir, "corpus.jsonl");
            var sw = Stopwatch.StartNew();
            var samples = CorpusBuilder.LoadSamples(o.SamplesPath);
            var stats = CorpusBuilder.Write(corpus, samples, docs, o.Seed);
            Console.WriteLine(F($"corpus: {stats.Documents} documents recombined from {samples.Count} sample articles (seed {o.Seed}) in {sw.Elapsed.TotalSeconds:0.0} s"));
            Console.WriteLine(F($"        text {stats.TextUtf8Bytes / 1e6:0.0} MB UTF-8 ({stats.TextChars / 1e6:0.0} M UTF-16 chars), {stats.TextUtf8Bytes / (double)stats.Documents:0} bytes/document, JSONL file {stats.FileBytes / 1e6:0.0} MB -> {corpus}"));
            Console.WriteLine("memory after corpus generation: " + MemorySnapshot.Take(collect: true));
            Console.WriteLine();

            // Loading: the splitter alone (baseline), then the whole extractor (gazetteer, codebook, lexicons).
            sw.Restart();
            var splitter = new SentenceSplitter(new ResourceStore());
            var splitterLoad = sw.Elapsed;
            sw.Restart();
            var extractor = new Extractor();
            var extractorLoad = sw.Elapsed;
            var reader = new SourceReader(new IngestOptions());
            var first = reader.ReadPath(corpus).First(r => r.IsDocument).Document!;
            sw.Restart();
            extractor.Extract(first.Info, first.Text);
            var firstDoc = sw.Elapsed;
            Console.WriteLine(F($"load: sentence splitter {splitterLoad.TotalMilliseconds:0} ms; extractor (gazetteer, codebook, lexicons) {extractorLoad.TotalMilliseconds:0} ms; first document (lazy tables + JIT) {firstDoc.TotalMilliseconds:0} ms"));
            Console.WriteLine("memory after load: " + MemorySnapshot.Take(collect: true));

            // Warm-up: JIT and tiered (PGO) compilation of both code paths, cycling over the first documents
            // until a minimum time has passed: tier-1 code arrives only after a few seconds of calls.
            sw.Restart();
            var warmSet = Documents(reader, corpus).Take(Math.Min(WarmupDocs, docs)).ToList();
            var warmed = 0;
            while (sw.Elapsed < WarmupTime || warmed < WarmupDocs)
            {
                var d = warmSet[warmed++ % warmSet.Count];
                splitter.Process(new Document(d.Info, d.Text));
                extractor.Extract(d.Info, d.Text);
            }
            warmSet.Clear();
            Console.WriteLine(F($"warm-up: {warmed} documents through both paths in {sw.Elapsed.TotalSeconds:0.0} s (not counted)"));
            Console.WriteLine();

            // (a) baseline: read + split.
            var baseline = Pass(reader, corpus, stats, "baseline (read JSONL + SentenceSplitter: sentences and tokens)", d =>
                splitter.Process(new Document(d.Info, d.Text)).Get(DefectionWatch.Core.Layers.Layers.Sentences).Length, checkpoints: []);
            // (b) full extraction, single thread, with memory checkpoints.
            var checkpoints = new[] { docs / 4, docs / 2, docs }.Where(c => c > 0).Distinct().ToArray();
            var full = Pass(reader, corpus, stats, "full extraction (read JSONL + Extractor.Extract), 1 thread", d =>
            {
                var r = extractor.Extract(d.Info, d.Text);
                return r.Events.Length + r.Estimates.Length;
            }, checkpoints);

            PassResult? parallel = null;
            if (o.Jobs > 1)
                parallel = ParallelPass(reader, corpus, stats, extractor, o.Jobs);

            Console.WriteLine();
            Console.WriteLine("summary (MB = 1e6 bytes of UTF-8 text; M chars = 1e6 UTF-16 chars):");
            Console.WriteLine("| run | documents/s | MB/s (UTF-8) | M chars/s (UTF-16) |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var p in new[] { baseline, full, parallel }.OfType<PassResult>())
                Console.WriteLine(F($"| {p.Name} | {p.DocsPerSecond:0} | {p.MbPerSecond:0.00} | {p.MCharsPerSecond:0.00} |"));
            Console.WriteLine(F($"full / baseline: full extraction takes {full.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds:0.0}x the baseline's time ({100 * full.DocsPerSecond / baseline.DocsPerSecond:0.0}% of its throughput)"));
            Console.WriteLine(F($"facts found: {full.Checksum} events + estimates in {docs} documents; baseline found {baseline.Checksum} sentences"));
            var end = MemorySnapshot.Take(collect: false);
            Console.WriteLine(F($"peak working set of the process {end.PeakWorkingSetMb:0.0} MB (Process.PeakWorkingSet64, whole run incl. corpus generation)"));
            Console.WriteLine(F($"target >= 2 MB/s per core: {(full.MbPerSecond >= 2 ? "met" : "NOT met")} ({full.MbPerSecond:0.00} MB/s single thread)"));
            MachineInfo.PrintLoad("end");
            return 0;
        }
        finally
        {
            if (!o.Keep) TryDelete(dir);
            else Console.WriteLine("kept " + dir);
        }
    }

    private static IEnumerable<SourceDocument> Documents(SourceReader reader, string path) =>
        reader.ReadPath(path).Where(r => r.IsDocument).Select(r => r.Document!);

    private static PassResult Pass(SourceReader reader, string corpus, CorpusStats stats, string name, Func<SourceDocument, int> work, int[] checkpoints)
    {
        Console.WriteLine(name + ":");
        var sw = Stopwatch.StartNew();
        var n = 0;
        long checksum = 0, chars = 0, bytes = 0;
        var next = 0;
        var maxWs = 0L;
        var segmentStart = (Docs: 0, Time: TimeSpan.Zero, Bytes: 0L);
        using var process = Process.GetCurrentProcess();
        foreach (var r in reader.ReadPath(corpus))
        {
            if (!r.IsDocument) continue;
            var d = r.Document!;
            checksum += work(d);
            n++;
            chars += d.Text.Length;
            bytes += System.Text.Encoding.UTF8.GetByteCount(d.Text);
            if (checkpoints.Length > 0 && n % SampleEvery == 0)
            {
                process.Refresh();
                maxWs = Math.Max(maxWs, process.WorkingSet64);
            }
            if (next < checkpoints.Length && n == checkpoints[next])
            {
                sw.Stop();
                var segDocs = n - segmentStart.Docs;
                var segTime = (sw.Elapsed - segmentStart.Time).TotalSeconds;
                var segMb = (bytes - segmentStart.Bytes) / 1e6;
                var mem = MemorySnapshot.Take(collect: true);
                Console.WriteLine(F($"  after {n,7} docs: {sw.Elapsed.TotalSeconds,6:0.0} s, this segment {segDocs / segTime,6:0} docs/s {segMb / segTime,5:0.00} MB/s; max working set in segment {maxWs / 1e6,6:0.0} MB; now {mem}"));
                maxWs = 0;
                segmentStart = (n, sw.Elapsed, bytes);
                next++;
                sw.Start();
            }
        }
        sw.Stop();
        var result = new PassResult(name.Split(" (")[0] + (name.Contains("1 thread", StringComparison.Ordinal) ? ", 1 thread" : ""), n, chars, bytes, sw.Elapsed, checksum);
        Console.WriteLine(F($"  {n} documents in {sw.Elapsed.TotalSeconds:0.00} s: {result.DocsPerSecond:0} docs/s, {result.MbPerSecond:0.00} MB/s UTF-8, {result.MCharsPerSecond:0.00} M chars/s"));
        if (stats.Documents != n) Console.WriteLine(F($"  warning: read {n} of {stats.Documents} documents"));
        return result;
    }

    private static PassResult ParallelPass(SourceReader reader, string corpus, CorpusStats stats, Extractor extractor, int jobs)
    {
        Console.WriteLine(F($"full extraction, {jobs} threads (Parallel.ForEach over the reader):"));
        var sw = Stopwatch.StartNew();
        long n = 0, checksum = 0, chars = 0, bytes = 0;
        Parallel.ForEach(Documents(reader, corpus), new ParallelOptions { MaxDegreeOfParallelism = jobs }, d =>
        {
            var r = extractor.Extract(d.Info, d.Text);
            Interlocked.Add(ref checksum, r.Events.Length + r.Estimates.Length);
            Interlocked.Add(ref chars, d.Text.Length);
            Interlocked.Add(ref bytes, System.Text.Encoding.UTF8.GetByteCount(d.Text));
            Interlocked.Increment(ref n);
        });
        sw.Stop();
        var result = new PassResult(F($"full extraction, {jobs} threads"), (int)n, chars, bytes, sw.Elapsed, checksum);
        Console.WriteLine(F($"  {n} documents in {sw.Elapsed.TotalSeconds:0.00} s: {result.DocsPerSecond:0} docs/s, {result.MbPerSecond:0.00} MB/s UTF-8 ({result.MbPerSecond / jobs:0.00} per thread); facts {checksum}; {MemorySnapshot.Take(collect: false)}"));
        if (stats.Documents != n) Console.WriteLine(F($"  warning: read {n} of {stats.Documents} documents"));
        return result;
    }

    internal static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

internal sealed record PassResult(string Name, int Documents, long Chars, long Utf8Bytes, TimeSpan Elapsed, long Checksum)
{
    public double DocsPerSecond => Documents / Elapsed.TotalSeconds;
    public double MbPerSecond => Utf8Bytes / 1e6 / Elapsed.TotalSeconds;
    public double MCharsPerSecond => Chars / 1e6 / Elapsed.TotalSeconds;
}
