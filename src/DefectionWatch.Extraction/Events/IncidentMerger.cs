using System.Collections.Immutable;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Extraction.Events;

/// <summary>
/// One event per incident in a document: a later mention that is compatible with an earlier one (same
/// group; counts equal or close, as a lede's "more than 1,000" and the body's "1,037"; dates within a few
/// days, as an exit and its announcement; one place inside or equal to the other) is merged into it.
/// </summary>
public static class IncidentMerger
{
    private const int DateSlackDays = 3;

    public static ImmutableArray<ExitEvent> Merge(IEnumerable<Frame> frames)
    {
        // compare what each mention's own sentence said of time; dates borrowed from the context do not decide
        var kept = new List<(ExitEvent Event, DateInterval? Own)>();
        foreach (var f in frames)
        {
            var i = kept.FindIndex(k => Compatible(k.Event with { Date = k.Own }, f.Event with { Date = f.OwnDate }));
            if (i < 0) { kept.Add((f.Event, f.OwnDate)); continue; }
            var own = kept[i].Own ?? f.OwnDate;
            var combined = Combine(kept[i].Event, f.Event);
            // a date the text gives for the incident beats one borrowed from a neighbouring sentence
            var borrowed = combined.Date != kept[i].Own && combined.Date != f.OwnDate;
            kept[i] = (own is not null && borrowed ? combined with { Date = own } : combined, own);
        }
        return [.. kept.Select(k => k.Event)];
    }

    /// <summary>Same type; or one person's exit (or an uncounted retelling of it) told once as deserting and once as defecting.</summary>
    private static bool SameKind(ExitEvent a, ExitEvent b) =>
        a.Type == b.Type ||
        ((Single(a) || a.Count is null) && (Single(b) || b.Count is null) && (Single(a) || Single(b)) &&
         a.Type is EventType.Defection or EventType.Desertion && b.Type is EventType.Defection or EventType.Desertion);

    private static bool Single(ExitEvent e) => e.Count is { Value: 1, Qualifier: CountQualifier.Exact };

    public static bool Compatible(ExitEvent a, ExitEvent b)
    {
        if (!SameKind(a, b) || a.Group != b.Group) return false;
        if (a.Type is EventType.Reprisal || b.Type is EventType.Reprisal) return a.Count == b.Count && DatesClose(a.Date, b.Date);
        if (a.Count is not null && b.Count is not null && !CountsClose(a.Count, b.Count)) return false;
        if (!DatesClose(a.Date, b.Date)) return false;
        if (Single(a) && Single(b)) return true; // one person's exit told twice (he crossed…, he asked for asylum…)
        if (a.Count is null || b.Count is null) // a vaguer retelling ("the men handed themselves in near Adale")
            return a.Location is null || b.Location is null || a.Location.Country == b.Location.Country;
        return PlacesCompatible(a.Location, b.Location);
    }

    private static bool CountsClose(Count a, Count b)
    {
        if (a.Qualifier == CountQualifier.Vague || b.Qualifier == CountQualifier.Vague)
        {
            var (vague, other) = a.Qualifier == CountQualifier.Vague ? (a, b) : (b, a);
            var v = other.Value ?? other.Low ?? other.High;
            return v is { } n && vague.Low <= n && n <= vague.High;
        }
        if (a.Best is not { } x || b.Best is not { } y) return a == b;
        if (x == y) return true;
        var hi = Math.Max(x, y); var lo = Math.Min(x, y);
        return lo > 1 && (hi - lo) <= 0.15 * hi;
    }

    private static bool DatesClose(DateInterval? a, DateInterval? b) =>
        a is null || b is null ||
        (a.Start.AddDays(-DateSlackDays) <= b.End && b.Start.AddDays(-DateSlackDays) <= a.End);

    private static bool PlacesCompatible(Place? a, Place? b) =>
        a is null || b is null || a.Name == b.Name ||
        (a.Country == b.Country && (a.Precision != PlacePrecision.City || b.Precision != PlacePrecision.City));

    private static int Score(ExitEvent e) =>
        (e.Count is null ? 0 : 2) + (e.Count?.Qualifier == CountQualifier.Exact ? 1 : 0) +
        (e.Location is null ? 0 : 1) + (e.Location?.Precision == PlacePrecision.City ? 1 : 0) +
        (e.Date is null ? 0 : 1) + (e.Date?.Precision == DatePrecision.Day ? 1 : 0) +
        (e.To is null ? 0 : 1) + (e.Source is null ? 0 : 1);

    private static int TypeRank(EventType t) => t switch { EventType.Surrender => 0, EventType.Defection => 1, _ => 2 };

    private static ExitEvent Combine(ExitEvent a, ExitEvent b)
    {
        var (main, other) = Score(b) > Score(a) ? (b, a) : (a, b);
        var location = main.Location is null ? other.Location
            : other.Location is { Precision: PlacePrecision.City } city && main.Location.Precision != PlacePrecision.City && city.Country == main.Location.Country ? city
            : main.Location;
        var count = main.Count is null ? other.Count
            : other.Count is { Qualifier: CountQualifier.Exact } exact && main.Count.Qualifier != CountQualifier.Exact && exact.Value != 1 ? exact
            : main.Count.Qualifier == CountQualifier.Vague && other.Count is { Qualifier: not CountQualifier.Vague } precise ? precise
            : main.Count;
        var mentions = a.AllEvidence.Concat(b.AllEvidence).Where(x => x != main.Evidence).Distinct().OrderBy(x => x.Start).ToImmutableArray();
        return main with
        {
            Mentions = mentions,
            Type = TypeRank(a.Type) <= TypeRank(b.Type) ? a.Type : b.Type,
            Count = count,
            Location = location,
            Date = main.Date ?? other.Date,
            To = main.To ?? other.To,
            Source = main.Source ?? other.Source,
        };
    }
}
