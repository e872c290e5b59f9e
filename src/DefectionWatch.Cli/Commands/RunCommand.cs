using System.CommandLine;
using DefectionWatch.Dataset;
using DefectionWatch.Extraction;
using DefectionWatch.Ingest;
using DefectionWatch.Storage.Sqlite;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch run SOURCE... [--db FILE]</c>: ingest, check language, dedupe, extract, store.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "JSONL corpora, .txt/.html/.htm/.pdf/.json files, folders (read recursively), RSS/Atom feed files or http(s) URLs",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DatasetCli.DbOption();
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for files and feed items that carry none", HelpName = "DATE" };
        var follow = new Option<bool>("--follow-links") { Description = "For feed items, fetch the linked article and store its main text instead of the summary" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds per HTTP attempt (3 attempts with back-off)", DefaultValueFactory = _ => 30 };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction", DefaultValueFactory = _ => 64 };
        var command = new Command("run", "Ingest sources into the dataset: language check, duplicate detection, extraction, storage. Re-running the same sources adds nothing.")
        {
            sources, db, published, follow, timeout, batch,
        };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var dbPath = parse.GetValue(db)!;
            var options = new IngestOptions
            {
                DefaultPublished = DatasetCli.ParseDate(parse.GetValue(published), end: false, "--published"),
                FollowFeedLinks = parse.GetValue(follow),
                HttpTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
            };
            var summary = await RunAsync(parse.GetValue(sources)!, dbPath, options, Math.Max(1, parse.GetValue(batch)), ct).ConfigureAwait(false);
            DatasetCli.PrintSummary(summary, dbPath);
            if (!summary.ReadAnything)
            {
                await Console.Error.WriteLineAsync("error: no usable document was read").ConfigureAwait(false);
                return 1;
            }
            return 0;
        }));
        return command;
    }

    internal static async Task<RunSummary> RunAsync(IReadOnlyList<string> sources, string dbPath, IngestOptions options, int batchSize, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("DefectionWatch/1.0 (+research dataset)");
        var reader = new SourceReader(options, http);
        await using var store = SqliteDefectionStore.Open(dbPath);
        var runner = new DatasetRunner(store, new Extractor(), new LanguageDetector(), new RunOptions { BatchSize = batchSize });
        return await DatasetCli.RunWithProgressAsync(runner,
            (progress, onProblem, token) => runner.RunAsync(reader.ReadAsync(sources, token), progress, onProblem, token),
            "run", ct).ConfigureAwait(false);
    }
}
