using DefectionWatch.Dataset;
using DefectionWatch.Extraction;
using DefectionWatch.Ingest;
using DefectionWatch.Reports.Html;
using DefectionWatch.Storage.Sqlite;

namespace DefectionWatch.Reports.Tests.Support;

/// <summary>
/// The bundled sample corpus (samples/corpus.jsonl) run through the real pipeline into a temporary SQLite
/// database, then loaded and written as a report, once for the test class that uses it.
/// </summary>
public sealed class SampleReport : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "defwatch-report-tests-" + Guid.NewGuid().ToString("N")[..8]);
    public string DbPath => Path.Combine(Directory, "samples.db");
    public string HtmlPath => Path.Combine(Directory, "report.html");
    public ReportData Data { get; private set; } = null!;
    public string Html { get; private set; } = "";

    public static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "corpus.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("samples/corpus.jsonl not found above " + AppContext.BaseDirectory);
    }

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await using (var store = SqliteDefectionStore.Open(DbPath))
        {
            var runner = new DatasetRunner(store, new Extractor(), null, new RunOptions { BatchSize = 16, Parallelism = 1 });
            var summary = await runner.RunAsync(new SourceReader().Read([Samples()]));
            Assert.True(summary.Counts.Events > 10, "the sample corpus gives events");
            Data = await ReportLoader.LoadAsync(store, new ReportRequest(Reports.Now, Database: "samples.db"));
        }
        Html = HtmlReport.Build(Data);
        await File.WriteAllTextAsync(HtmlPath, Html);
    }

    public Task DisposeAsync()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
        return Task.CompletedTask;
    }
}
