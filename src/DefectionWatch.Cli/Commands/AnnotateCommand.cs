using System.CommandLine;
using DefectionWatch.Cli.Output;
using DefectionWatch.Extraction;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch annotate INPUT… [-o OUT.jsonl]</c>: what each recogniser found, per document.</summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var input = CliInput.Sources();
        var output = new Option<string?>("--output", "-o") { Description = "write the annotations here (default: standard output)" };
        var published = CliInput.Published();
        var resources = ExtractCommand.ResourcesOption();
        var cmd = new Command("annotate", "Show the sentences, numbers, dates, places and actors each recogniser found (to see why something was missed).")
        {
            input, output, published, resources,
        };
        cmd.SetAction((parse, ct) =>
        {
            var extractor = new Extractor(new ResourceStore(parse.GetValue(resources)));
            var tally = new ReadTally();
            using (var writer = JsonLines.Open(parse.GetValue(output)))
            {
                foreach (var doc in CliInput.Read(parse.GetValue(input)!, CliInput.ParsePublished(parse.GetValue(published)), tally, ct))
                    writer.WriteLine(AnnotationJson.Write(extractor.Annotate(doc.Info, doc.Text, ct)));
            }
            return Task.FromResult(tally.ExitCode);
        });
        return cmd;
    }
}
