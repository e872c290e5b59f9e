using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;

namespace DefectionWatch.Reports.Html;

/// <summary>Turns <see cref="ReportData"/> into the figures, series and tables of the report (pure, no I/O).</summary>
public static class ReportAnalysis
{
    /// <summary>Rows kept in the breakdown tables; the rest is summed into one "others" row.</summary>
    public const int BreakdownRows = 15;

    public static ReportModel Compute(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var events = data.Events;
        var sources = data.Sources;

        // Per event: the day it is placed on (middle of its interval, else the report date), its outlets.
        var days = new DateOnly?[events.Length];
        var datedByReport = 0;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            if (e.Event.Date is { } d) days[i] = DateOnly.FromDayNumber((d.Start.DayNumber + d.End.DayNumber) / 2);
            else if (Source(sources, e.DocumentId)?.Published is { } p) { days[i] = p; datedByReport++; }
        }

        var members = default(PeopleSum);
        var civilians = default(PeopleSum);
        foreach (var e in events)
        {
            if (ExitKinds.IsMemberExit(e.Event.Type)) members += PeopleSum.Of(e.Event.Count);
            else if (e.Event.Type == EventType.CivilianFlight) civilians += PeopleSum.Of(e.Event.Count);
        }
        var dated = days.Where(d => d is not null).Select(d => d!.Value).ToArray();

        var (corroborated, corroboratedEvents, corroboratedFlags) = Corroboration(data, days);
        return new ReportModel(
            data,
            events.Length,
            members,
            civilians,
            events.Select(e => e.Event.Group).Where(g => g is not null).Distinct(StringComparer.Ordinal).Count(),
            events.Select(e => e.Event.Location?.Country).Where(c => c is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            events.Select(e => e.DocumentId).Distinct().Count(),
            dated.Length > 0 ? dated.Min() : null,
            dated.Length > 0 ? dated.Max() : null,
            BuildTimeline(events, days, datedByReport),
            Breakdown(data, e => e.Event.Group, g => g ?? "(group not named)", g => g),
            Breakdown(data, e => e.Event.Location?.Country?.ToUpperInvariant(), c => c is null ? "(place not known)" : EventExport.CountryName(c) ?? c, c => c),
            MapPoints(events),
            events.Where(e => e.Event.Location?.Country is not null)
                .GroupBy(e => e.Event.Location!.Country!.ToUpperInvariant(), StringComparer.Ordinal)
                .ToImmutableDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            events.Count(e => e.Event.Location is null),
            Narratives(data),
            NamedLeavers(data).Count(),
            data.Motives.Length,
            Trackers(data),
            Outlets(data, corroboratedFlags),
            corroborated,
            corroboratedEvents,
            Attributed(data));
    }

    /// <summary>The pseudonymiser with a cache: sources and claimants repeat a lot ("officials").</summary>
    private static Func<string?, string?> Memo(DefectionWatch.Dataset.Pseudonymizer names)
    {
        if (!names.IsActive) return s => s;
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        return s =>
        {
            if (s is null) return null;
            if (!cache.TryGetValue(s, out var r)) cache[s] = r = names.Apply(s)!;
            return r;
        };
    }

    internal static ReportSource? Source(ImmutableDictionary<long, ReportSource> sources, long id) =>
        sources.TryGetValue(id, out var s) ? s : null;

