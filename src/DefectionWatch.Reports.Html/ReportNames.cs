using System.Collections.Frozen;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Reports.Html;

/// <summary>Picks, among the stored person names, those that look like people's names (see Resources/name-filter.tsv).</summary>
public static class ReportNames
{
    private static readonly (FrozenSet<string> Leading, string[] Particles) Filter = Load();

    private static (FrozenSet<string>, string[]) Load()
    {
        using var stream = typeof(ReportNames).Assembly.GetManifestResourceStream("DefectionWatch.Reports.Html/name-filter.tsv")
            ?? throw new InvalidOperationException("DW4001: embedded resource 'name-filter.tsv' is missing");
        using var reader = new StreamReader(stream);
        var leading = new List<string>();
        var particles = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            (f[0] == "leading" ? leading : f[0] == "particle" ? particles
                : throw new InvalidDataException($"DW4002: name-filter.tsv: unknown kind '{f[0]}'")).Add(f[1]);
        }
        return (leading.ToFrozenSet(StringComparer.OrdinalIgnoreCase), [.. particles]);
    }

    private static bool IsParticle(string word) =>
        Filter.Particles.Any(p => p.EndsWith('-') ? word.StartsWith(p, StringComparison.Ordinal) && word.Length > p.Length : string.Equals(word, p, StringComparison.Ordinal));

    /// <summary>True when <paramref name="name"/> looks like a person's name rather than a description.</summary>
    public static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is < 2 or > 6) return false;
        if (!char.IsUpper(words[0][0]) || Filter.Leading.Contains(words[0])) return false;
        foreach (var w in words)
        {
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) return false;
            if (!char.IsUpper(w[0]) && !IsParticle(w)) return false;
            if (w.Any(char.IsDigit)) return false;
        }
        return true;
    }

    /// <summary>The names to pseudonymise: person-like, and not part of a group or outlet name of the report.</summary>
    public static IReadOnlyList<string> Select(IEnumerable<string> names, IEnumerable<string> groups, IEnumerable<string> outlets)
    {
        var groupNames = groups.Select(TextNormalizer.NormalizeName).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var outletKeys = outlets.Select(Letters).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return [.. names.Where(LooksLikePerson).Where(n =>
        {
            var norm = TextNormalizer.NormalizeName(n);
            var letters = Letters(n);
            return !groupNames.Any(g => g.Contains(norm, StringComparison.Ordinal))
                   && !outletKeys.Any(o => o.Contains(letters, StringComparison.Ordinal));
        })];
    }

    private static string Letters(string s) => string.Concat(s.Where(char.IsLetter)).ToLowerInvariant();
}
