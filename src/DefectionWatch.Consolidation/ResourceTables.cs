using System.Collections.Immutable;

namespace DefectionWatch.Consolidation;

/// <summary>Reads the embedded TSV tables under Resources/ (UTF-8, '#' comments, tab-separated).</summary>
internal static class ResourceTables
{
    public static IEnumerable<string[]> ReadTsv(string name)
    {
        using var stream = typeof(ResourceTables).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }

    public static ImmutableDictionary<string, string> Map(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
}
