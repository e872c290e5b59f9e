using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Consolidation.Events;

/// <summary>
/// The pairwise rules: can two reports be the same incident? Each field is checked on its own and an unknown
/// value never rules a pair out. A pair also gets a cost (0 = identical) to choose among several candidates.
/// </summary>
public static class EventCompatibility
{
    /// <summary>Types that may describe the same men on the same day: one outlet's "defected" is another's "surrendered".</summary>
    public static int TypeClass(EventType t) => t switch
    {
        EventType.Defection or EventType.Surrender or EventType.Desertion => 0,
        EventType.CivilianFlight => 1,
        EventType.ShamDefection => 2,
        EventType.Reprisal => 3,
        _ => 4,
    };

    public static bool TypesCompatible(EventType a, EventType b) => TypeClass(a) == TypeClass(b);

    public static string GroupKey(string? group) => TextNormalizer.NormalizeName(group);

    /// <summary>Day gap between two intervals (0 when they overlap).</summary>
    public static int DateGap(DateInterval a, DateInterval b) =>
        Math.Max(0, Math.Max(a.Start.DayNumber, b.Start.DayNumber) - Math.Min(a.End.DayNumber, b.End.DayNumber));

    public static bool DatesCompatible(DateInterval? a, DateInterval? b, ConsolidationOptions? o = null) =>
        a is null || b is null || DateGap(a, b) <= (o ?? ConsolidationOptions.Default).DateWindowDays;

    /// <summary>The band of figures a count allows: exact N is [N,N], approx N ±15%, at least N is [N, 2N], vague/range as given.</summary>
    public static (double Low, double High)? Band(Count? c, ConsolidationOptions? o = null)
    {
        if (c is null) return null;
        var f = (o ?? ConsolidationOptions.Default).OpenBoundFactor;
        switch (c.Qualifier)
        {
            case CountQualifier.Exact when c.Value is { } v: return (v, v);
            case CountQualifier.Approx when c.Value is { } v: return (v * 0.85, v * 1.15);
            case CountQualifier.AtLeast when (c.Value ?? c.Low) is { } v: return (v, v * f);
            case CountQualifier.AtMost when (c.Value ?? c.High) is { } v: return (v / f, v);
        }
        if (c.Low is { } lo && c.High is { } hi) return (Math.Min(lo, hi), Math.Max(lo, hi));
        if (c.Value is { } x) return (x, x);
        if (c.Low is { } l) return (l, l * f);
        if (c.High is { } h) return (h / f, h);
        return null;
    }

    /// <summary>Counts agree when their bands overlap once widened by the tolerance (30%) and the slack (1).</summary>
    public static bool CountsCompatible(Count? a, Count? b, ConsolidationOptions? o = null)
    {
        o ??= ConsolidationOptions.Default;
        return BandsCompatible(Band(a, o), Band(b, o), o);
    }

    internal static bool BandsCompatible((double Low, double High)? a, (double Low, double High)? b, ConsolidationOptions o)
    {
        if (a is not { } x || b is not { } y) return true;
        var t = 1 + o.CountTolerance;
        return x.Low <= y.High * t + o.CountSlack && y.Low <= x.High * t + o.CountSlack;
    }

    /// <summary>Relative distance of two bands: 0 when they overlap, else the gap over the larger figure.</summary>
    internal static double BandDistance((double Low, double High)? a, (double Low, double High)? b)
    {
        if (a is not { } x || b is not { } y) return 0.25;
        var gap = Math.Max(0, Math.Max(x.Low, y.Low) - Math.Min(x.High, y.High));
        return gap / Math.Max(1, Math.Max(x.High, y.High));
    }

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// Places agree when unknown, the same, within 50 km, or one is a region or country that contains the other
    /// (a region is taken to contain any place of its country unless <see cref="ConsolidationOptions.Places"/> knows
    /// better, or its point lies more than 250 km away). Returns null when they cannot be the same place, else a cost.
    /// </summary>
    public static double? PlaceCost(Place? a, Place? b, ConsolidationOptions? o = null)
    {
        o ??= ConsolidationOptions.Default;
        if (a is null || b is null) return 0.5;
        var sameCountry = a.Country is null || b.Country is null || string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);
        if (a.Lat is { } la && a.Lon is { } loa && b.Lat is { } lb && b.Lon is { } lob)
        {
            var km = DistanceKm(la, loa, lb, lob);
            if (km <= o.MaxDistanceKm) return km / o.MaxDistanceKm;
            if (!sameCountry) return null;
            if (a.Precision == PlacePrecision.City && b.Precision == PlacePrecision.City) return null;
            if (a.Precision == PlacePrecision.Country || b.Precision == PlacePrecision.Country) return 1.0;
            var (region, place) = a.Precision == PlacePrecision.Region ? (a, b) : (b, a);
            var known = o.Places?.Contains(region, place);
            return known ?? (km <= o.RegionRadiusKm) ? 1.0 : null;
        }
        if (!sameCountry) return null;
        if (string.Equals(TextNormalizer.NormalizeName(a.Name), TextNormalizer.NormalizeName(b.Name), StringComparison.Ordinal)) return 0;
        if (a.Precision == PlacePrecision.Country || b.Precision == PlacePrecision.Country) return 1.0;
        if (a.Precision == PlacePrecision.Region || b.Precision == PlacePrecision.Region)
        {
            var (region, place) = a.Precision == PlacePrecision.Region ? (a, b) : (b, a);
            return o.Places?.Contains(region, place) == false ? null : 1.0;
        }
        // Two towns, at least one unknown to the gazetteer: nothing says they differ, nothing says they agree.
        return 1.5;
    }

    public static bool PlacesCompatible(Place? a, Place? b, ConsolidationOptions? o = null) => PlaceCost(a, b, o) is not null;

    /// <summary>All rules at once on two mentions (the same test the consolidator applies to every pair in a cluster).</summary>
    public static bool Compatible(EventMention a, EventMention b, ConsolidationOptions? o = null)
    {
        o ??= ConsolidationOptions.Default;
        var pa = MentionProfile.Create(a, o);
        var pb = MentionProfile.Create(b, o);
        return MentionProfile.Cost(pa, pb, o) is not null;
    }
}

