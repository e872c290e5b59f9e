using System.CommandLine;
using System.Text;
using DefectionWatch.Reports.Html;
using DefectionWatch.Storage;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch report -o report.html</c>: one self-contained HTML report (and, with --charts, PNG/SVG charts).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var group = new Option<string?>("--group") { Description = "Only this armed group (canonical name, case and accents ignored)", HelpName = "G" };
        var from = new Option<string?>("--from") { Description = "Events overlapping this date or later (YYYY-MM-DD, YYYY-MM or YYYY)", HelpName = "D" };
        var to = new Option<string?>("--to") { Description = "Events overlapping this date or earlier", HelpName = "D" };
        var output = new Option<string>("--output", "-o") { Description = "HTML file to write", DefaultValueFactory = _ => "report.html", HelpName = "FILE" };
        var charts = new Option<string?>("--charts") { Description = "Also write each chart as PNG and SVG into this folder", HelpName = "DIR" };
        var names = DatasetCli.IncludeNamesOption();
        var command = new Command("report", "Write an offline HTML report: headline figures, timeline, groups and countries, map, narratives, estimates, sources, methods")
        {
            db, group, from, to, output, charts, names,
        };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            var request = new ReportRequest(
                DateTimeOffset.UtcNow,
                Group: string.IsNullOrWhiteSpace(parse.GetValue(group)) ? null : parse.GetValue(group)!.Trim(),
                From: DatasetCli.ParseDate(parse.GetValue(from), end: false, "--from"),
                To: DatasetCli.ParseDate(parse.GetValue(to), end: true, "--to"),
                IncludeNames: parse.GetValue(names),
                Database: Path.GetFileName(parse.GetValue(db)!));
            var path = await WriteAsync(parse.GetValue(db)!, request, parse.GetValue(output)!, parse.GetValue(charts), ct).ConfigureAwait(false);
            Console.WriteLine($"Report written to {path}");
            return 0;
        }));
        return command;
    }

    /// <summary>Loads, builds and writes the report (atomically); returns its full path. Used by <c>demo</c> too.</summary>
    internal static async Task<string> WriteAsync(string dbPath, ReportRequest request, string output, string? chartsDir, CancellationToken ct)
    {
        await using var store = DatasetCli.OpenExisting(dbPath);
        var data = await ReportLoader.LoadAsync(store, request, ct).ConfigureAwait(false);
        var model = ReportAnalysis.Compute(data);
        var html = HtmlReport.Build(model);
        var full = Path.GetFullPath(output);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var tmp = full + ".tmp";
        await File.WriteAllTextAsync(tmp, html, new UTF8Encoding(false), ct).ConfigureAwait(false);
        File.Move(tmp, full, overwrite: true);
        if (chartsDir is not null)
        {
            var files = ChartFiles.Write(model, chartsDir);
            Console.WriteLine($"{files.Count} chart files written to {Path.GetFullPath(chartsDir)}");
        }
        Console.WriteLine($"{model.Events} events, {data.Estimates.Length} estimates, {data.Motives.Length} motive statements from {data.Sources.Count} articles{(data.Scope.NamesIncluded ? "" : "; names pseudonymised")}");
        return full;
    }
}
