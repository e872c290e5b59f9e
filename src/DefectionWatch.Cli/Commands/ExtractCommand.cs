using System.CommandLine;
using DefectionWatch.Cli.Output;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch extract INPUT… [-o OUT.jsonl]</c>: one extraction record per document.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = CliInput.Sources();
        var output = new Option<string?>("--output", "-o") { Description = "write the records here (default: standard output)" };
        var published = CliInput.Published();
        var resources = ResourcesOption();
        var cmd = new Command("extract", "Extract exit events, estimates, motives, people and quotes: one JSON record per document (extraction-format v1).")
        {
            input, output, published, resources,
        };
        cmd.SetAction((parse, ct) =>
        {
            var extractor = new Extractor(new ResourceStore(parse.GetValue(resources)));
            var tally = new ReadTally();
            using (var writer = JsonLines.Open(parse.GetValue(output)))
            using (var progress = new ProgressLine("extracted"))
            {
                foreach (var doc in CliInput.Read(parse.GetValue(input)!, CliInput.ParsePublished(parse.GetValue(published)), tally, ct))
                {
                    if (CliInput.TryExtract(extractor, doc, tally, ct) is { } record) writer.WriteLine(RecordJson.Serialize(record));
                    progress.Advance(doc.Text.Length);
                }
            }
            Console.Error.WriteLine($"extract: {tally.Documents} documents, {tally.Problems} skipped inputs");
            return Task.FromResult(tally.ExitCode);
        });
        return cmd;
    }

    public static Option<string?> ResourcesOption() => new("--resources")
    {
        Description = "folder with edited copies of the data files (e.g. en/actors.tsv); files not there come from the built-in set",
    };
}