/// <summary>What the consolidator compares, computed once per mention.</summary>
internal readonly struct MentionProfile
{
    public readonly int TypeClass;
    public readonly string GroupKey;
    public readonly int Start, End; // day numbers, effective (undated → the lookback window, or unbounded)
    public readonly bool Dated;
    public readonly (double Low, double High)? Band;
    public readonly Place? Place;
    public readonly string DocumentId;
    /// <summary>The most likely day: the middle of a narrow interval; the end of a wide one that runs up to publication
    /// ("over the past week") or of an undated report's lookback, since news reports follow incidents closely.</summary>
    public readonly double Anchor;

    private MentionProfile(int typeClass, string groupKey, int start, int end, bool dated, (double, double)? band, Place? place, string documentId)
    {
        TypeClass = typeClass; GroupKey = groupKey; Start = start; End = end; Dated = dated; Band = band; Place = place; DocumentId = documentId;
        Anchor = (start + (double)end) / 2;
    }

    private MentionProfile(in MentionProfile p, double anchor)
    {
        this = p;
        Anchor = anchor;
    }

    public const int Unbounded = int.MaxValue / 4;

    public int Width => End - Start + 1;

    public static MentionProfile Create(EventMention m, ConsolidationOptions o)
    {
        var e = m.Event;
        int start, end;
        var dated = e.Date is not null;
        if (e.Date is { } d) { start = d.Start.DayNumber; end = Math.Max(d.End.DayNumber, start); }
        else if (m.Published is { } published) { end = published.DayNumber; start = end - o.UndatedLookbackDays; }
        else { start = -Unbounded; end = Unbounded; }
        var p = new MentionProfile(EventCompatibility.TypeClass(e.Type), EventCompatibility.GroupKey(e.Group), start, end, dated,
            EventCompatibility.Band(e.Count, o), e.Location, m.Key.DocumentId);
        var wide = end - start + 1 > o.NarrowDays;
        var endsAtPublication = !dated || (m.Published is { } pub && Math.Abs(pub.DayNumber - end) <= 2);
        return wide && endsAtPublication && end != Unbounded ? new MentionProfile(p, end) : p;
    }

    /// <summary>Null when the two cannot be one incident, else a cost (lower is closer).</summary>
    public static double? Cost(in MentionProfile a, in MentionProfile b, ConsolidationOptions o)
    {
        if (a.TypeClass != b.TypeClass || !string.Equals(a.GroupKey, b.GroupKey, StringComparison.Ordinal)) return null;
        if (!o.MergeWithinDocument && string.Equals(a.DocumentId, b.DocumentId, StringComparison.Ordinal)) return null;
        var gap = Math.Max(0L, (long)Math.Max(a.Start, b.Start) - Math.Min(a.End, b.End));
        if (gap > o.DateWindowDays) return null;
        if (!EventCompatibility.BandsCompatible(a.Band, b.Band, o)) return null;
        if (EventCompatibility.PlaceCost(a.Place, b.Place, o) is not { } placeCost) return null;
        double anchorGap = 0;
        if (a.Width < 60 && b.Width < 60) anchorGap = Math.Abs(a.Anchor - b.Anchor);
        return gap + 0.25 * anchorGap + placeCost + 2 * EventCompatibility.BandDistance(a.Band, b.Band);
    }
}
