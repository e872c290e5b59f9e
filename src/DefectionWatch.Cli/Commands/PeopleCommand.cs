using System.CommandLine;
using System.Text.Json;
using DefectionWatch.Consolidation.People;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using Spectre.Console;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch people</c>: people across documents and spellings (pseudonymised unless --include-names).</summary>
internal static class PeopleCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("people", "People reported as having left, merged across documents and spellings, with their events") { db, format, names };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var (events, rows) = await ConsolidationCli.EventsAsync(store, ct).ConfigureAwait(false);
            var people = await ConsolidationCli.PeopleAsync(store, events, rows, ct).ConfigureAwait(false);
            var pseudo = parse.GetValue(names) ? Pseudonymizer.None : await EventExport.CreatePseudonymizerAsync(store, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(people.People.Select(p => new
                {
                    id = p.Id,
                    name = pseudo.Apply(p.Name),
                    variants = p.Variants.Select(v => pseudo.Apply(v)),
                    roles = p.Roles,
                    nationality = p.Nationality,
                    groups = p.Groups,
                    events = p.EventIds,
                    mentions = p.Mentions.Select(m => m.Key.ToString()),
                }), RecordJson.Options));
                return 0;
            }
            if (people.People.Length == 0)
            {
                Console.WriteLine("no people");
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple);
            foreach (var c in new[] { "id", "name", "also written", "role", "nat.", "group", "events", "documents" }) table.AddColumn(c);
            foreach (var p in people.People)
                table.AddRow(
                    Markup.Escape(p.Id), Markup.Escape(pseudo.Apply(p.Name) ?? ""),
                    Markup.Escape(string.Join("; ", p.Variants.Where(v => v != p.Name).Select(v => pseudo.Apply(v)))),
                    Markup.Escape(string.Join(",", p.Roles)), Markup.Escape(p.Nationality ?? ""), Markup.Escape(string.Join(", ", p.Groups)),
                    Markup.Escape(string.Join(", ", p.EventIds)), Markup.Escape(string.Join(", ", p.Mentions.Select(m => m.Key.DocumentId).Distinct())));
            AnsiConsole.Write(table);
            Console.WriteLine(FormattableString.Invariant($"{people.People.Length} people from {people.People.Sum(p => p.Mentions.Length)} mentions"));
            return 0;
        }));
        return command;
    }
}
