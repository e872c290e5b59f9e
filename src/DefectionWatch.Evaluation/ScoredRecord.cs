using System.Collections.Immutable;

namespace DefectionWatch.Evaluation;

/// <summary>Merged half-open character intervals of an evidence SPAN (or list of SPANs).</summary>
public sealed record Spans(ImmutableArray<(int Start, int End)> Intervals, string? Text)
{
    public static readonly Spans None = new([], null);
    public bool IsEmpty => Intervals.IsEmpty;

    public static (int Inter, int Union) Overlap(Spans a, Spans b)
    {
        int inter = 0, i = 0, j = 0;
        var x = a.Intervals; var y = b.Intervals;
        while (i < x.Length && j < y.Length)
        {
            var lo = Math.Max(x[i].Start, y[j].Start);
            var hi = Math.Min(x[i].End, y[j].End);
            if (hi > lo) inter += hi - lo;
            if (x[i].End < y[j].End) i++; else j++;
        }
        var union = x.Sum(s => s.End - s.Start) + y.Sum(s => s.End - s.Start) - inter;
        return (inter, union);
    }
}

/// <summary>(value, low, high) of a COUNT; numbers as double so that 1000 and 1000.0 compare equal, as in Python.</summary>
public sealed record ScoredCount(double? Value, double? Low, double? High);

/// <summary>A DATE as inclusive day numbers.</summary>
public sealed record ScoredDate(int Start, int End)
{
    public int Width => End - Start + 1;
    public bool Overlaps(ScoredDate o) => Start <= o.End && o.Start <= End;
    public double IoU(ScoredDate o)
    {
        var inter = Math.Min(End, o.End) - Math.Max(Start, o.Start) + 1;
        return inter <= 0 ? 0.0 : (double)inter / (Math.Max(End, o.End) - Math.Min(Start, o.Start) + 1);
    }
}

public sealed record ScoredPlace(string Name, string? Country, double? Lat, double? Lon, string Label);

public sealed record ScoredEvent(int Index, string? Type, string? Group, string? To, ScoredCount? Count,
    ScoredDate? Date, ScoredPlace? Location, Spans Spans, ImmutableHashSet<string> Motives, string? RawGroup = null, string? RawTo = null);

public sealed record ScoredEstimate(int Index, string? Measure, string? Group, ScoredCount? Count,
    ImmutableHashSet<string> Area, Spans Spans);

public sealed record ScoredQuote(int Index, string Speaker, Spans Spans);

/// <summary>One record as the scorer sees it (score.py's Record).</summary>
public sealed record ScoredRecord(string DocId, int Line, ImmutableArray<ScoredEvent> Events,
    ImmutableArray<ScoredEstimate> Estimates, ImmutableHashSet<string> Motives,
    ImmutableDictionary<string, int> People, ImmutableArray<ScoredQuote> Quotes);
