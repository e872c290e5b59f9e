using System.CommandLine;
using System.Text;
using DefectionWatch.Dataset;
using DefectionWatch.Storage;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch export --format csv|json|geojson -o FILE</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var format = new Option<string>("--format") { Description = "csv (ACLED/UCDP-style columns), json or geojson", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "geojson", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "File to write", Required = true, HelpName = "FILE" };
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("export", "Write every stored event to a file (people pseudonymised unless --include-names)") { db, format, output, names };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var fmt = EventsCommand.ParseFormat(parse.GetValue(format)!);
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var rows = await EventExport.QueryAsync(store, new EventFilter(), parse.GetValue(names), ct).ConfigureAwait(false);
            var path = parse.GetValue(output)!;
            var tmp = path + ".tmp";
            await using (var w = new StreamWriter(tmp, false, new UTF8Encoding(false)))
                EventExport.Write(w, fmt, rows);
            File.Move(tmp, path, overwrite: true);
            Console.WriteLine($"{rows.Count} events written to {path}");
            return 0;
        }));
        return command;
    }
}
