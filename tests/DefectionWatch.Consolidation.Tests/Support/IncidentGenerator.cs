using System.Collections.Immutable;
using System.Globalization;
using DefectionWatch.Consolidation;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Consolidation.Tests.Support;

/// <summary>A generated corpus: the mentions and, for scoring, the incident each one really reports.</summary>
public sealed record GeneratedCorpus(ImmutableArray<EventMention> Mentions, ImmutableDictionary<MentionKey, int> IncidentOf, int Incidents);

/// <summary>
/// Generates reports of invented incidents the way outlets vary them: the type verb within defection /
/// surrender / desertion, counts off by a little or hedged ("about", "more than", "dozens"), dates a few days
/// apart (announcement lag) or as "over the past week", a nearby village or the province instead of the town,
/// syndicated copies, one outlet reporting twice, documents that report two incidents, and distractors:
/// the same group in the same town a week or more later, another group in the same town on the same day, a
/// reprisal or civilian flight at the same place and time. Deterministic for a seed. Shared by the tests and
/// the benchmark (linked into bench/DefectionWatch.Bench).
/// </summary>
public static class IncidentGenerator
{
    private sealed record Town(string Name, string Country, double Lat, double Lon, string Village, double VLat, double VLon, string Region);

    private sealed record Incident(int Id, string Group, string Country, Town Town, int TypeClass, EventType BaseType, long Count, DateOnly Day);

    private static readonly (string Country, double Lat, double Lon)[] Countries =
    [
        ("IQ", 33.0, 42.0), ("SY", 34.0, 37.0), ("SO", 3.0, 44.0), ("NG", 10.0, 8.0), ("AF", 34.0, 66.0),
        ("MM", 19.0, 95.0), ("CD", -2.0, 26.0), ("CO", 5.0, -74.0), ("ML", 15.0, -4.0), ("YE", 15.0, 46.0),
    ];

    public static GeneratedCorpus Generate(int incidents, int seed, int? groups = null, int spanDays = 730)
    {
        var rng = new Random(seed);
        var groupCount = groups ?? Math.Max(10, incidents / 100);
        // Each group fights in one country; two groups per country at least, so "another group, same town" exists.
        var groupCountry = Enumerable.Range(0, groupCount).Select(g => g % Countries.Length).ToArray();
        var towns = Countries.Select((c, ci) => Enumerable.Range(0, 8).Select(k =>
        {
            // Towns 1.5 degrees apart (>150 km); each with a village about 11 km away and a province.
            var lat = c.Lat + (k % 3) * 1.5;
            var lon = c.Lon + (k / 3) * 1.5;
            return new Town(F($"{c.Country}-town-{k}"), c.Country, lat, lon, F($"{c.Country}-village-{k}"), lat + 0.1, lon, F($"{c.Country}-province-{k % 3}"));
        }).ToArray()).ToArray();
        var start = new DateOnly(2016, 1, 1);

        var list = new List<Incident>();
        // Incidents of one group, town and kind are at least a week apart: closer ones could not be told apart by anyone.
        var taken = new Dictionary<(string, string, int), List<int>>();
        void Place(Incident inc)
        {
            var key = (inc.Group, inc.Town.Name, inc.TypeClass);
            if (!taken.TryGetValue(key, out var days)) taken[key] = days = [];
            var day = inc.Day;
            while (days.Any(d => Math.Abs(d - day.DayNumber) < 7)) day = day.AddDays(7);
            days.Add(day.DayNumber);
            list.Add(inc with { Day = day });
        }
        for (var id = 0; id < incidents; id++)
        {
            var roll = rng.NextDouble();
            if (list.Count > 5 && roll < 0.30)
            {
                // Same group, same town, same kind of exit, similar size, a week or more later.
                var b = list[rng.Next(list.Count)];
                Place(b with { Id = id, Count = Math.Max(2, (long)(b.Count * (0.85 + 0.3 * rng.NextDouble()))), Day = b.Day.AddDays(7 + rng.Next(6)) });
            }
            else if (list.Count > 5 && roll < 0.40)
            {
                // Another group of the same country, same town, same day.
                var b = list[rng.Next(list.Count)];
                var ci = Array.IndexOf(Countries.Select(c => c.Country).ToArray(), b.Country);
                var others = Enumerable.Range(0, groupCount).Where(g => groupCountry[g] == ci && GroupName(g) != b.Group).ToList();
                var g = others.Count > 0 ? GroupName(others[rng.Next(others.Count)]) : "Other " + b.Group;
                Place(b with { Id = id, Group = g });
            }
            else if (list.Count > 5 && roll < 0.48)
            {
                // Same group, town and day, but a reprisal or a civilian flight.
                var b = list[rng.Next(list.Count)];
                var t = rng.Next(2) == 0 ? EventType.Reprisal : EventType.CivilianFlight;
                Place(b with { Id = id, TypeClass = EventCompatibility.TypeClass(t), BaseType = t, Count = t == EventType.Reprisal ? 2 + rng.Next(20) : b.Count * 3 });
            }
            else
            {
                var g = rng.Next(groupCount);
                var town = towns[groupCountry[g]][rng.Next(8)];
                var tr = rng.NextDouble();
                var type = tr < 0.35 ? EventType.Defection : tr < 0.70 ? EventType.Surrender : tr < 0.85 ? EventType.Desertion
                    : tr < 0.92 ? EventType.CivilianFlight : tr < 0.97 ? EventType.Reprisal : EventType.ShamDefection;
                var count = type == EventType.ShamDefection ? 1 + rng.Next(3) : (long)Math.Round(Math.Exp(Math.Log(3) + rng.NextDouble() * (Math.Log(3000) - Math.Log(3))));
                Place(new Incident(id, GroupName(g), town.Country, town, EventCompatibility.TypeClass(type), type, count, start.AddDays(rng.Next(spanDays))));
            }
        }

        var mentions = new List<EventMention>();
        var incidentOf = ImmutableDictionary.CreateBuilder<MentionKey, int>();
        var docNo = 0;
        var extraIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(EventMention m, int incident)
        {
            mentions.Add(m);
            incidentOf.Add(m.Key, incident);
        }
        var sortedList = list.OrderBy(x => x.Day).ThenBy(x => x.Id).ToArray();
        var byDay = sortedList.Select(x => x.Day.DayNumber).ToArray();
        foreach (var inc in list)
        {
            var reports = 2 + rng.Next(7); // 2..8
            string? lastPublisher = null;
            for (var r = 0; r < reports; r++)
            {
                var publisher = lastPublisher is not null && rng.NextDouble() < 0.1 ? lastPublisher : F($"outlet-{rng.Next(60)}");
                lastPublisher = publisher;
                var lag = rng.Next(3);
                var published = inc.Day.AddDays(lag + rng.Next(2));
                var ev = Report(inc, rng, published);
                var doc = F($"g{docNo++:D7}");
                Add(new EventMention(doc, 0, ev, publisher, published), inc.Id);
                // A syndicated copy or two under other outlets' names.
                if (rng.NextDouble() < 0.2)
                    for (var k = 1 + rng.Next(2); k > 0; k--)
                        Add(new EventMention(F($"g{docNo++:D7}"), 0, ev, F($"outlet-{rng.Next(60)}"), published.AddDays(rng.Next(2)), doc), inc.Id);
                // The same document also reports another incident of the past two weeks.
                if (rng.NextDouble() < 0.1)
                {
                    var pos = Array.BinarySearch(byDay, inc.Day.DayNumber);
                    if (pos < 0) pos = ~pos;
                    var candidates = Enumerable.Range(Math.Max(0, pos - 20), Math.Min(40, list.Count - Math.Max(0, pos - 20)))
                        .Select(k => sortedList[k]).Where(x => x.Id != inc.Id && x.Day <= inc.Day && x.Day.DayNumber >= inc.Day.DayNumber - 14).ToList();
                    if (candidates.Count > 0)
                    {
                        var other = candidates[rng.Next(candidates.Count)];
                        var otherEv = Report(other, rng, published);
                        if (otherEv.Date is null) otherEv = otherEv with { Date = DateInterval.Day(other.Day) };
                        Add(new EventMention(doc, 1, otherEv, publisher, published), other.Id);
                    }
                }
            }
        }
        return new GeneratedCorpus([.. mentions], incidentOf.ToImmutable(), list.Count);
    }

