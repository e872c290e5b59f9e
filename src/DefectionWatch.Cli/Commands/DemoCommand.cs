using System.CommandLine;
using DefectionWatch.Dataset;
using DefectionWatch.Ingest;
using DefectionWatch.Storage;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch demo</c>: the bundled sample corpus into a fresh ./defwatch-demo.db, then a summary and the HTML report (./defwatch-demo-report.html).</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = new System.CommandLine.Option<string>("--db") { Description = "Database to (re)create", DefaultValueFactory = _ => "defwatch-demo.db", HelpName = "FILE" };
        var corpus = new System.CommandLine.Option<string?>("--corpus") { Description = "Corpus to use instead of the bundled samples/corpus.jsonl", HelpName = "FILE" };
        var command = new Command("demo", "Run the bundled sample corpus (invented articles) into a fresh database and print what was found") { db, corpus };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var path = parse.GetValue(corpus) ?? FindSampleCorpus()
                ?? throw new UserException("samples/corpus.jsonl not found (run from the repository, or pass --corpus FILE)");
            var dbPath = parse.GetValue(db)!;
            foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
                if (File.Exists(f)) File.Delete(f);
            Console.WriteLine($"Sample corpus: {path}");
            var summary = await RunCommand.RunAsync([path], dbPath, new IngestOptions(), 64, ct).ConfigureAwait(false);
            DatasetCli.PrintSummary(summary, dbPath);
            await using var store = DatasetCli.OpenExisting(dbPath);
            StatsCommand.Print(await store.GetStatsAsync(ct).ConfigureAwait(false));
            var rows = await EventExport.QueryAsync(store, new EventFilter(Limit: 15), includeNames: false, ct).ConfigureAwait(false);
            EventsCommand.PrintTable(rows);
            var report = await ReportCommand.WriteAsync(dbPath, new Reports.Html.ReportRequest(DateTimeOffset.UtcNow, Database: Path.GetFileName(dbPath)),
                Path.ChangeExtension(dbPath, null) + "-report.html", null, ct).ConfigureAwait(false);
            Console.WriteLine($"Report: {report}");
            Console.WriteLine($"Next: defwatch events --db {dbPath} --format csv | defwatch search --db {dbPath} WORDS | defwatch export --db {dbPath} --format geojson -o events.geojson | defwatch report --db {dbPath} -o report.html");
            return summary.ReadAnything ? 0 : 1;
        }));
        return command;
    }

    /// <summary>samples/corpus.jsonl in the current folder or any parent of it or of the program's folder.</summary>
    internal static string? FindSampleCorpus()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "corpus.jsonl");
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
