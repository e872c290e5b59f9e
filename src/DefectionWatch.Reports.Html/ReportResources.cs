using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Reports.Html;

/// <summary>Data files embedded in this assembly (<c>Resources/</c>) and the extractor's motive codebook.</summary>
internal static class ReportResources
{
    private static Stream Open(string name) =>
        typeof(ReportResources).Assembly.GetManifestResourceStream("DefectionWatch.Reports.Html/" + name)
        ?? throw new InvalidOperationException($"DW4001: embedded resource '{name}' is missing");

    public static ReportCodebook LoadCodebook()
    {
        var types = ImmutableArray.CreateBuilder<CodeEntry>();
        var measures = ImmutableArray.CreateBuilder<CodeEntry>();
        using (var reader = new StreamReader(Open("report-codebook.tsv")))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length < 3) throw new InvalidDataException($"DW4002: report-codebook.tsv: expected 3 columns in '{line}'");
                (f[0] == "event_type" ? types : f[0] == "measure" ? measures
                    : throw new InvalidDataException($"DW4002: report-codebook.tsv: unknown section '{f[0]}'")).Add(new CodeEntry(f[1], f[2]));
            }
        }
        var motives = new ResourceStore().ReadTsv("en/motives-codebook.tsv")
            .Where(r => r.Fields.Length >= 2)
            .Select(r => new CodeEntry(r.Fields[0], r.Fields[1]))
            .ToImmutableArray();
        return new ReportCodebook(types.ToImmutable(), measures.ToImmutable(), motives);
    }

    public static WorldMap LoadWorldMap()
    {
        using var stream = Open("world-110m.json");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var countries = ImmutableArray.CreateBuilder<WorldCountry>();
        foreach (var c in root.GetProperty("countries").EnumerateArray())
        {
            var d = c.GetProperty("d").GetString()!;
            countries.Add(new WorldCountry(c.GetProperty("iso").GetString()!, c.GetProperty("name").GetString()!, d, PathBounds(d)));
        }
        return new WorldMap(root.GetProperty("width").GetDouble(), root.GetProperty("height").GetDouble(),
            root.GetProperty("pixelsPerDegree").GetDouble(), root.GetProperty("source").GetString()!, countries.ToImmutable());
    }

    /// <summary>Bounding box of a path made only of M (absolute), l (relative) and z commands, as build.mjs writes.</summary>
    internal static Box PathBounds(string d)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        double x = 0, y = 0;
        var i = 0;
        while (i < d.Length)
        {
            var cmd = d[i++];
            if (cmd is 'z' or 'Z' or ' ') continue;
            var a = Number(d, ref i);
            var b = Number(d, ref i);
            if (cmd == 'M') { x = a; y = b; }
            else { x += a; y += b; }
            minX = Math.Min(minX, x); maxX = Math.Max(maxX, x); minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
        }
        return new Box(minX, minY, maxX, maxY);
    }

    private static double Number(string d, ref int i)
    {
        while (i < d.Length && d[i] == ' ') i++;
        var start = i;
        while (i < d.Length && (char.IsAsciiDigit(d[i]) || d[i] is '-' or '.' or 'e')) i++;
        return double.Parse(d.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}

/// <summary>An axis-aligned box in map units.</summary>
internal readonly record struct Box(double MinX, double MinY, double MaxX, double MaxY)
{
    public double Width => MaxX - MinX;
    public double Height => MaxY - MinY;
    public Box Union(Box o) => new(Math.Min(MinX, o.MinX), Math.Min(MinY, o.MinY), Math.Max(MaxX, o.MaxX), Math.Max(MaxY, o.MaxY));
}

internal sealed record WorldCountry(string Iso, string Name, string Path, Box Bounds);

/// <summary>Pre-projected country outlines (equirectangular; see tools/worldmap).</summary>
internal sealed record WorldMap(double Width, double Height, double PixelsPerDegree, string Source, ImmutableArray<WorldCountry> Countries)
{
    public static WorldMap Default { get; } = ReportResources.LoadWorldMap();

    public (double X, double Y) Project(double lat, double lon) =>
        ((Math.Clamp(lon, -180, 180) + 180) * PixelsPerDegree, (90 - Math.Clamp(lat, -90, 90)) * PixelsPerDegree);
}
