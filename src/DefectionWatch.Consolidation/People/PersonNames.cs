using System.Collections.Immutable;
using System.Text;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Consolidation.People;

/// <summary>A name reduced to comparable parts: particles and titles dropped, each part a spelling-neutral key.</summary>
public sealed record ParsedName(string Original, ImmutableArray<string> Parts, bool Common)
{
    /// <summary>The parts as a set, sorted (word order does not matter).</summary>
    public string SetKey { get; } = string.Join(' ', Parts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public bool IsEmpty => Parts.IsDefaultOrEmpty;

    /// <summary>Same parts, in any order.</summary>
    public bool SameAs(ParsedName other) => string.Equals(SetKey, other.SetKey, StringComparison.Ordinal);

    /// <summary>Every part of this name occurs in <paramref name="other"/>, which has more.</summary>
    public bool StrictSubsetOf(ParsedName other)
    {
        var mine = Parts.Distinct(StringComparer.Ordinal).ToList();
        var theirs = other.Parts.Distinct(StringComparer.Ordinal).ToList();
        return mine.Count < theirs.Count && mine.All(p => theirs.Contains(p, StringComparer.Ordinal));
    }
}

/// <summary>
/// Spelling-neutral name keys: Mohammed/Muhammad/Mohamed, Abu Omar al-Shishani/Abu Umar ash-Shishani,
/// Abd al-Rahman/Abdulrahman/Abdirahman, Somali spellings (Cabdiraxmaan, Xasan) via the variants table.
/// </summary>
public static class PersonNames
{
    private static readonly ImmutableDictionary<string, string> Canonical;
    private static readonly ImmutableHashSet<string> CommonKeys;
    private static readonly ImmutableHashSet<string> Dropped;

    private static readonly ImmutableArray<string> AbdPrefixes = ["abdul", "abdel", "abdal", "abdu", "abdi", "abd"];

    static PersonNames()
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ResourceTables.ReadTsv("name-variants.tsv"))
        {
            var c = row[0].Trim();
            canonical[c] = c;
            if (row.Length > 2)
                foreach (var v in row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    canonical.TryAdd(v.Replace(" ", "", StringComparison.Ordinal), c);
            if (row.Length > 1 && string.Equals(row[1].Trim(), "yes", StringComparison.Ordinal)) common.Add(c);
        }
        Canonical = canonical.ToImmutableDictionary(StringComparer.Ordinal);
        CommonKeys = common.Select(c => PartKey(c)).ToImmutableHashSet(StringComparer.Ordinal);
        Dropped = ResourceTables.ReadTsv("name-particles.tsv").Select(r => r[0].Trim()).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public static ParsedName Parse(string name)
    {
        // Apostrophes and ʿayn marks vanish (Sa'id = Said); hyphens split (ash-Shishani = ash Shishani).
        var cleaned = name.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal)
            .Replace("\u02bf", "", StringComparison.Ordinal).Replace("\u02be", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
        var words = TextNormalizer.NormalizeName(cleaned).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Dropped.Contains(w) && w.Any(char.IsLetter)).ToList();
        var parts = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // "Abd al-Rahman", "Abdul Aziz": the servant-of prefix and the next word are one name part.
            if (w is "abd" or "abdul" or "abdel" or "abdal" or "abdur" or "abdu" && i + 1 < words.Count)
            {
                parts.Add(PartKey("abd" + words[++i]));
                continue;
            }
            parts.Add(PartKey(w));
        }
        var built = parts.ToImmutable();
        return new ParsedName(name, built, built.Length <= 1 || built.All(CommonKeys.Contains));
    }

    /// <summary>The key of one name part: table spelling, "abd-" prefix folded, then the transliteration skeleton.</summary>
    public static string PartKey(string word)
    {
        var w = Canonical.TryGetValue(word, out var c) ? c : word;
        foreach (var p in AbdPrefixes)
            if (w.StartsWith(p, StringComparison.Ordinal) && w.Length - p.Length >= 3)
            {
                var rest = w[p.Length..];
                if (rest.StartsWith("al", StringComparison.Ordinal) && rest.Length > 4) rest = rest[2..];
                w = "abd" + rest;
                break;
            }
        return Skeleton(w);
    }

    /// <summary>
    /// Consonants kept (doubled ones folded, ph=f, q=k, dh=d), each vowel run reduced to a class: U (o/u only),
    /// I (a diphthong: ai, ay, ei, ie), A (the rest); y before a consonant is a vowel; final h after a vowel drops.
    /// </summary>
    internal static string Skeleton(string w)
    {
        if (w.EndsWith('h') && w.Length > 2 && IsVowel(w[^2])) w = w[..^1];
        var sb = new StringBuilder(w.Length);
        var i = 0;
        while (i < w.Length)
        {
            var ch = w[i];
            if (IsVowel(ch) || (ch == 'y' && i > 0 && (i + 1 >= w.Length || !IsVowel(w[i + 1]))))
            {
                var j = i;
                bool hasU = false, hasA = false, hasI = false;
                while (j < w.Length && (IsVowel(w[j]) || (w[j] == 'y' && j > 0 && (j + 1 >= w.Length || !IsVowel(w[j + 1])))))
                {
                    switch (w[j])
                    {
                        case 'o' or 'u': hasU = true; break;
                        case 'a' or 'e': hasA = true; break;
                        default: hasI = true; break;
                    }
                    j++;
                }
                sb.Append(hasU && !hasA && !hasI ? 'U' : hasA && hasI ? 'I' : 'A');
                i = j;
                continue;
            }
            char mapped = ch;
            if (ch == 'p' && i + 1 < w.Length && w[i + 1] == 'h') { mapped = 'f'; i++; }
            else if (ch == 'd' && i + 1 < w.Length && w[i + 1] == 'h') { mapped = 'd'; i++; }
            else if (ch == 'c' && i + 1 < w.Length && w[i + 1] == 'k') { mapped = 'k'; i++; }
            else if (ch == 'q') mapped = 'k';
            if (sb.Length == 0 || sb[^1] != mapped) sb.Append(mapped);
            i++;
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
