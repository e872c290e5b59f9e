using System.IO.Compression;
using System.Reflection;

namespace DefectionWatch.Extraction.Internal;

/// <summary>
/// Reads the data files shipped inside this assembly (<c>Resources/**</c>): codebooks, lexicons, gazetteer.
/// A file of the same relative path under an override folder wins, so users can edit a copy.
/// </summary>
public sealed class ResourceStore(string? overrideDirectory = null)
{
    private static readonly Assembly Assembly = typeof(ResourceStore).Assembly;

    public string? OverrideDirectory { get; } = overrideDirectory;

    /// <summary>Names of the embedded files, e.g. <c>en/actors.tsv</c>.</summary>
    public static IEnumerable<string> EmbeddedNames =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("DefectionWatch.Resources/", StringComparison.Ordinal))
            .Select(n => n["DefectionWatch.Resources/".Length..]);

    public TextReader Open(string relativePath)
    {
        if (OverrideDirectory is not null)
        {
            var path = Path.Combine(OverrideDirectory, relativePath);
            if (File.Exists(path)) return Wrap(File.OpenRead(path), relativePath);
        }
        var stream = Assembly.GetManifestResourceStream("DefectionWatch.Resources/" + relativePath.Replace('\\', '/'))
            ?? throw new FileNotFoundException($"DW2001: resource '{relativePath}' is neither embedded nor in '{OverrideDirectory}'");
        return Wrap(stream, relativePath);
    }

    private static StreamReader Wrap(Stream s, string name) =>
        name.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(s, CompressionMode.Decompress))
            : new StreamReader(s);

    /// <summary>Data lines of a TSV file: '#' comments and blank lines skipped, fields split on tabs.</summary>
    public IEnumerable<(int Line, string[] Fields)> ReadTsv(string relativePath)
    {
        using var reader = Open(relativePath);
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return (n, line.Split('\t'));
        }
    }
}
