using System.CommandLine;
using System.Globalization;
using DefectionWatch.Storage;
using Spectre.Console;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch stats</c>: what the database holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = DatasetCli.DbOption();
        var command = new Command("stats", "Counts of documents, copies, languages, extractor versions and events in the database") { db };
        command.SetAction((parse, ct) => DatasetCli.GuardAsync(async () =>
        {
            await using var store = DatasetCli.OpenExisting(parse.GetValue(db)!);
            Print(await store.GetStatsAsync(ct).ConfigureAwait(false));
            return 0;
        }));
        return command;
    }

    internal static void Print(StoreStats s)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        void Row(string what, long n) => table.AddRow(Markup.Escape(what), n.ToString(CultureInfo.InvariantCulture));
        Row("documents", s.Documents);
        Row("  extracted", s.Extracted);
        Row("  pending (not yet or failed)", s.Pending);
        Row("  not English (stored, not extracted)", s.NotEnglish);
        Row("  exact copies", s.ExactDuplicates);
        Row("  near copies (syndicated)", s.NearDuplicates);
        Row("events", s.Events);
        foreach (var (type, n) in s.EventsByType.OrderBy(k => k.Key, StringComparer.Ordinal)) Row("  " + type, n);
        Row("estimates", s.Estimates);
        Row("people", s.People);
        foreach (var (lang, n) in s.DocumentsByLanguage.OrderBy(k => k.Key, StringComparer.Ordinal)) Row("language " + lang, n);
        foreach (var (v, n) in s.DocumentsByExtractor.OrderBy(k => k.Key, StringComparer.Ordinal)) Row("extractor " + v, n);
        Row("schema version", s.SchemaVersion);
        if (s.SizeBytes is { } size) Row("size (KB)", size / 1024);
        AnsiConsole.Write(table);
    }
}
