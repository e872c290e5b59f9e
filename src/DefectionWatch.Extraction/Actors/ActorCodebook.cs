using System.Collections.Frozen;
using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Actors;

/// <summary>One actor of the codebook: canonical name, kind and every alias.</summary>
public sealed record ActorEntry(string Canonical, ActorKind Kind, ImmutableArray<string> Aliases);

/// <summary>
/// The user-editable actor codebook (<c>Resources/en/actors.tsv</c>, the spec's seed verbatim, plus
/// <c>actors-added.tsv</c>, the project's additions),
/// its generic references and demonyms. Names compare after <see cref="TextNormalizer.NormalizeName"/>;
/// all-capital short aliases (IS, SDF, FSA) match only in capitals.
/// </summary>
public sealed class ActorCodebook
{
    public ImmutableArray<ActorEntry> Entries { get; }
    internal FrozenDictionary<string, ActorEntry> ByName { get; }
    internal FrozenSet<string> CaseSensitiveAliases { get; }
    internal FrozenDictionary<string, ActorKind> Generic { get; }
    internal FrozenDictionary<string, ActorEntry> Demonyms { get; }
    internal FrozenSet<string> MilitaryNouns { get; }
    internal FrozenDictionary<string, (ActorEntry? Force, ActorEntry? State)> ByCountry { get; }
    internal int MaxAliasWords { get; }
    internal FrozenSet<string> FirstWords { get; }

    public ActorCodebook(ResourceStore resources)
    {
        var entries = new List<(string Canonical, ActorKind Kind, List<string> Aliases)>();
        var extra = new List<(int Line, string Canonical, string[] Aliases)>();
        foreach (var (line, f) in resources.ReadTsv("en/actors.tsv").Concat(resources.ReadTsv("en/actors-added.tsv")))
        {
            var canonical = f[0].Trim();
            var kind = f.Length > 1 ? f[1].Trim() : "";
            var aliases = f.Length > 2 ? f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (kind == "alias") { extra.Add((line, canonical, aliases)); continue; }
            entries.Add((canonical, ParseKind(kind, line), [.. aliases]));
        }
        foreach (var (line, canonical, aliases) in extra)
        {
            var target = entries.FindIndex(e => e.Canonical == canonical);
            if (target < 0) throw new FormatException($"DW2002: actors.tsv line {line}: alias line for unknown actor '{canonical}'");
            entries[target].Aliases.AddRange(aliases);
        }
        Entries = [.. entries.Select(e => new ActorEntry(e.Canonical, e.Kind, [.. e.Aliases]))];

        var byName = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        var caseSensitive = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
            foreach (var name in entry.Aliases.Prepend(entry.Canonical))
            {
                var key = TextNormalizer.NormalizeName(name);
                if (key.Length == 0) continue;
                byName.TryAdd(key, entry); // first actor keeps an alias, as the scorer does
                if (name.Length <= 5 && name.All(c => char.IsUpper(c) || char.IsDigit(c))) caseSensitive.Add(name);
            }
        ByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        CaseSensitiveAliases = caseSensitive.ToFrozenSet(StringComparer.Ordinal);

        Generic = resources.ReadTsv("en/actors-generic.tsv")
            .ToFrozenDictionary(r => r.Fields[0].Trim().ToLowerInvariant(), r => ParseKind(r.Fields[1].Trim(), r.Line), StringComparer.Ordinal);
        Demonyms = resources.ReadTsv("en/actors-demonyms.tsv")
            .ToFrozenDictionary(r => TextNormalizer.NormalizeName(r.Fields[0]),
                r => Find(r.Fields[1].Trim()) ?? throw new FormatException($"DW2002: actors-demonyms.tsv line {r.Line}: unknown actor '{r.Fields[1]}'"),
                StringComparer.Ordinal);
        MilitaryNouns = resources.ReadTsv("en/military-nouns.tsv")
            .Select(r => TextNormalizer.NormalizeName(r.Fields[0])).ToFrozenSet(StringComparer.Ordinal);

        ByCountry = resources.ReadTsv("en/actors-countries.tsv").ToFrozenDictionary(
            r => r.Fields[0].Trim(),
            r => (Cell(r.Fields, 1, r.Line), Cell(r.Fields, 2, r.Line)), StringComparer.Ordinal);

        var keys = ByName.Keys.Concat(Generic.Keys).Concat(Demonyms.Keys).ToArray();
        MaxAliasWords = keys.Max(k => k.Split(' ').Length) + 3;
        FirstWords = keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    private ActorEntry? Cell(string[] fields, int i, int line) =>
        fields.Length > i && fields[i].Trim().Length > 0
            ? Find(fields[i].Trim()) ?? throw new FormatException($"DW2002: actors-countries.tsv line {line}: unknown actor '{fields[i]}'")
            : null;

    /// <summary>The entry for a name or alias, or null.</summary>
    public ActorEntry? Find(string? name) =>
        name is not null && ByName.TryGetValue(TextNormalizer.NormalizeName(name), out var e) ? e : null;

    /// <summary>The canonical name for a name or alias; names not in the codebook are returned as given.</summary>
    public string? Canonicalize(string? name) => name is null ? null : Find(name)?.Canonical ?? name;

    private static ActorKind ParseKind(string kind, int line) => kind switch
    {
        "armed_group" => ActorKind.ArmedGroup,
        "state_force" => ActorKind.StateForce,
        "state" => ActorKind.State,
        _ => throw new FormatException($"DW2002: actor codebook line {line}: unknown kind '{kind}'"),
    };
}