    public static string GroupName(int g) => F($"Group {g:D3}");

    private static ExitEvent Report(Incident inc, Random rng, DateOnly published)
    {
        var type = inc.TypeClass == 0 && rng.NextDouble() < 0.4
            ? new[] { EventType.Defection, EventType.Surrender, EventType.Desertion }[rng.Next(3)]
            : inc.BaseType;
        return new ExitEvent(type, inc.Group, ReportCount(inc.Count, rng), null, ReportPlace(inc.Town, rng), ReportDate(inc.Day, published, rng),
            [], null, new Evidence(0, 10, null));
    }

    private static Count? ReportCount(long c, Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.30) return Count.Exact(Math.Max(1, c + (long)Math.Round(c * (rng.NextDouble() * 0.16 - 0.08))));
        if (r < 0.55) return Count.Approx(Round(c, rng));
        if (r < 0.70) return Count.AtLeast(Math.Max(1, RoundDown(c)));
        if (r < 0.80) return Count.AtMost(RoundUp(c));
        if (r < 0.90)
        {
            if (c is >= 24 and <= 99) return Count.Vague(24, 99);
            if (c is >= 200 and <= 999) return Count.Vague(200, 999);
            return Count.Exact(c);
        }
        return null;
    }

    private static long Round(long c, Random rng) => c < 20 ? c : (long)(Math.Round(c / (c < 200 ? 5.0 : 50.0)) * (c < 200 ? 5 : 50));
    private static long RoundDown(long c) => c < 20 ? c : c < 200 ? c / 10 * 10 : c / 100 * 100;
    private static long RoundUp(long c) => c < 20 ? c : c < 200 ? (c + 9) / 10 * 10 : (c + 99) / 100 * 100;

    private static Place? ReportPlace(Town t, Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.60) return new Place(t.Name, t.Country, t.Lat, t.Lon, PlacePrecision.City);
        if (r < 0.75) return new Place(t.Village, t.Country, t.VLat, t.VLon, PlacePrecision.City);
        if (r < 0.85) return new Place(t.Region, t.Country, null, null, PlacePrecision.Region);
        if (r < 0.90) return new Place(t.Country, t.Country, null, null, PlacePrecision.Country);
        return null;
    }

    private static DateInterval? ReportDate(DateOnly day, DateOnly published, Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.45) return DateInterval.Day(day);
        if (r < 0.75) return DateInterval.Day(day.AddDays(rng.Next(3))); // dated by the announcement
        if (r < 0.90)
        {
            var end = published < day ? day : published;
            return new DateInterval(end.AddDays(-6), end, DatePrecision.Week); // "over the past week"
        }
        return null;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
