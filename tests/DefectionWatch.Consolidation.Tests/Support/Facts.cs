using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Consolidation.Tests.Support;

/// <summary>Terse builders for event mentions written as facts (type, group, count, date, place), never as text.</summary>
public static class Facts
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateInterval Day(string iso) => DateInterval.Day(D(iso));

    public static DateInterval Period(string from, string to, DatePrecision p = DatePrecision.Period) => new(D(from), D(to), p);

    public static Place City(string name, string cc, double lat, double lon) => new(name, cc, lat, lon, PlacePrecision.City);

    public static Place Region(string name, string cc) => new(name, cc, null, null, PlacePrecision.Region);

    public static EventMention M(string doc, int index, string published, EventType type, string? group, Count? count,
        DateInterval? date, Place? place, string? publisher = null, string? syndication = null) =>
        new(doc, index, new ExitEvent(type, group, count, null, place, date, [], null, new Evidence(0, 1, null)),
            publisher ?? "outlet of " + doc, D(published), syndication);
}