    private static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);

    private static Timeline BuildTimeline(ImmutableArray<ReportEvent> events, DateOnly?[] days, int datedByReport)
    {
        var dated = days.Where(d => d is not null).Select(d => d!.Value).ToArray();
        if (dated.Length == 0)
            return new Timeline([], ImmutableDictionary<EventType, ImmutableArray<int>>.Empty, [], [], events.Length, datedByReport);
        var first = MonthOf(dated.Min());
        var last = MonthOf(dated.Max());
        var n = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        var byType = new Dictionary<EventType, int[]>();
        var members = new PeopleSum[n];
        var civilians = new PeopleSum[n];
        for (var i = 0; i < events.Length; i++)
        {
            if (days[i] is not { } d) continue;
            var m = (d.Year - first.Year) * 12 + d.Month - first.Month;
            var e = events[i].Event;
            if (!byType.TryGetValue(e.Type, out var counts)) byType[e.Type] = counts = new int[n];
            counts[m]++;
            if (ExitKinds.IsMemberExit(e.Type)) members[m] += PeopleSum.Of(e.Count);
            else if (e.Type == EventType.CivilianFlight) civilians[m] += PeopleSum.Of(e.Count);
        }
        var months = Enumerable.Range(0, n).Select(first.AddMonths).ToImmutableArray();
        return new Timeline(months, byType.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray()),
            [.. members], [.. civilians], days.Count(d => d is null), datedByReport);
    }

    private static ImmutableArray<BreakdownRow> Breakdown(ReportData data, Func<ReportEvent, string?> key, Func<string?, string> label, Func<string?, string?> code)
    {
        var rows = data.Events
            .GroupBy(e => key(e) ?? "\0", StringComparer.Ordinal)
            .Select(g => Row(data, g.Key == "\0" ? null : g.Key, g.ToList(), label, code))
            .OrderByDescending(r => r.Events).ThenByDescending(r => r.Members.Best).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        if (rows.Count <= BreakdownRows + 1) return [.. rows];
        var rest = rows.Skip(BreakdownRows).ToList();
        var others = new BreakdownRow(
            $"{rest.Count} others", null, rest.Sum(r => r.Events),
            rest.SelectMany(r => r.ByType).GroupBy(kv => kv.Key).ToImmutableDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
            rest.Aggregate(default(PeopleSum), (a, r) => a + r.Members),
            rest.Aggregate(default(PeopleSum), (a, r) => a + r.Civilians),
            0);
        return [.. rows.Take(BreakdownRows), others];
    }

    private static BreakdownRow Row(ReportData data, string? k, List<ReportEvent> events, Func<string?, string> label, Func<string?, string?> code)
    {
        var members = default(PeopleSum);
        var civilians = default(PeopleSum);
        foreach (var e in events)
        {
            if (ExitKinds.IsMemberExit(e.Event.Type)) members += PeopleSum.Of(e.Event.Count);
            else if (e.Event.Type == EventType.CivilianFlight) civilians += PeopleSum.Of(e.Event.Count);
        }
        var outlets = events.Select(e => Source(data.Sources, e.DocumentId)?.Outlet ?? "").Distinct(StringComparer.Ordinal).Count();
        return new BreakdownRow(label(k), code(k), events.Count,
            events.GroupBy(e => e.Event.Type).ToImmutableDictionary(g => g.Key, g => g.Count()), members, civilians, outlets);
    }

    private static ImmutableArray<MapPoint> MapPoints(ImmutableArray<ReportEvent> events) =>
        [.. events
            .Where(e => e.Event.Location is { Lat: not null, Lon: not null })
            .GroupBy(e =>
            {
                var p = e.Event.Location!;
                return (Math.Round(p.Lat!.Value, 2), Math.Round(p.Lon!.Value, 2), p.Precision);
            })
            .Select(g =>
            {
                var names = g.Select(e => e.Event.Location!.Name).GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(x => x.Count()).First().Key;
                return new MapPoint(names, g.First().Event.Location!.Country, g.Key.Item1, g.Key.Item2, g.Key.Precision, g.Count(),
                    g.Aggregate(default(PeopleSum), (a, e) => a + PeopleSum.Of(e.Event.Count)),
                    [.. g.Select(e => EventExport.Name(e.Event.Type)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
            })
            .OrderByDescending(p => p.People.Best).ThenByDescending(p => p.Events).ThenBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>Named people who left (not sham defectors) with the document they appear in and their linked event.</summary>
    private static IEnumerable<ReportFact<Person>> NamedLeavers(ReportData data) =>
        data.People.Where(p => !string.Equals(p.Fact.Role, "sham_defector", StringComparison.Ordinal));

    private static ImmutableArray<NarrativeRow> Narratives(ReportData data)
    {
        // Motive codes cited per document (statements) and per event (event.motives).
        var docCodes = data.Motives.GroupBy(m => m.DocumentId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Fact.Code).ToHashSet(StringComparer.Ordinal));
        var eventsByDoc = data.Events.GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => g.ToDictionary(e => e.Ordinal));
        // A named person cites the motives of their event; without an event (or one with no motive), those stated in their document.
        var personCodes = new List<HashSet<string>>();
        foreach (var p in NamedLeavers(data))
        {
            HashSet<string>? codes = null;
            if (p.Fact.Event is { } ord && eventsByDoc.TryGetValue(p.DocumentId, out var evs) && evs.TryGetValue(ord, out var ev)
                && !ev.Event.Motives.IsDefaultOrEmpty)
                codes = ev.Event.Motives.ToHashSet(StringComparer.Ordinal);
            codes ??= docCodes.TryGetValue(p.DocumentId, out var dc) ? dc : [];
            personCodes.Add(codes);
        }
        var descriptions = data.Codebook.Motives.ToDictionary(c => c.Code, c => c.Description, StringComparer.Ordinal);
        // One pass over statements and one over events, counting per code.
        var statements = new Dictionary<string, List<ReportFact<Motive>>>(StringComparer.Ordinal);
        foreach (var m in data.Motives)
        {
            if (!statements.TryGetValue(m.Fact.Code, out var list)) statements[m.Fact.Code] = list = [];
            list.Add(m);
        }
        var eventCounts = new Dictionary<string, (int Events, PeopleSum People)>(StringComparer.Ordinal);
        foreach (var e in data.Events)
        {
            if (e.Event.Motives.IsDefaultOrEmpty) continue;
            foreach (var code in e.Event.Motives.Distinct(StringComparer.Ordinal))
            {
                var c = eventCounts.TryGetValue(code, out var v) ? v : default;
                eventCounts[code] = (c.Events + 1, c.People + PeopleSum.Of(e.Event.Count));
            }
        }
        var rows = new List<NarrativeRow>();
        foreach (var code in statements.Keys.Concat(eventCounts.Keys).Distinct(StringComparer.Ordinal))
        {
            var stated = statements.TryGetValue(code, out var l) ? l : [];
            var evs = eventCounts.TryGetValue(code, out var ec) ? ec : default;
            var evidence = stated
                .Where(m => !string.IsNullOrWhiteSpace(m.Fact.Evidence.Text))
                .GroupBy(m => m.DocumentId).Select(g => g.First())   // one snippet per document: more voices
                .Take(3)
                .Select(m => new Snippet(data.NamesOrNone.Apply(m.Fact.Evidence.Text)!, m.DocumentId))
                .ToImmutableArray();
            rows.Add(new NarrativeRow(
                code,
                descriptions.TryGetValue(code, out var desc) ? desc : "(not in the codebook)",
                stated.Count,
                stated.Select(m => m.DocumentId).Distinct().Count(),
                personCodes.Count(c => c.Contains(code)),
                evs.Events,
                evs.People,
                evidence));
        }
        return [.. rows.OrderByDescending(r => r.Statements).ThenByDescending(r => r.People).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static ImmutableArray<MeasureTrack> Trackers(ReportData data)
    {
        var descriptions = data.Codebook.Measures.ToDictionary(c => c.Code, c => c.Description, StringComparer.Ordinal);
        var names = Memo(data.NamesOrNone);
        return [.. data.Estimates
            .GroupBy(e => e.Fact.Measure)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var code = EventExport.Name(g.Key);
                var claims = g.Select(e =>
                {
                    var src = Source(data.Sources, e.DocumentId);
                    var est = e.Fact;
                    return new EstimateClaim(est.Date?.End ?? src?.Published, est.Date is { } d ? d.Precision : null, est.Group, est.Count,
                        est.Area.IsDefault ? [] : est.Area, names(est.Population), names(est.Source), e.DocumentId, est.Evidence.Text);
                })
                .OrderByDescending(c => c.Date ?? DateOnly.MinValue).ThenBy(c => c.DocumentId)
                .ToImmutableArray();
                return new MeasureTrack(g.Key, descriptions.TryGetValue(code, out var desc) ? desc : code, claims);
            })];
    }

    private static (ImmutableArray<CorroboratedIncident>, int, HashSet<int>) Corroboration(ReportData data, DateOnly?[] days)
    {
        // Reports of the same kind of exit, from the same group, in the same country and month, count as one incident;
        // it is corroborated when two or more outlets (copies included) report it.
        var groups = new Dictionary<(EventType, string?, string?, DateOnly?), List<int>>();
        for (var i = 0; i < data.Events.Length; i++)
        {
            var e = data.Events[i].Event;
            var key = (e.Type, e.Group, e.Location?.Country?.ToUpperInvariant(), days[i] is { } d ? MonthOf(d) : (DateOnly?)null);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(i);
        }
        var incidents = new List<CorroboratedIncident>();
        var flags = new HashSet<int>();
        foreach (var (key, idx) in groups)
        {
            if (key.Item4 is null) continue;
            var outlets = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var i in idx)
            {
                var src = Source(data.Sources, data.Events[i].DocumentId);
                if (src is null) continue;
                outlets.Add(src.Outlet);
                if (!src.CopyPublishers.IsDefault) outlets.UnionWith(src.CopyPublishers);
            }
            if (outlets.Count < 2) continue;
            flags.UnionWith(idx);
            // People: the largest single report, not the sum (the reports describe the same incident).
            var people = idx.Select(i => PeopleSum.Of(data.Events[i].Event.Count)).OrderByDescending(p => p.Best).FirstOrDefault();
            incidents.Add(new CorroboratedIncident(key.Item1, key.Item2, key.Item3, key.Item4, [.. outlets], idx.Count, people));
        }
        return ([.. incidents.OrderByDescending(c => c.Outlets.Length).ThenByDescending(c => c.Reports).ThenBy(c => c.Month)
                    .ThenBy(c => c.Group, StringComparer.Ordinal).Take(15)], flags.Count, flags);
    }

    private static ImmutableArray<SourceRow> Outlets(ReportData data, HashSet<int> corroborated)
    {
        var rows = new Dictionary<string, (HashSet<long> Docs, int Events, int Estimates, int Corroborated)>(StringComparer.Ordinal);
        (HashSet<long> Docs, int Events, int Estimates, int Corroborated) Get(string outlet) =>
            rows.TryGetValue(outlet, out var r) ? r : ([], 0, 0, 0);
        for (var i = 0; i < data.Events.Length; i++)
        {
            var e = data.Events[i];
            var outlet = Source(data.Sources, e.DocumentId)?.Outlet ?? "(unknown)";
            var r = Get(outlet);
            r.Docs.Add(e.DocumentId);
            rows[outlet] = (r.Docs, r.Events + 1, r.Estimates, r.Corroborated + (corroborated.Contains(i) ? 1 : 0));
        }
        foreach (var e in data.Estimates)
        {
            var outlet = Source(data.Sources, e.DocumentId)?.Outlet ?? "(unknown)";
            var r = Get(outlet);
            r.Docs.Add(e.DocumentId);
            rows[outlet] = (r.Docs, r.Events, r.Estimates + 1, r.Corroborated);
        }
        return [.. rows.Select(kv => new SourceRow(kv.Key, kv.Value.Docs.Count, kv.Value.Events, kv.Value.Estimates, kv.Value.Corroborated))
            .OrderByDescending(r => r.Events).ThenByDescending(r => r.Estimates).ThenBy(r => r.Outlet, StringComparer.Ordinal)
            .Take(20)];
    }

    private static ImmutableArray<AttributedSource> Attributed(ReportData data)
    {
        var counts = new Dictionary<string, (string Name, int Events, int Estimates)>(StringComparer.OrdinalIgnoreCase);
        var names = Memo(data.NamesOrNone);
        void Add(string? s, bool isEvent)
        {
            if (string.IsNullOrWhiteSpace(s)) return;
            var name = names(s.Trim())!;
            var c = counts.TryGetValue(name, out var v) ? v : (Name: name, Events: 0, Estimates: 0);
            counts[name] = isEvent ? (c.Name, c.Events + 1, c.Estimates) : (c.Name, c.Events, c.Estimates + 1);
        }
        foreach (var e in data.Events) Add(e.Event.Source, true);
        foreach (var e in data.Estimates) Add(e.Fact.Source, false);
        return [.. counts.Values.Select(c => new AttributedSource(c.Name, c.Events, c.Estimates))
            .OrderByDescending(a => a.Events + a.Estimates).ThenBy(a => a.Name, StringComparer.Ordinal).Take(15)];
    }
}
