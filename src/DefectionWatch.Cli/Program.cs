using System.CommandLine;
using DefectionWatch.Cli.Commands;

namespace DefectionWatch.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("DefectionWatch: exits from armed groups (defections, desertions, surrenders, flight), extracted from the news.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(PipelineCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ReextractCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(IncidentsCommand.Create());
        root.Subcommands.Add(EventCommand.Create());
        root.Subcommands.Add(PeopleCommand.Create());
        root.Subcommands.Add(EstimatesCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException e)
        {
            Console.Error.WriteLine($"defwatch: {e.Message}");
            return 2;
        }
    }
}
