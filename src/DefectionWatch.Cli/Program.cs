using System.CommandLine;

namespace DefectionWatch.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("DefectionWatch: exits from armed groups, extracted from the news.");
        root.Subcommands.Add(Commands.RunCommand.Create());
        root.Subcommands.Add(Commands.ReextractCommand.Create());
        root.Subcommands.Add(Commands.SearchCommand.Create());
        root.Subcommands.Add(Commands.EventsCommand.Create());
        root.Subcommands.Add(Commands.ExportCommand.Create());
        root.Subcommands.Add(Commands.StatsCommand.Create());
        root.Subcommands.Add(Commands.DemoCommand.Create());
        return root.Parse(args).Invoke();
    }
}
