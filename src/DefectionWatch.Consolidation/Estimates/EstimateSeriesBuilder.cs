using System.Collections.Immutable;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Consolidation.Estimates;

/// <summary>One document's estimate, with its provenance.</summary>
public sealed record EstimateMention(MentionKey Key, Estimate Estimate, string? Publisher, DateOnly? Published);

/// <summary>
/// One claim of a series: the interval it covers (the estimate's date, else its publication day), its count band
/// and who made it (the attributed source, else the publisher, else the document).
/// </summary>
public sealed record EstimatePoint(EstimateMention Mention, DateInterval? Date, long? Low, long? High, string Claimant)
{
    public Count Count => Mention.Estimate.Count;
}

/// <summary>Two claims about the same thing at the same time that cannot both be right.</summary>
public sealed record EstimateContradiction(EstimatePoint First, EstimatePoint Second, string Reason);

/// <summary>Claims about one (measure, group, area, population) over time, with their range and claimants.</summary>
public sealed record EstimateSeries(
    string Id,
    Measure Measure,
    string? Group,
    ImmutableArray<string> Area,
    string? Population,
    ImmutableArray<EstimatePoint> Points,
    long? Low,
    long? High,
    ImmutableArray<string> Claimants,
    ImmutableArray<EstimateContradiction> Contradictions);

/// <summary>
/// Builds estimate series. Two claims contradict when they cover about the same period (ends within a month,
/// starts within two) and their count bands do not overlap even with 30% slack; for running totals
/// (defectors, killed, displaced, …) a later claim over the same start that is clearly lower than an earlier one
/// is flagged as well.
/// </summary>
public static class EstimateSeriesBuilder
{
    private const int SameTimeDays = 31;

    public static ImmutableArray<EstimateSeries> Build(IReadOnlyList<EstimateMention> mentions, ConsolidationOptions? options = null)
    {
        var o = options ?? ConsolidationOptions.Default;
        var series = new List<EstimateSeries>();
        var groups = mentions
            .GroupBy(m => SeriesKey(m.Estimate), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var points = g.Select(ToPoint)
                .OrderBy(p => p.Date?.End ?? DateOnly.MaxValue).ThenBy(p => p.Date?.Start ?? DateOnly.MaxValue)
                .ThenBy(p => p.Mention.Key).ToImmutableArray();
            var first = points[0].Mention.Estimate;
            var contradictions = ImmutableArray.CreateBuilder<EstimateContradiction>();
            for (var i = 0; i < points.Length; i++)
                for (var j = i + 1; j < points.Length; j++)
                    if (Contradiction(points[i], points[j], first.Measure, o) is { } reason)
                        contradictions.Add(new EstimateContradiction(points[i], points[j], reason));
            var numbers = points.SelectMany(p => new[] { p.Low, p.High }).Where(v => v is not null).Select(v => v!.Value).ToList();
            series.Add(new EstimateSeries(
                CanonicalIds.Hash("s", new MentionKey(g.Key, 0)),
                first.Measure, first.Group,
                [.. (first.Area.IsDefault ? [] : first.Area).Select(a => a.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                first.Population, points,
                numbers.Count == 0 ? null : numbers.Min(), numbers.Count == 0 ? null : numbers.Max(),
                [.. points.Select(p => p.Claimant).Distinct(StringComparer.Ordinal)],
                contradictions.ToImmutable()));
        }
        return [.. series];
    }

    /// <summary>measure | group | sorted area | population, normalised.</summary>
    public static string SeriesKey(Estimate e) => string.Join('|',
        Describe.Measure(e.Measure),
        TextNormalizer.NormalizeName(e.Group),
        string.Join(',', (e.Area.IsDefault ? [] : e.Area).Select(a => a.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        TextNormalizer.NormalizeName(e.Population));

    private static EstimatePoint ToPoint(EstimateMention m)
    {
        var e = m.Estimate;
        var date = e.Date ?? (m.Published is { } p ? DateInterval.Day(p) : null);
        var band = EventCompatibility.Band(e.Count);
        long? lo = band is { } b ? (long)Math.Round(b.Low) : null;
        long? hi = band is { } b2 ? (long)Math.Round(b2.High) : null;
        if (e.Count.Qualifier is CountQualifier.AtLeast) hi = e.Count.High;
        if (e.Count.Qualifier is CountQualifier.AtMost) lo = e.Count.Low;
        if (e.Count.Qualifier is CountQualifier.Exact or CountQualifier.Approx) (lo, hi) = (e.Count.Value, e.Count.Value);
        var claimant = !string.IsNullOrWhiteSpace(e.Source) ? e.Source.Trim()
            : !string.IsNullOrWhiteSpace(m.Publisher) ? m.Publisher.Trim() : m.Key.DocumentId;
        return new EstimatePoint(m, date, lo, hi, claimant);
    }

    private static bool Cumulative(Measure m) => m is not (Measure.Strength or Measure.Other);

    private static string? Contradiction(EstimatePoint a, EstimatePoint b, Measure measure, ConsolidationOptions o)
    {
        if (string.Equals(a.Mention.Key.DocumentId, b.Mention.Key.DocumentId, StringComparison.Ordinal)) return null;
        if (a.Date is null || b.Date is null) return null;
        var ba = EventCompatibility.Band(a.Count, o);
        var bb = EventCompatibility.Band(b.Count, o);
        if (ba is null || bb is null) return null;
        var endGap = Math.Abs(a.Date.End.DayNumber - b.Date.End.DayNumber);
        var startGap = Math.Abs(a.Date.Start.DayNumber - b.Date.Start.DayNumber);
        if (endGap <= SameTimeDays && startGap <= 2 * SameTimeDays)
            return EventCompatibility.BandsCompatible(ba, bb, o) ? null
                : $"{Describe.Count(a.Count)} ({a.Claimant}) vs {Describe.Count(b.Count)} ({b.Claimant}) for the same period";
        if (Cumulative(measure) && startGap <= SameTimeDays)
        {
            // Points are in date order: b ends later. A running total cannot fall.
            var t = 1 + o.CountTolerance;
            if (bb.Value.High * t < ba.Value.Low)
                return $"running total falls from {Describe.Count(a.Count)} ({a.Claimant}, to {Describe.Iso(a.Date.End)}) to {Describe.Count(b.Count)} ({b.Claimant}, to {Describe.Iso(b.Date.End)})";
        }
        return null;
    }
}
