using System.Text;

namespace DefectionWatch.Cli.Output;

/// <summary>Opens the output of a command: a file (-o) or standard output, UTF-8 without BOM, '\n' line ends.</summary>
internal static class JsonLines
{
    public static TextWriter Open(string? path)
    {
        if (path is null or "-")
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            return stdout;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        return new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
    }
}
