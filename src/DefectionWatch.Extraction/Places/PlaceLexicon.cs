using System.Collections.Frozen;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Places;

/// <summary>
/// The word lists of <c>en/place-lexicon.tsv</c> (all keys normalised with <see cref="Gazetteer.Key(string)"/>)
/// and the actor names of <c>en/actors.tsv</c>, whose words are never read as places.
/// </summary>
internal sealed class PlaceLexicon
{
    public PlaceLexicon(ResourceStore resources, Gazetteer gazetteer)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, f) in resources.ReadTsv("en/place-lexicon.tsv"))
        {
            if (f.Length < 2) continue;
            if (!sets.TryGetValue(f[0], out var set)) sets[f[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var k = Gazetteer.Key(w);
                if (k.Length > 0) set.Add(k);
            }
        }
        FrozenSet<string> Get(string kind) =>
            (sets.TryGetValue(kind, out var s) ? s : []).ToFrozenSet(StringComparer.Ordinal);
        Stop = Get("stop");
        Demonyms = Get("demonym");
        Cues = Get("cue");
        CueOf = Get("cue_of");
        RegionWords = Get("region");
        OrgWords = Get("org");
        Titles = Get("title");
        Directions = Get("direction");
        Particles = Get("particle");
        FuzzyWeakCues = Get("fuzzy_weak_cue");
        FuzzyMinorRegionWords = Get("fuzzy_minor_region");
        UnresolvedCues = Get("unresolved_cue");
        UnresolvedCueOf = Get("unresolved_cue_of");
        UnresolvedCueOfThe = Get("unresolved_cue_of_the");
        UnresolvedUnits = Get("unresolved_unit");
        UnresolvedUnitMaxTokens = UnresolvedUnits.Count == 0 ? 0 : UnresolvedUnits.Max(u => u.Count(c => c == ' ') + 1);
        UnresolvedInAt = Get("unresolved_in_at");
        UnresolvedNotAfter = Get("unresolved_not_after");
        UnresolvedStop = Get("unresolved_stop");
        FirstNames = Get("unresolved_first_name");
        UnresolvedParticles = Get("unresolved_particle");

        var actors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, f) in resources.ReadTsv("en/actors.tsv").Concat(resources.ReadTsv("en/actors-added.tsv")))
        {
            var names = new List<string> { f[0] };
            if (f.Length > 2) names.AddRange(f[2].Split('|', StringSplitOptions.RemoveEmptyEntries));
            foreach (var n in names)
            {
                var k = Gazetteer.Key(n);
                // one- and two-letter acronyms ("IS") are left to the capitalisation rules; an actor named
                // like a country ("South Korea" for its army) does not hide the country
                if (k.Length > 2 && !gazetteer.Lookup(k).Any(e => e.Precision == Core.Records.PlacePrecision.Country)) actors.Add(k);
            }
        }
        ActorNames = actors.ToFrozenSet(StringComparer.Ordinal);
        ActorWords = actors.SelectMany(a => a.Split(' ')).Where(w => w.Length > 3).ToFrozenSet(StringComparer.Ordinal);
        ActorFirstWords = actors.Select(a => a.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        ActorMaxTokens = actors.Count == 0 ? 0 : actors.Max(a => a.Count(c => c == ' ') + 1);
    }

    public FrozenSet<string> Stop { get; }
    public FrozenSet<string> Demonyms { get; }
    public FrozenSet<string> Cues { get; }
    public FrozenSet<string> CueOf { get; }
    public FrozenSet<string> RegionWords { get; }
    public FrozenSet<string> OrgWords { get; }
    public FrozenSet<string> Titles { get; }
    public FrozenSet<string> Directions { get; }
    public FrozenSet<string> Particles { get; }
    public FrozenSet<string> FuzzyWeakCues { get; }
    public FrozenSet<string> FuzzyMinorRegionWords { get; }
    public FrozenSet<string> UnresolvedCues { get; }
    public FrozenSet<string> UnresolvedCueOf { get; }
    public FrozenSet<string> UnresolvedCueOfThe { get; }

    /// <summary>Sub-national unit words and phrases ("district", "local government area"), as keys.</summary>
    public FrozenSet<string> UnresolvedUnits { get; }
    public int UnresolvedUnitMaxTokens { get; }
    public FrozenSet<string> UnresolvedInAt { get; }
    public FrozenSet<string> UnresolvedNotAfter { get; }
    public FrozenSet<string> UnresolvedStop { get; }
    public FrozenSet<string> FirstNames { get; }
    public FrozenSet<string> UnresolvedParticles { get; }
    public FrozenSet<string> ActorNames { get; }
    public FrozenSet<string> ActorFirstWords { get; }

    /// <summary>Words of four or more letters of actor names ("nusra", "shabaab"): never guessed as places.</summary>
    public FrozenSet<string> ActorWords { get; }
    public int ActorMaxTokens { get; }
}
