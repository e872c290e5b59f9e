using System.Collections.Frozen;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Evaluation;

/// <summary>Maps normalised actor names and aliases to one key per actor (score.py's ActorTable).</summary>
public sealed class ActorTable
{
    private readonly FrozenDictionary<string, string> _key;

    public ActorTable(IEnumerable<(string Canonical, IReadOnlyList<string> Aliases)> rows)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, aliases) in rows)
        {
            var canonKey = TextNormalizer.NormalizeName(canonical);
            foreach (var name in aliases.Prepend(canonical))
            {
                var n = TextNormalizer.NormalizeName(name);
                if (n.Length > 0) map.TryAdd(n, canonKey);
            }
        }
        _key = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static ActorTable Empty { get; } = new([]);

    /// <summary>Reads a table in the spec's actors.tsv layout (canonical, kind, aliases with '|'). Lines whose kind is "alias" are skipped, so the project's own additions do not change scoring.</summary>
    public static ActorTable Load(TextReader reader)
    {
        var rows = new List<(string, IReadOnlyList<string>)>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var f = line.Split('\t');
            var canonical = f[0].Trim();
            if (canonical.Length == 0 || (f.Length > 1 && f[1].Trim() == "alias")) continue;
            var aliases = f.Length > 2 ? f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            rows.Add((canonical, aliases));
        }
        return new ActorTable(rows);
    }

    /// <summary>Comparison key for an actor name, or null for null/empty.</summary>
    public string? Key(string? name)
    {
        var n = TextNormalizer.NormalizeName(name);
        return n.Length == 0 ? null : _key.GetValueOrDefault(n, n);
    }
}
