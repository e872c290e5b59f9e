using System.CommandLine;
using System.Text.Json;
using DefectionWatch.Consolidation;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch event ID</c>: every report of one canonical event and how they differ.</summary>
internal static class EventCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var id = new Argument<string>("ID") { Description = "Canonical event id (from `defwatch incidents`), e.g. ev-3fa9c2d01b7e" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("event", "Every report of one canonical event (incident) and how the reports differ") { db, id, format, names };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var (result, rows) = await ConsolidationCli.EventsAsync(store, ct).ConfigureAwait(false);
            var wanted = parse.GetValue(id)!.Trim();
            var ev = result.Find(wanted) ?? throw new UserException($"no canonical event {wanted} (list them with `defwatch incidents`)");
            var pseudo = parse.GetValue(names) ? Pseudonymizer.None : await EventExport.CreatePseudonymizerAsync(store, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(ToJson(ev, pseudo), RecordJson.Options));
                return 0;
            }
            var copies = rows.ToDictionary(r => new MentionKey(r.DocumentKey, r.Ordinal), r => r.CopyPublishers);
            Print(ev, copies, pseudo);
            return 0;
        }));
        return command;
    }

    private static void Print(CanonicalEvent ev, Dictionary<MentionKey, System.Collections.Immutable.ImmutableArray<string>> copies, Pseudonymizer names)
    {
        Console.WriteLine($"{ev.Id}: {Describe.Type(ev.Type)} from {ev.Group ?? "unknown group"}{(ev.To is null ? "" : " to " + ev.To)}");
        Console.WriteLine($"  count     {ConsolidationCli.CountSummary(ev.Count)}{(ev.Count.Best is null ? "unknown" : FormattableString.Invariant($" (best given by {ev.Count.BestSources} source(s))"))}");
        Console.WriteLine($"  date      {Describe.Date(ev.Date)}");
        Console.WriteLine($"  location  {Describe.Place(ev.Location)}");
        Console.WriteLine(FormattableString.Invariant($"  sources   {ev.IndependentSources} independent, {ev.Reports.Length} report(s)"));
        if (!ev.Supersedes.IsDefaultOrEmpty) Console.WriteLine($"  merged    {string.Join(", ", ev.Supersedes)}");
        foreach (var c in ev.Conflicts)
            Console.WriteLine($"  conflict  {c.Field}: {string.Join(" vs ", c.Values.Select(v => $"{v.Value} ({string.Join(", ", v.Documents)})"))}");
        Console.WriteLine();
        foreach (var r in ev.Reports)
        {
            var e = r.Event;
            var published = r.Mention.Published is { } p ? Describe.Iso(p) : "undated";
            Console.WriteLine($"- {r.Key} {r.Mention.Publisher ?? "?"} {published} (source {r.SourceKey})");
            Console.WriteLine($"    {Describe.Type(e.Type)}, count {Describe.Count(e.Count)}, date {Describe.Date(e.Date)}, location {Describe.Place(e.Location)}{(e.Source is null ? "" : ", according to " + names.Apply(e.Source))}");
            var diffs = Differences(ev, e).ToList();
            if (diffs.Count > 0) Console.WriteLine($"    differs: {string.Join("; ", diffs)}");
            if (copies.TryGetValue(r.Key, out var c) && !c.IsDefaultOrEmpty) Console.WriteLine($"    copies: {string.Join(", ", c)}");
            if (e.Evidence.Text is { } text) Console.WriteLine($"    \"{names.Apply(OneLine(text))}\"");
        }
    }

    /// <summary>Where a report departs from the canonical values.</summary>
    internal static IEnumerable<string> Differences(CanonicalEvent ev, ExitEvent e)
    {
        if (e.Type != ev.Type) yield return $"type {Describe.Type(e.Type)}";
        if (e.Count is not null && ev.Count.Best is not null && Describe.Count(e.Count) != Describe.Count(ev.Count.Best)) yield return $"count {Describe.Count(e.Count)}";
        if (e.Count is null && ev.Count.Best is not null) yield return "no count";
        if (e.Date is not null && ev.Date is not null && e.Date != ev.Date) yield return $"date {Describe.Date(e.Date)}";
        if (e.Date is null && ev.Date is not null) yield return "no date";
        if (e.Location is not null && ev.Location is not null && !string.Equals(e.Location.Name, ev.Location.Name, StringComparison.Ordinal)) yield return $"location {Describe.Place(e.Location)}";
        if (e.Location is null && ev.Location is not null) yield return "no location";
    }

    private static string OneLine(string s) => string.Join(' ', s.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The JSON shape of a canonical event (also used by <c>incidents --format json</c>).</summary>
    internal static object ToJson(CanonicalEvent e, Pseudonymizer names) => new
    {
        id = e.Id,
        type = Describe.Type(e.Type),
        group = e.Group,
        to = e.To,
        count = new { best = e.Count.Best, low = e.Count.Low, high = e.Count.High, best_sources = e.Count.BestSources },
        date = e.Date,
        location = e.Location,
        independent_sources = e.IndependentSources,
        supersedes = e.Supersedes,
        conflicts = e.Conflicts.Select(c => new { field = c.Field, values = c.Values.Select(v => new { value = v.Value, documents = v.Documents }) }),
        reports = e.Reports.Select(r => new
        {
            doc = r.Key.DocumentId,
            index = r.Key.Index,
            publisher = r.Mention.Publisher,
            published = r.Mention.Published,
            source_key = r.SourceKey,
            type = Describe.Type(r.Event.Type),
            count = r.Event.Count,
            date = r.Event.Date,
            location = r.Event.Location,
            source = names.Apply(r.Event.Source),
            evidence = new { start = r.Evidence.Start, end = r.Evidence.End, text = names.Apply(r.Evidence.Text) },
            differs = Differences(e, r.Event).ToArray(),
        }),
    };
}
