using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
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
        int regionCount)
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
    }

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
    /// The lookup key of a name: <see cref="TextNormalizer.NormalizeName"/> plus folding of letters that
    /// Unicode does not decompose (Turkish dotless i, ø, ł, đ, ß, æ, œ).
    /// </summary>
    public static string Key(string name)
    {
        var s = TextNormalizer.NormalizeName(name);
        foreach (var c in s)
        {
            if (c > 0x7f) return Fold(s);
        }
        return s;
    }

    private static string Fold(string s) => s
        .Replace("\u0131", "i", StringComparison.Ordinal)
        .Replace("\u00f8", "o", StringComparison.Ordinal)
        .Replace("\u0142", "l", StringComparison.Ordinal)
        .Replace("\u0111", "d", StringComparison.Ordinal)
        .Replace("\u00df", "ss", StringComparison.Ordinal)
        .Replace("\u00e6", "ae", StringComparison.Ordinal)
        .Replace("\u0153", "oe", StringComparison.Ordinal)
        .Replace("\u02be", "", StringComparison.Ordinal)
        .Replace("\u02bf", "", StringComparison.Ordinal);

    /// <summary>
    /// Writes the key of <paramref name="text"/> into <paramref name="buffer"/> when the text is plain ASCII
    /// (the common case, no allocation); otherwise returns the allocated key in <paramref name="slow"/>.
    /// Gives the same key as <see cref="Key(string)"/>.
    /// </summary>
    public static ReadOnlySpan<char> KeyOf(ReadOnlySpan<char> text, Span<char> buffer, out string? slow)
    {
        slow = null;
        var n = 0;
        var lastSpace = true;
        foreach (var c in text)
        {
            if (c > 0x7f || n >= buffer.Length)
            {
                slow = Key(text.ToString());
                return slow;
            }
            char ch;
            if (c is '-' or '\'' or '`' or '.' || char.IsWhiteSpace(c)) ch = ' ';
            else ch = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            if (ch == ' ')
            {
                if (lastSpace) continue;
                lastSpace = true;
            }
            else lastSpace = false;
            buffer[n++] = ch;
        }
        while (n > 0 && buffer[n - 1] == ' ') n--;
        var key = buffer[..n];
        return key.StartsWith("the ") ? key[4..] : key;
    }

    /// <summary>Loads the gazetteer files from <paramref name="resources"/> (about a third of a second).</summary>
    public static Gazetteer Load(ResourceStore resources)
    {
        var prefixes = resources.ReadTsv("en/place-lexicon.tsv")
            .Where(r => r.Fields.Length > 1 && r.Fields[0] == "prefix")
            .SelectMany(r => r.Fields[1].Split('|'))
            .Select(p => Key(p) + " ")
            .Where(p => p.Length > 1)
            .ToArray();

        var index = new Dictionary<string, List<GazetteerEntry>>(200_000, StringComparer.Ordinal);
        void Add(string name, GazetteerEntry e)
        {
            var key = Key(name);
            if (key.Length == 0) return;
            AddKey(key, e);
            foreach (var p in prefixes)
            {
                if (key.Length > p.Length + 2 && key.StartsWith(p, StringComparison.Ordinal)) AddKey(key[p.Length..], e);
            }
        }
        void AddKey(string key, GazetteerEntry e)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<GazetteerEntry>(1);
            if (!list.Contains(e)) list.Add(e);
        }

        // cities: geonameid, name, alt_name, country, admin1, lat, lon, population, feature
        var cityCount = 0;
        var citiesByKey = new Dictionary<(string Key, string Country), GazetteerEntry>();
        foreach (var (_, f) in resources.ReadTsv("geo/cities.tsv.gz"))
        {
            if (f.Length < 9) continue;
            var e = new GazetteerEntry("g" + f[0], f[1], f[3], ParseDouble(f[5]), ParseDouble(f[6]), PlacePrecision.City,
                long.Parse(f[7], CultureInfo.InvariantCulture), f[8], false, 0, true);
            Add(f[1], e);
            if (f[2].Length > 0) Add(f[2], e);
            var k = (Key(f[1]), f[3]);
            // the file is sorted by population within a country: the first of a name is the largest
            citiesByKey.TryAdd(k, e);
            cityCount++;
        }

        // regions: code, country, name, lat, lon, admin1, aliases
        var regionCount = 0;
        var regionsByCode = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (_, f) in resources.ReadTsv("geo/regions.tsv"))
        {
            if (f.Length < 3) continue;
            var e = new GazetteerEntry(f[0], f[2], f[1], ParseDouble(At(f, 3)), ParseDouble(At(f, 4)), PlacePrecision.Region, 0, "ADM1", false, 0, false);
            Add(f[2], e);
            foreach (var a in At(f, 6).Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(a, e);
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
            Add(f[1], e);
            foreach (var a in At(f, 4).Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(a, e);
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
                    _ => citiesByKey.GetValueOrDefault((Key(target), country)),
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
            Add(name, e);
            foreach (var a in At(f, 5).Split('|', StringSplitOptions.RemoveEmptyEntries)) Add(a, e);
        }

        var frozen = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        return new Gazetteer(frozen, countries.ToFrozenDictionary(StringComparer.Ordinal), demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            unresolved.ToImmutable(), cityCount, regionCount);
    }

    private static string At(string[] f, int i) => i < f.Length ? f[i] : "";

    private static double? ParseDouble(string s) =>
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
