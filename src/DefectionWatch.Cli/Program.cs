using System.CommandLine;

namespace DefectionWatch.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("DefectionWatch: exits from armed groups, extracted from the news.");
        return root.Parse(args).Invoke();
    }
}
