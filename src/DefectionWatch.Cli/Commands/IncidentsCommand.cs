using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DefectionWatch.Consolidation;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using Spectre.Console;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch incidents</c>: canonical events (one per real incident) with their independent source counts.</summary>
internal static class IncidentsCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var group = new Option<string?>("--group") { Description = "Armed group (canonical name, case and accents ignored)", HelpName = "G" };
        var type = new Option<string?>("--type") { Description = "Event type of the incident", HelpName = "T" };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country code of the place", HelpName = "CC" };
        var minSources = new Option<int>("--min-sources") { Description = "Only incidents confirmed by at least this many independent sources", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = new Option<int?>("--limit") { Description = "Most incidents shown" };
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("incidents", "Canonical events: reports of one incident from several documents merged, with independent source counts")
            { db, group, type, country, minSources, format, limit, names };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var (result, _) = await ConsolidationCli.EventsAsync(store, ct).ConfigureAwait(false);
            var t = EventsCommand.ParseType(parse.GetValue(type));
            var g = Core.Text.TextNormalizer.NormalizeName(parse.GetValue(group));
            var cc = parse.GetValue(country)?.Trim();
            IEnumerable<CanonicalEvent> events = result.Events
                .Where(e => t is null || e.Type == t)
                .Where(e => g.Length == 0 || string.Equals(Core.Text.TextNormalizer.NormalizeName(e.Group), g, StringComparison.Ordinal))
                .Where(e => string.IsNullOrEmpty(cc) || string.Equals(e.Location?.Country, cc, StringComparison.OrdinalIgnoreCase))
                .Where(e => e.IndependentSources >= parse.GetValue(minSources));
            if (parse.GetValue(limit) is { } l) events = events.Take(l);
            var list = events.ToList();
            var pseudo = parse.GetValue(names) ? Pseudonymizer.None : await EventExport.CreatePseudonymizerAsync(store, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json") Console.WriteLine(JsonSerializer.Serialize(list.Select(e => EventCommand.ToJson(e, pseudo)), RecordJson.Options));
            else PrintTable(list);
            return 0;
        }));
        return command;
    }

    private static void PrintTable(List<CanonicalEvent> events)
    {
        if (events.Count == 0)
        {
            Console.WriteLine("no incidents");
            return;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "id", "date", "type", "group", "count", "location", "sources", "reports", "conflicts" }) table.AddColumn(c);
        foreach (var e in events)
            table.AddRow(
                Markup.Escape(e.Id), Markup.Escape(Describe.Date(e.Date)), Markup.Escape(Describe.Type(e.Type)), Markup.Escape(e.Group ?? ""),
                Markup.Escape(ConsolidationCli.CountSummary(e.Count)), Markup.Escape(e.Location is null ? "" : Describe.Place(e.Location)),
                e.IndependentSources.ToString(CultureInfo.InvariantCulture), e.Reports.Length.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(",", e.Conflicts.Select(c => c.Field))));
        AnsiConsole.Write(table);
        Console.WriteLine(FormattableString.Invariant($"{events.Count} incidents from {events.Sum(e => e.Reports.Length)} reports"));
    }
}
