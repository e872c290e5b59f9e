using System.CommandLine;
using System.Globalization;
using DefectionWatch.Dataset;
using DefectionWatch.Ingest;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace DefectionWatch.Cli.Commands;

/// <summary>Options and helpers shared by the dataset commands (run, reextract, search, events, export, stats, demo).</summary>
internal static class DatasetCli
{
    public const string DefaultDb = "defwatch.db";

    public static Option<string> DbOption() => new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => DefaultDb,
        HelpName = "FILE",
    };

    public static Option<bool> IncludeNamesOption() => new("--include-names")
    {
        Description = "Show real person names (by default people are replaced by stable pseudonyms, also inside evidence and notes)",
    };

    /// <summary>True when progress bars may be drawn: both output streams are a terminal.</summary>
    public static bool Interactive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Opens an existing database for the query commands, with a readable error when there is none.</summary>
    public static SqliteDefectionStore OpenExisting(string path)
    {
        if (!File.Exists(path))
            throw new UserException($"no database at {path}; create one with `defwatch run SOURCE --db {path}`");
        return SqliteDefectionStore.Open(path);
    }

    /// <summary>Runs a command body, turning expected failures into one readable line on stderr and exit code 2.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (UserException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (SqliteException e)
        {
            await Console.Error.WriteLineAsync("error: database: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled; everything committed so far is kept, re-run to continue").ConfigureAwait(false);
            return 130;
        }
    }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY; <paramref name="end"/> picks the last day of a month or year.</summary>
    public static DateOnly? ParseDate(string? s, bool end, string option)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            return end ? m.AddMonths(1).AddDays(-1) : m;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000)
            return end ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
        throw new UserException($"{option}: '{s}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    /// <summary>Runs the pipeline over sources with a progress display when on a terminal; prints problems and a summary.</summary>
    public static async Task<RunSummary> RunWithProgressAsync(DatasetRunner runner, Func<IProgress<RunProgress>?, Action<IngestProblem>, CancellationToken, Task<RunSummary>> work,
        string label, CancellationToken cancellationToken)
    {
        void OnProblem(IngestProblem p) =>
            Console.Error.WriteLine((p.Skipped ? "skipped: " : "warning: ") + p);
        if (!Interactive)
            return await work(null, OnProblem, cancellationToken).ConfigureAwait(false);
        RunSummary? summary = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label);
                task.IsIndeterminate = true;
                var progress = new SyncProgress(p =>
                {
                    if (p.Total is { } total && total > 0)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = total;
                        task.Value = p.Read;
                    }
                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                        $"{label}: {p.Read} read, {p.Added} new, {p.Extracted} extracted, {p.Events} events"));
                });
                summary = await work(progress, OnProblem, cancellationToken).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return summary!;
    }

    public static void PrintSummary(RunSummary s, string db)
    {
        var c = s.Counts;
        var secs = Math.Max(s.Elapsed.TotalSeconds, 1e-3);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{c.Read} documents read ({c.Added} new, {c.AlreadyStored} already stored; {c.ExactDuplicates} exact and {c.NearDuplicates} near copies; {c.NotEnglish} not English)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{c.Extracted} extracted, {c.Events} events, {c.Failed} failed, {c.Problems} problems; {s.Elapsed.TotalSeconds:0.0} s ({c.Read / secs:0} documents/s) -> {db}"));
    }

    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}

/// <summary>An error caused by the user's input, printed as one line without a stack trace.</summary>
internal sealed class UserException(string message) : Exception(message);
