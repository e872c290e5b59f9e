using System.CommandLine;
using DefectionWatch.Extraction;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Cli.Commands;

/// <summary><c>defwatch pipeline</c>: the stages, what each requires and assigns, and the built-in data files.</summary>
internal static class PipelineCommand
{
    public static Command Create()
    {
        var cmd = new Command("pipeline", "Describe the extraction pipeline: stages, layers and data files.");
        cmd.SetAction(_ =>
        {
            var extractor = new Extractor();
            Console.Out.WriteLine(extractor.Version);
            Console.Out.WriteLine();
            Console.Out.Write(extractor.Pipeline.Describe());
            Console.Out.WriteLine();
            Console.Out.WriteLine("data files (override with --resources DIR):");
            foreach (var name in ResourceStore.EmbeddedNames.Order(StringComparer.Ordinal)) Console.Out.WriteLine("  " + name);
            return 0;
        });
        return cmd;
    }
}
