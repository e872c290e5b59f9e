using System.CommandLine;
using DefectionWatch.Dataset;
using DefectionWatch.Extraction;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch reextract</c>: re-process stored documents whose facts came from another extractor version.</summary>
internal static class ReextractCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var all = new Option<bool>("--all") { Description = "Re-extract every stored original, even those already extracted by the current version" };
        var command = new Command("reextract", "Re-run extraction on stored documents extracted by an older extractor version (or never extracted)") { db, all };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var dbPath = parse.GetValue(db)!;
            await using var store = DatasetCli.OpenExisting(dbPath);
            var extractor = new Extractor();
            var runner = new DatasetRunner(store, extractor, null);
            var summary = await DatasetCli.RunWithProgressAsync(runner,
                (progress, onProblem, token) => runner.ReextractAsync(parse.GetValue(all), progress, onProblem, token), "reextract", ct).ConfigureAwait(false);
            Console.WriteLine($"{summary.Counts.Extracted} documents re-extracted with {extractor.Version}, {summary.Counts.Events} events, {summary.Counts.Failed} failed");
            return 0;
        }));
        return command;
    }
}
