using System.Diagnostics;
using System.Globalization;

namespace DefectionWatch.Bench;

/// <summary>Process and GC memory figures, in MB (1e6 bytes).</summary>
internal readonly record struct MemorySnapshot(double WorkingSetMb, double PeakWorkingSetMb, double GcHeapMb, double LiveHeapMb)
{
    /// <summary>
    /// Current figures. <paramref name="collect"/> forces a full blocking collection first, so that
    /// <see cref="LiveHeapMb"/> is what is really retained (call it outside timed sections).
    /// </summary>
    public static MemorySnapshot Take(bool collect)
    {
        double live = double.NaN;
        if (collect)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            live = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
        }
        using var p = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return new MemorySnapshot(p.WorkingSet64 / 1e6, p.PeakWorkingSet64 / 1e6, info.HeapSizeBytes / 1e6, live);
    }

    public override string ToString() =>
        Fmt.F($"working set {WorkingSetMb,6:0.0} MB, peak {PeakWorkingSetMb,6:0.0} MB, GC heap {GcHeapMb,6:0.0} MB") +
        (double.IsNaN(LiveHeapMb) ? "" : Fmt.F($", live after full GC {LiveHeapMb,5:0.0} MB"));
}

internal static class Fmt
{
    public static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
