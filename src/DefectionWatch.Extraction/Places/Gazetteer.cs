using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Places;

/// <summary>
/// One place the gazetteer knows. <c>Curated</c> entries come from <c>en/place-aliases.tsv</c>; their
/// <c>Order</c> is the line order there (earlier lines win ties). <c>Lat</c>/<c>Lon</c> of a region is its
/// approximate centroid, used for nearness only: <see cref="ToPlace"/> gives a region no coordinates
/// unless the alias file states them.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    string Name,
    string Country,
    double? Lat,
    double? Lon,
    PlacePrecision Precision,
    long Population,
    string Feature,
    bool Curated,
    int Order,
    bool ExplicitCoordinates)
{
    public bool IsCapital => Feature == "PPLC";

    public Place ToPlace() => Precision == PlacePrecision.Region && !ExplicitCoordinates
        ? new Place(Name, Country, null, null, Precision)
        : new Place(Name, Country, Lat, Lon, Precision);
}

/// <summary>
/// The place gazetteer: GeoNames cities (<c>geo/cities.tsv.gz</c>), ISO 3166-2 regions (<c>geo/regions.tsv</c>),
/// countries (<c>geo/countries.tsv</c>) and the handwritten <c>en/place-aliases.tsv</c>, indexed by
/// normalised name (<see cref="Key(string)"/>). Built once, immutable, safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, ImmutableArray<GazetteerEntry>> _names;
    private readonly FrozenDictionary<string, ImmutableArray<GazetteerEntry>>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private Gazetteer(
        FrozenDictionary<string, ImmutableArray<GazetteerEntry>> names,
        FrozenDictionary<string, GazetteerEntry> countries,
        FrozenDictionary<string, string> demonyms,
        ImmutableArray<string> unresolved,
        int cityCount,
        int regionCount,
        PlaceSkeleton skeleton,
        IEnumerable<string> prefixes)
    {
        _names = names;
        _spanLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = countries;
        Demonyms = demonyms;
        UnresolvedAliases = unresolved;
        CityCount = cityCount;
        RegionCount = regionCount;
        MaxTokens = 1;
        foreach (var k in names.Keys)
        {
            var n = 1;
            foreach (var c in k) if (c == ' ') n++;
            if (n > MaxTokens) MaxTokens = n;
        }
        MaxTokens = Math.Min(MaxTokens, 6);
        Skeleton = skeleton;
        _fuzzy = new FuzzyIndex(skeleton, prefixes, names);
    }

    private readonly FuzzyIndex _fuzzy;

    /// <summary>The skeleton rules of the fuzzy tier (see <see cref="FuzzyLookup"/>).</summary>
    public PlaceSkeleton Skeleton { get; }

    /// <summary>Number of gazetteer keys indexed by skeleton for the fuzzy tier.</summary>
    public int SkeletonCount => _fuzzy.Count;

    /// <summary>
    /// Cities and regions whose name has the same skeleton as the normalised <paramref name="key"/>
    /// (<see cref="PlaceSkeleton"/>), the same first letter and a length within three letters: transliterations
    /// the gazetteer lacks ("bulo burde" → Buulobarde). Callers decide whether a name deserves this.
    /// </summary>
    public ImmutableArray<FuzzyMatch> FuzzyLookup(ReadOnlySpan<char> key) => _fuzzy.Lookup(key, this);

    /// <summary>Countries by ISO 3166-1 alpha-2 code.</summary>
    public FrozenDictionary<string, GazetteerEntry> Countries { get; }

    /// <summary>Normalised demonyms of countries ("syrian", "north korean") and the country each names
    /// (empty when several countries share it).</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>Lines of place-aliases.tsv that could not be tied to a gazetteer entry (should be empty).</summary>
    public ImmutableArray<string> UnresolvedAliases { get; }

    public int CityCount { get; }
    public int RegionCount { get; }
    public int KeyCount => _names.Count;

    /// <summary>Most words in any indexed name (capped at 6).</summary>
    public int MaxTokens { get; }

    /// <summary>Every entry indexed under a normalised name.</summary>
    public ImmutableArray<GazetteerEntry> Lookup(string name) =>
        _names.TryGetValue(Key(name), out var e) ? e : [];

    /// <summary>Entries under an already normalised key.</summary>
    public ImmutableArray<GazetteerEntry> LookupKey(ReadOnlySpan<char> key) =>
        _spanLookup.TryGetValue(key, out var e) ? e : [];

    /// <summary>
    /// The lookup key of a name, as <see cref="TextNormalizer.NormalizeName"/> (lower case, hyphens, apostrophes
    /// and dots to spaces, spaces collapsed, a leading "the" dropped) but with Latin letters folded to ASCII
    /// through <c>geo/latin-fold.tsv</c> ("Şanlıurfa" → "sanliurfa"), a table lookup that is faster than Unicode
    /// decomposition and also folds letters decomposition leaves alone ("ı"). Arabic ayn/hamza signs are dropped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Key(string name)
    {
        if (name.Length <= 256)
        {
            Span<char> buffer = stackalloc char[name.Length * 3 + 8];
            return KeyOf(name, buffer, out _).ToString();
        }
        var big = new char[name.Length * 3 + 8];
        return KeyOf(name, big, out _).ToString();
    }

    private const string Hyphens = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    private const string Apostrophes = "'`\u00b4\u2018\u2019\u201b\u02bb\u02bc\u2032";

    private static readonly FrozenDictionary<char, string> LatinFold = new ResourceStore()
        .ReadTsv("geo/latin-fold.tsv")
        .Where(r => r.Fields.Length >= 3 && r.Fields[1].Length == 1)
        .ToFrozenDictionary(r => r.Fields[1][0], r => r.Fields[2]);

    /// <summary>
    /// Writes the key of <paramref name="text"/> (see <see cref="Key(string)"/>) into <paramref name="buffer"/>
    /// without allocating; when the buffer is too small the key is allocated and returned in <paramref name="slow"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> text, Span<char> buffer, out string? slow)
    {
        slow = null;
        var n = 0;
        var lastSpace = true;
        foreach (var c in text)
        {
            if (n + 3 > buffer.Length)
            {
                var bigger = new char[text.Length * 3 + 8];
                slow = KeyOf(text, bigger, out _).ToString();
                return slow;
            }
            if (c <= 0x7f)
            {
                if (c is '-' or '\'' or '`' or '.' || char.IsWhiteSpace(c))
                {
                    if (lastSpace) continue;
                    lastSpace = true;
                    buffer[n++] = ' ';
                }
                else
                {
                    lastSpace = false;
                    buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
                continue;
            }
            if (Hyphens.Contains(c, StringComparison.Ordinal) || Apostrophes.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
            {
                if (lastSpace) continue;
                lastSpace = true;
                buffer[n++] = ' ';
                continue;
            }
            if (c is '\u00ad' or '\u02be' or '\u02bf' or '\u02b9' or '\u02ba') continue;
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            lastSpace = false;
            if (LatinFold.TryGetValue(c, out var folded))
            {
                foreach (var f in folded) buffer[n++] = f;
            }
            else buffer[n++] = char.ToLowerInvariant(c);
        }
        while (n > 0 && buffer[n - 1] == ' ') n--;
        var key = buffer[..n];
        return key.StartsWith("the ") ? key[4..] : key;
    }

    /// <summary>Loads the gazetteer files from <paramref name="resources"/> (about a third of a second).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(ResourceStore resources)
    {
        var lexicon = resources.ReadTsv("en/place-lexicon.tsv").Where(r => r.Fields.Length > 1).ToArray();
        var skeleton = new PlaceSkeleton(lexicon
            .Where(r => r.Fields[0] == "fuzzy_merge")
            .SelectMany(r => r.Fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries)));
        var prefixes = lexicon
            .Where(r => r.Fields[0] == "prefix")
            .SelectMany(r => r.Fields[1].Split('|'))
            .Select(p => Key(p) + " ")
            .Where(p => p.Length > 1)
            .ToArray();

        var index = new Dictionary<string, List<GazetteerEntry>>(200_000, StringComparer.Ordinal);
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Add(string key, GazetteerEntry e, bool stripPrefixes = true)
        {
            if (key.Length == 0) return;
            AddKey(key, e);
            if (!stripPrefixes) return;
            foreach (var p in prefixes)
            {
                if (key.Length > p.Length + 2 && key.StartsWith(p, StringComparison.Ordinal)) AddKey(key[p.Length..], e);
            }
        }
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void AddKey(string key, GazetteerEntry e)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<GazetteerEntry>(1);
            // one entry's names are added one after the other: a repeat can only be the last one
            if (list.Count == 0 || !ReferenceEquals(list[^1], e)) list.Add(e);
        }

        // cities: geonameid, name, alt_name, country, admin1, lat, lon, population, feature
        var cityCount = 0;
        var citiesByKey = new Dictionary<(string Key, string Country), GazetteerEntry>();
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        string Intern(ReadOnlySpan<char> s)
        {
            var lookup = interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(s, out var v)) return v;
            var str = s.ToString();
            interned[str] = str;
            return str;
        }
        using (var reader = resources.Open("geo/cities.tsv.gz"))
        {
            Span<Range> parts = stackalloc Range[10];
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var span = line.AsSpan();
                if (span.Split(parts, '\t') < 9) continue;
                var name = span[parts[1]].ToString();
                var country = Intern(span[parts[3]]);
                var e = new GazetteerEntry(string.Concat("g", span[parts[0]]), DisplayName(name), country,
                    ParseDouble(span[parts[5]]), ParseDouble(span[parts[6]]), PlacePrecision.City,
                    long.Parse(span[parts[7]], CultureInfo.InvariantCulture), Intern(span[parts[8]]), false, 0, true);
                var key = Key(name);
                Add(key, e);
                if (!span[parts[2]].IsEmpty) Add(Key(span[parts[2]].ToString()), e);
                // the file is sorted by population within a country: the first of a name is the largest
                citiesByKey.TryAdd((key, country), e);
                cityCount++;
            }
        }

        // regions: code, country, name, lat, lon, admin1, aliases
        var regionCount = 0;
        var regionsByCode = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (_, f) in resources.ReadTsv("geo/regions.tsv"))
        {
            if (f.Length < 3) continue;
            var e = new GazetteerEntry(f[0], DisplayName(f[2]), f[1], ParseDouble(At(f, 3)), ParseDouble(At(f, 4)), PlacePrecision.Region, 0, "ADM1", false, 0, false);
            Add(FastKey(f[2]), e);
            foreach (var a in At(f, 6).Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(FastKey(a), e);
            regionsByCode[f[0]] = e;
            regionCount++;
        }

        // countries: code, name, lat, lon, aliases, demonyms, capital
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, f) in resources.ReadTsv("geo/countries.tsv"))
        {
            if (f.Length < 2) continue;
            var e = new GazetteerEntry(f[0], f[1], f[0], ParseDouble(At(f, 2)), ParseDouble(At(f, 3)), PlacePrecision.Country, 0, "PCLI", false, 0, true);
            Add(FastKey(f[1]), e, false);
            foreach (var a in At(f, 4).Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(FastKey(a), e, false);
            foreach (var d in At(f, 5).Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var k = Key(d);
                demonyms[k] = demonyms.TryGetValue(k, out var other) && other != f[0] ? "" : f[0];
            }
            countries[f[0]] = e;
        }

        // curated aliases: name, country, precision, lat, lon, aliases, gazetteer
        var unresolved = ImmutableArray.CreateBuilder<string>();
        var order = 0;
        foreach (var (line, f) in resources.ReadTsv("en/place-aliases.tsv"))
        {
            order++;
            var name = At(f, 0).Trim();
            var country = At(f, 1).Trim();
            var precision = At(f, 2).Trim() switch
            {
                "region" => PlacePrecision.Region,
                "country" => PlacePrecision.Country,
                _ => PlacePrecision.City,
            };
            var lat = ParseDouble(At(f, 3));
            var lon = ParseDouble(At(f, 4));
            var target = At(f, 6).Trim();
            GazetteerEntry? basis = null;
            if (target.Length > 0)
            {
                basis = precision switch
                {
                    PlacePrecision.Region => regionsByCode.GetValueOrDefault(target),
                    PlacePrecision.Country => countries.GetValueOrDefault(target),
                    _ => citiesByKey.GetValueOrDefault((FastKey(target), country)),
                };
            }
            var explicitCoords = lat is not null && lon is not null;
            if (name.Length == 0 || country.Length != 2 || (basis is null && (target.Length > 0 || (!explicitCoords && precision != PlacePrecision.Region))))
            {
                unresolved.Add($"line {line}: {string.Join('\t', f)}");
                continue;
            }
            var e = new GazetteerEntry($"alias{order}:{basis?.Id}", name, country,
                explicitCoords ? lat : basis?.Lat, explicitCoords ? lon : basis?.Lon, precision,
                basis?.Population ?? 0, basis?.Feature ?? "", true, order, explicitCoords);
            // curated spellings are taken as written: no article stripping
            Add(FastKey(name), e, false);
            foreach (var a in At(f, 5).Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(FastKey(a), e, false);
        }

        var frozen = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        return new Gazetteer(frozen, countries.ToFrozenDictionary(StringComparer.Ordinal), demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            unresolved.ToImmutable(), cityCount, regionCount, skeleton, prefixes);
    }

    /// <summary><see cref="Key(string)"/> without the normaliser's allocations for plain ASCII names.</summary>
    private static string FastKey(string name) => Key(name);

    /// <summary>A gazetteer name in ASCII letters, case kept ("Şanlıurfa" → "Sanliurfa", "‘Ayn al ‘Arab" → "Ayn al Arab").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string DisplayName(string name)
    {
        var k = 0;
        while (k < name.Length && name[k] <= 0x7f) k++;
        if (k == name.Length) return name;
        var sb = new System.Text.StringBuilder(name.Length);
        sb.Append(name, 0, k);
        for (; k < name.Length; k++)
        {
            var c = name[k];
            if (c <= 0x7f) sb.Append(c);
            else if (LatinFold.TryGetValue(c, out var f))
            {
                if (char.IsUpper(c)) sb.Append(char.ToUpperInvariant(f[0])).Append(f, 1, f.Length - 1);
                else sb.Append(f);
            }
            else if (c is '\u2018' or '\u2019' or '\u02bb' or '\u02bc' or '\u02be' or '\u02bf')
            {
                // ayn and hamza signs: dropped at a word start, an apostrophe inside a word
                if (sb.Length > 0 && char.IsLetter(sb[^1]) && k + 1 < name.Length && char.IsLetter(name[k + 1])) sb.Append('\'');
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string At(string[] f, int i) => i < f.Length ? f[i] : "";

    private static double? ParseDouble(ReadOnlySpan<char> s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
