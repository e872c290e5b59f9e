using System.CommandLine;
using System.Globalization;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using DefectionWatch.Storage;
using Spectre.Console;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch events</c>: filtered list of stored events.</summary>
internal static class EventsCommand
{
    /// <summary>Events shown without --limit or --all: a page, so that a filter on a big dataset answers at once.</summary>
    public const int DefaultLimit = 100;

    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var group = new Option<string?>("--group") { Description = "Armed group (canonical name, case and accents ignored)", HelpName = "G" };
        var type = new Option<string?>("--type") { Description = "Event type: defection, desertion, surrender, civilian_flight, sham_defection, reprisal", HelpName = "T" };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country code of the place", HelpName = "CC" };
        var from = new Option<string?>("--from") { Description = "Events overlapping this date or later (YYYY-MM-DD, YYYY-MM or YYYY)", HelpName = "D" };
        var to = new Option<string?>("--to") { Description = "Events overlapping this date or earlier", HelpName = "D" };
        var format = new Option<string>("--format") { Description = "table, csv, json or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "geojson");
        var limit = new Option<int?>("--limit") { Description = $"Most events shown (default {DefaultLimit}; see --all)", HelpName = "N" };
        var all = new Option<bool>("--all") { Description = "Show every matching event (for whole-dataset files, `defwatch export` streams them)" };
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("events", "List stored events, filtered by group, type, country and date") { db, group, type, country, from, to, format, limit, all, names };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var showAll = parse.GetValue(all);
            if (showAll && parse.GetValue(limit) is not null) throw new UserException("--limit and --all cannot be used together");
            if (parse.GetValue(limit) is < 1) throw new UserException("--limit: give a number of events of 1 or more");
            var shown = showAll ? (int?)null : parse.GetValue(limit) ?? DefaultLimit;
            var filter = new EventFilter(
                parse.GetValue(group),
                ParseType(parse.GetValue(type)),
                parse.GetValue(country),
                DatasetCli.ParseDate(parse.GetValue(from), end: false, "--from"),
                DatasetCli.ParseDate(parse.GetValue(to), end: true, "--to"),
                // One row more than shown tells whether the list was cut.
                shown + 1);
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var rows = await EventExport.QueryAsync(store, filter, parse.GetValue(names), ct).ConfigureAwait(false);
            var more = shown is { } n && rows.Count > n;
            if (more) rows = [.. rows.Take(shown!.Value)];
            var fmt = ParseFormat(parse.GetValue(format)!);
            if (fmt == ExportFormat.Table) PrintTable(rows);
            else
            {
                var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
                await using (stdout.ConfigureAwait(false))
                    EventExport.Write(stdout, fmt, rows);
            }
            // On stderr, so that csv/json output stays clean.
            if (more) Console.Error.WriteLine($"first {shown} matching events shown; more match: use --limit N or --all (or `defwatch export` for a file)");
            return 0;
        }));
        return command;
    }

    internal static EventType? ParseType(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        foreach (var t in Enum.GetValues<EventType>())
            if (string.Equals(EventExport.Name(t), s.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(EventExport.Name(t).Replace("_", "", StringComparison.Ordinal), s.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                return t;
        throw new UserException($"--type: '{s}' is not an event type (defection, desertion, surrender, civilian_flight, sham_defection, reprisal)");
    }

    internal static ExportFormat ParseFormat(string s) => s.ToLowerInvariant() switch
    {
        "table" => ExportFormat.Table,
        "csv" => ExportFormat.Csv,
        "json" => ExportFormat.Json,
        "geojson" => ExportFormat.GeoJson,
        "parquet" => throw new UserException("parquet export is not available in this version; use csv, json or geojson"),
        _ => throw new UserException($"--format: '{s}' is not one of table, csv, json, geojson"),
    };

    internal static void PrintTable(IReadOnlyList<ExportRow> rows)
    {
        if (rows.Count == 0)
        {
            Console.WriteLine("no events");
            return;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "date", "type", "group", "count", "to", "location", "iso", "source" }) table.AddColumn(c);
        foreach (var r in rows)
            table.AddRow(
                Markup.Escape(r.EventDate ?? ""), Markup.Escape(r.EventType), Markup.Escape(r.Group ?? ""),
                Markup.Escape(CountText(r)), Markup.Escape(r.To ?? ""), Markup.Escape(r.Location ?? ""), Markup.Escape(r.Iso ?? ""),
                Markup.Escape(r.Source ?? r.DocumentKey));
        AnsiConsole.Write(table);
        Console.WriteLine($"{rows.Count} events");
    }

    private static string CountText(ExportRow r) => r.CountQualifier switch
    {
        null => "",
        "exact" => Num(r.CountBest),
        "approx" => "~" + Num(r.CountBest),
        "at_least" => ">=" + Num(r.CountBest),
        "at_most" => "<=" + Num(r.CountBest),
        _ => Num(r.CountLow) + "-" + Num(r.CountHigh),
    };

    private static string Num(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
