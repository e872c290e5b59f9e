using System.Diagnostics;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Consolidation.Tests.Support;
using static DefectionWatch.Bench.Fmt;

namespace DefectionWatch.Bench;

/// <summary>
/// <c>consolidate</c> mode (issue 5): cross-document consolidation of N generated event mentions (default
/// 100,000; the generator of the consolidation tests), against a baseline measured in the same run: sorting
/// the mentions into their blocks (group, type class, date), the least any blocking consolidator must do.
/// </summary>
internal static class ConsolidateBench
{
    public static int Run(BenchOptions o)
    {
        var n = o.Docs ?? 100_000;
        MachineInfo.Print("consolidate", o);
        var sw = Stopwatch.StartNew();
        // About 7 mentions per incident (reports, copies, second mentions); 10 years; 100 incidents per group.
        var incidents = Math.Max(10, n / 7);
        var corpus = IncidentGenerator.Generate(incidents, o.Seed, groups: Math.Max(10, incidents / 100), spanDays: 3650);
        var mentions = corpus.Mentions.Length > n ? corpus.Mentions[..n] : corpus.Mentions;
        Console.WriteLine(F($"corpus: {mentions.Length} mentions of {corpus.Incidents} generated incidents (seed {o.Seed}) in {sw.Elapsed.TotalSeconds:0.0} s"));

        // Warm-up on a slice so the JIT does not count.
        EventConsolidator.Consolidate(mentions[..Math.Min(5000, mentions.Length)]);
        Baseline(mentions[..Math.Min(5000, mentions.Length)]);

        sw.Restart();
        var blocks = Baseline(mentions);
        var baseline = sw.Elapsed;
        Console.WriteLine(F($"baseline (sort into {blocks} blocks by group, type class, date): {baseline.TotalSeconds:0.000} s"));

        sw.Restart();
        var result = EventConsolidator.Consolidate(mentions);
        var full = sw.Elapsed;
        Console.WriteLine(F($"consolidate: {full.TotalSeconds:0.000} s -> {result.Events.Length} canonical events ({mentions.Length / Math.Max(full.TotalSeconds, 1e-6):0} mentions/s), {full.TotalSeconds / Math.Max(baseline.TotalSeconds, 1e-6):0.0}x the baseline"));

        // Quality on the same data (not a gate here: the tests hold the gate on 200 incidents).
        var labels = mentions.Select(m => (Pred: result.EventOf[m.Key], Gold: corpus.IncidentOf[m.Key])).ToList();
        static long Pairs(long k) => k * (k - 1) / 2;
        var both = labels.GroupBy(l => l).Sum(g => Pairs(g.Count()));
        var pred = labels.GroupBy(l => l.Pred).Sum(g => Pairs(g.Count()));
        var gold = labels.GroupBy(l => l.Gold).Sum(g => Pairs(g.Count()));
        Console.WriteLine(F($"pairwise precision {(double)both / Math.Max(1, pred):0.000}, recall {(double)both / Math.Max(1, gold):0.000}"));
        Console.WriteLine("memory: " + MemorySnapshot.Take(collect: false));
        MachineInfo.PrintLoad("end");
        return 0;
    }

    private static int Baseline(IReadOnlyList<EventMention> mentions)
    {
        var keys = mentions.Select(m => (Class: EventCompatibility.TypeClass(m.Event.Type), Group: EventCompatibility.GroupKey(m.Event.Group),
            Day: m.Event.Date?.Start.DayNumber ?? int.MaxValue, m.Key)).ToArray();
        Array.Sort(keys, (a, b) =>
        {
            var c = a.Class.CompareTo(b.Class);
            if (c == 0) c = string.CompareOrdinal(a.Group, b.Group);
            if (c == 0) c = a.Day.CompareTo(b.Day);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        });
        var blocks = keys.Length == 0 ? 0 : 1;
        for (var i = 1; i < keys.Length; i++)
            if (keys[i].Class != keys[i - 1].Class || !string.Equals(keys[i].Group, keys[i - 1].Group, StringComparison.Ordinal)) blocks++;
        return blocks;
    }
}
