using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using DefectionWatch.Bench;
using static DefectionWatch.Bench.Fmt;

const string Usage = """
    usage: defwatch-bench extract [--docs N] [--jobs N] [--seed S] [--samples PATH] [--keep]
           defwatch-bench dataset [--docs N] [--batch N] [--seed S] [--samples PATH] [--keep]
           defwatch-bench consolidate [--docs N] [--seed S]
           defwatch-bench report [--docs N] [--seed S] [--keep]

      extract  builds a corpus of N recombined sample documents (default 20000), then measures a baseline
               (read + sentence splitting) and full extraction on one thread (and on N threads with --jobs N)
      dataset  ingest + extract + store of N documents (default 100000) into a temporary SQLite database,
               then p95 latency of `events` filters at that size
      consolidate  cross-document consolidation of N generated event mentions (default 100000) against a
               baseline (sorting them into blocks) measured in the same run
      report   a store with N generated events (default 100000; --docs sets the number of events), then
               `defwatch report` (load + build HTML) against the CSV export of the same events as baseline
      --keep   keep the temporary folder (corpus, database) and print its path
    """;

try
{
    if (args.Length == 0 || args[0] is "-h" or "--help")
    {
        Console.WriteLine(Usage);
        return args.Length == 0 ? 2 : 0;
    }
    var options = BenchOptions.Parse(args.Skip(1).ToArray());
    return args[0] switch
    {
        "extract" => ExtractBench.Run(options),
        "dataset" => await DatasetBench.RunAsync(options).ConfigureAwait(false),
        "consolidate" => ConsolidateBench.Run(options),
        "report" => await ReportBench.RunAsync(options).ConfigureAwait(false),
        _ => throw new ArgumentException($"unknown mode '{args[0]}' (extract, dataset, consolidate or report)"),
    };
}
catch (Exception e) when (e is ArgumentException or FormatException or FileNotFoundException or InvalidDataException)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

namespace DefectionWatch.Bench
{
    internal sealed record BenchOptions(int? Docs, int Jobs, int Seed, string SamplesPath, bool Keep, int Batch)
    {
        public static BenchOptions Parse(string[] args)
        {
            int? docs = null;
            int jobs = 0, seed = 20240601, batch = 64;
            string? samples = null;
            var keep = false;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                int Int(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min
                    ? v : throw new ArgumentException($"{args[i - 1]}: expected an integer >= {min}");
                switch (args[i])
                {
                    case "--docs": docs = Int(1); break;
                    case "--jobs": jobs = Int(1); break;
                    case "--seed": seed = Int(0); break;
                    case "--batch": batch = Int(1); break;
                    case "--samples": samples = Value(); break;
                    case "--keep": keep = true; break;
                    default: throw new ArgumentException($"unknown option '{args[i]}'");
                }
            }
            return new BenchOptions(docs, jobs, seed, CorpusBuilder.FindSamples(samples), keep, batch);
        }

        public string CreateTempDir()
        {
            var dir = Path.Combine(Path.GetTempPath(), F($"defwatch-bench-{System.Environment.ProcessId}-{DateTime.UtcNow:yyyyMMddHHmmss}"));
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>What the figures were measured on: they depend on the machine and on what else runs.</summary>
    internal static class MachineInfo
    {
        public static void Print(string mode, BenchOptions o)
        {
            Console.WriteLine(F($"defwatch-bench {mode}: {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {System.Environment.ProcessorCount} logical cores"));
            Console.WriteLine(F($"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}; build {(IsOptimized() ? "Release" : "Debug (figures not meaningful: use -c Release)")}"));
            PrintLoad("start");
        }

        public static void PrintLoad(string when)
        {
            // Other processes share the cores; the load average says how much.
            const string loadavg = "/proc/loadavg";
            if (File.Exists(loadavg))
                Console.WriteLine($"load average at {when}: {File.ReadAllText(loadavg).Trim()}");
        }

        private static bool IsOptimized() =>
            typeof(MachineInfo).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
                .OfType<System.Diagnostics.DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);
    }
}
