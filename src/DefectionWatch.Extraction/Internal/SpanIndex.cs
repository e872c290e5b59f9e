using System.Collections.Immutable;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Internal;

/// <summary>Finds the items of a start-sorted layer that lie inside a span, by binary search.</summary>
public static class SpanIndex
{
    public static ImmutableArray<T> Within<T>(ImmutableArray<T> sorted, Func<T, CharSpan> span, CharSpan range)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span(sorted[mid]).Start < range.Start) lo = mid + 1; else hi = mid;
        }
        var b = ImmutableArray.CreateBuilder<T>();
        for (var i = lo; i < sorted.Length && span(sorted[i]).Start < range.End; i++)
            if (span(sorted[i]).End <= range.End) b.Add(sorted[i]);
        return b.ToImmutable();
    }

    /// <summary>Sorts a layer by span start (stages should emit sorted layers; this is a guard).</summary>
    public static ImmutableArray<T> Sorted<T>(ImmutableArray<T> items, Func<T, CharSpan> span) =>
        items.Sort((a, b) => span(a).CompareTo(span(b)));
}
