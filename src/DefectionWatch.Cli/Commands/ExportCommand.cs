using System.CommandLine;
using DefectionWatch.Dataset;
using DefectionWatch.Storage;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch export --format csv|json|geojson|parquet -o FILE</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var format = new Option<string>("--format") { Description = "csv (ACLED/UCDP-style columns), json, geojson or parquet (same columns, typed: dates as DATE, counts as int64, coordinates as double)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "geojson", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "File to write", Required = true, HelpName = "FILE" };
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("export", "Write every stored event to a file (people pseudonymised unless --include-names)") { db, format, output, names };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var requested = parse.GetValue(format)!;
            var fmt = string.Equals(requested, "parquet", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Parquet : EventsCommand.ParseFormat(requested);
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            var path = parse.GetValue(output)!;
            var tmp = path + ".tmp";
            long count;
            // Rows are read and written one at a time (parquet: one row group at a time): memory does not grow with the dataset.
            var file = new FileStream(tmp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            await using (file.ConfigureAwait(false))
                count = await EventExport.WriteAsync(file, fmt, EventExport.StreamAsync(store, new EventFilter(), parse.GetValue(names), ct), ct).ConfigureAwait(false);
            File.Move(tmp, path, overwrite: true);
            Console.WriteLine($"{count} events written to {path}");
            return 0;
        }));
        return command;
    }
}
