using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DefectionWatch.Core.Records;
using DefectionWatch.Storage;

namespace DefectionWatch.Dataset;

/// <summary>One exported event, in the column conventions of ACLED / UCDP GED.</summary>
public sealed record ExportRow(
    string EventId,
    string? EventDate,
    string? DateStart,
    string? DateEnd,
    string? DatePrecision,
    string EventType,
    string? Group,
    string? To,
    long? CountBest,
    long? CountLow,
    long? CountHigh,
    string? CountQualifier,
    string? Location,
    string? Admin1,
    string? Country,
    string? Iso,
    double? Latitude,
    double? Longitude,
    string? GeoPrecision,
    string? Source,
    string? SourceOriginal,
    string? SourceUrl,
    string? Notes,
    string DocumentKey,
    int? EvidenceStart,
    int? EvidenceEnd,
    string ExtractorVersion);

/// <summary>Output formats; <see cref="Parquet"/> is binary and written to a stream only.</summary>
public enum ExportFormat { Table, Csv, Json, GeoJson, Parquet }

/// <summary>Builds <see cref="ExportRow"/>s from stored events and writes them as CSV, JSON, GeoJSON or Parquet (<see cref="ParquetExport"/>).</summary>
public static class EventExport
{
    /// <summary>The CSV header, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id", "event_date", "date_start", "date_end", "date_precision", "event_type", "group", "to",
        "count_best", "count_low", "count_high", "count_qualifier", "location", "admin1", "country", "iso",
        "latitude", "longitude", "geo_precision", "source", "source_original", "source_url", "notes",
    ];

    private static readonly FrozenDictionary<string, string> CountryNames = LoadCountries();

    private static FrozenDictionary<string, string> LoadCountries()
    {
        using var stream = typeof(EventExport).Assembly.GetManifestResourceStream("DefectionWatch.Dataset.countries.tsv")
                           ?? throw new InvalidOperationException("DW3001: embedded countries.tsv is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0) map[line[..tab]] = line[(tab + 1)..];
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static string? CountryName(string? iso) =>
        iso is null ? null : CountryNames.TryGetValue(iso, out var n) ? n : iso;

    /// <summary>A stable event id: the document's content hash and the event's position in it.</summary>
    public static string EventId(string contentHash, int ordinal) =>
        "DW-" + contentHash[..Math.Min(12, contentHash.Length)] + "-" + (ordinal + 1).ToString(CultureInfo.InvariantCulture);

    public static ExportRow ToRow(EventRow row, Pseudonymizer names)
    {
        var e = row.Event;
        string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateOnly? eventDate = e.Date is { } dt
            ? dt.Precision == DatePrecision.Day ? dt.Start : DateOnly.FromDayNumber((dt.Start.DayNumber + dt.End.DayNumber) / 2)
            : row.Published;
        var notes = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(e.Evidence.Text)) notes.Append(e.Evidence.Text.Trim());
        if (e.Date is null && row.Published is not null) notes.Append(notes.Length > 0 ? " " : "").Append("[date: report date]");
        if (row.CopyPublishers.Length > 0)
            notes.Append(notes.Length > 0 ? " " : "").Append("[same report also in: ").Append(string.Join("; ", row.CopyPublishers)).Append(']');
        if (!e.Motives.IsDefaultOrEmpty && e.Motives.Length > 0)
            notes.Append(notes.Length > 0 ? " " : "").Append("[motives: ").Append(string.Join(", ", e.Motives)).Append(']');
        var place = e.Location;
        return new ExportRow(
            EventExport.EventId(row.ContentHash, row.Ordinal),
            Iso(eventDate),
            Iso(e.Date?.Start),
            Iso(e.Date?.End),
            e.Date is { } d ? Name(d.Precision) : row.Published is not null ? "report" : null,
            Name(e.Type),
            names.Apply(e.Group),
            names.Apply(e.To),
            e.Count?.Best,
            e.Count?.Low,
            e.Count?.High,
            e.Count is { } c ? Name(c.Qualifier) : null,
            names.Apply(place?.Name),
            place is { Precision: PlacePrecision.Region } ? place.Name : null,
            CountryName(place?.Country),
            place?.Country?.ToUpperInvariant(),
            place?.Lat,
            place?.Lon,
            place is { } p ? Name(p.Precision) : null,
            row.Publisher,
            names.Apply(e.Source),
            row.Url,
            names.Apply(notes.Length > 0 ? notes.ToString() : null),
            row.DocumentKey,
            e.Evidence.Start,
            e.Evidence.End,
            row.ExtractorVersion);
    }

    /// <summary>The format's lower-case name of an enum value ("civilian_flight", "at_least").</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value, RecordJson.Options).Trim('"');

    public static void WriteCsv(TextWriter w, IEnumerable<ExportRow> rows)
    {
        WriteCsvHeader(w);
        foreach (var r in rows) WriteCsvRow(w, r);
    }

    private static void WriteCsvHeader(TextWriter w)
    {
        w.Write(string.Join(',', Columns));
        w.Write("\r\n");
    }

    private static void WriteCsvRow(TextWriter w, ExportRow r)
    {
        var cells = Cells(r);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) w.Write(',');
            w.Write(Csv(cells[i]));
        }
        w.Write("\r\n");
    }

    private static string?[] Cells(ExportRow r) =>
    [
        r.EventId, r.EventDate, r.DateStart, r.DateEnd, r.DatePrecision, r.EventType, r.Group, r.To,
        Num(r.CountBest), Num(r.CountLow), Num(r.CountHigh), r.CountQualifier, r.Location, r.Admin1, r.Country, r.Iso,
        Num(r.Latitude), Num(r.Longitude), r.GeoPrecision, r.Source, r.SourceOriginal, r.SourceUrl, r.Notes,
    ];

    private static string? Num(long? v) => v?.ToString(CultureInfo.InvariantCulture);
    private static string? Num(double? v) => v?.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.</summary>
    internal static string Csv(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        if (s[0] is '=' or '+' or '@' || (s[0] == '-' && !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _))) s = "'" + s;
        return s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }

    private static JsonObject Properties(ExportRow r)
    {
        var o = new JsonObject();
        var cells = Cells(r);
        for (var i = 0; i < Columns.Count; i++)
        {
            JsonNode? value = Columns[i] switch
            {
                "count_best" => r.CountBest is { } b ? JsonValue.Create(b) : null,
                "count_low" => r.CountLow is { } l ? JsonValue.Create(l) : null,
                "count_high" => r.CountHigh is { } h ? JsonValue.Create(h) : null,
                "latitude" => r.Latitude is { } la ? JsonValue.Create(la) : null,
                "longitude" => r.Longitude is { } lo ? JsonValue.Create(lo) : null,
                _ => cells[i] is { } s ? JsonValue.Create(s) : null,
            };
            o[Columns[i]] = value;
        }
        o["document"] = r.DocumentKey;
        o["evidence_start"] = r.EvidenceStart;
        o["evidence_end"] = r.EvidenceEnd;
        o["extractor"] = r.ExtractorVersion;
        return o;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJson(TextWriter w, IEnumerable<ExportRow> rows)
    {
        var writer = new JsonStreamWriter(w, ExportFormat.Json);
        foreach (var r in rows) writer.Add(r);
        writer.End();
    }

    /// <summary>A GeoJSON FeatureCollection; events without coordinates get a null geometry (allowed by RFC 7946).</summary>
    public static void WriteGeoJson(TextWriter w, IEnumerable<ExportRow> rows)
    {
        var writer = new JsonStreamWriter(w, ExportFormat.GeoJson);
        foreach (var r in rows) writer.Add(r);
        writer.End();
    }

    private static JsonObject Feature(ExportRow r)
    {
        JsonNode? geometry = r.Latitude is { } lat && r.Longitude is { } lon
            ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) }
            : null;
        return new JsonObject { ["type"] = "Feature", ["id"] = r.EventId, ["geometry"] = geometry, ["properties"] = Properties(r) };
    }

    /// <summary>
    /// Writes a JSON array (or a FeatureCollection's feature array) one element at a time, with the same text as
    /// serialising the whole document indented, so exports of any size need memory for one row only.
    /// </summary>
    private sealed class JsonStreamWriter
    {
        private readonly TextWriter _w;
        private readonly ExportFormat _format;
        private readonly string _indent;
        private bool _any;

        public JsonStreamWriter(TextWriter w, ExportFormat format)
        {
            _w = w;
            _format = format;
            _indent = format == ExportFormat.GeoJson ? "    " : "  ";
            if (format == ExportFormat.GeoJson) w.Write("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [");
            else w.Write('[');
        }

        public void Add(ExportRow r)
        {
            var node = _format == ExportFormat.GeoJson ? Feature(r) : Properties(r);
            _w.Write(_any ? ",\n" : "\n");
            _any = true;
            var text = node.ToJsonString(Indented);
            var start = 0;
            while (start <= text.Length)
            {
                var nl = text.IndexOf('\n', start);
                var end = nl < 0 ? text.Length : nl;
                _w.Write(_indent);
                _w.Write(text.AsSpan(start, end - start));
                if (nl < 0) break;
                _w.Write('\n');
                start = nl + 1;
            }
        }

        public void End()
        {
            if (_any) _w.Write("\n" + _indent[2..]);
            _w.Write(']');
            if (_format == ExportFormat.GeoJson) _w.Write("\n}");
            _w.Write('\n');
        }
    }

    public static void Write(TextWriter w, ExportFormat format, IEnumerable<ExportRow> rows)
    {
        switch (format)
        {
            case ExportFormat.Csv: WriteCsv(w, rows); break;
            case ExportFormat.Json: WriteJson(w, rows); break;
            case ExportFormat.GeoJson: WriteGeoJson(w, rows); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "the table format is drawn by the CLI");
        }
    }

    /// <summary>Writes rows as they arrive (the same text as <see cref="Write"/>); returns how many were written.</summary>
    public static async Task<long> WriteAsync(TextWriter w, ExportFormat format, IAsyncEnumerable<ExportRow> rows, CancellationToken cancellationToken = default)
    {
        long n = 0;
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsvHeader(w);
                await foreach (var r in rows.WithCancellation(cancellationToken).ConfigureAwait(false)) { WriteCsvRow(w, r); n++; }
                break;
            case ExportFormat.Json or ExportFormat.GeoJson:
                var writer = new JsonStreamWriter(w, format);
                await foreach (var r in rows.WithCancellation(cancellationToken).ConfigureAwait(false)) { writer.Add(r); n++; }
                writer.End();
                break;
            case ExportFormat.Parquet: throw new ArgumentException("parquet is binary: write it with the Stream overload", nameof(format));
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "the table format is drawn by the CLI");
        }
        return n;
    }

    /// <summary>
    /// Writes rows as they arrive to a file stream in any export format (text formats as UTF-8 without BOM, the
    /// same text as the <see cref="TextWriter"/> overload); returns how many were written. The stream stays open.
    /// </summary>
    public static async Task<long> WriteAsync(Stream output, ExportFormat format, IAsyncEnumerable<ExportRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == ExportFormat.Parquet) return await ParquetExport.WriteAsync(output, rows, cancellationToken: cancellationToken).ConfigureAwait(false);
        var w = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        await using (w.ConfigureAwait(false))
        {
            var n = await WriteAsync(w, format, rows, cancellationToken).ConfigureAwait(false);
            await w.FlushAsync(cancellationToken).ConfigureAwait(false);
            return n;
        }
    }

    /// <summary>Every event matching <paramref name="filter"/> as export rows, read from the store as they are written.</summary>
    public static async IAsyncEnumerable<ExportRow> StreamAsync(IDefectionStore store, EventFilter filter, bool includeNames,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = includeNames ? Pseudonymizer.None : await CreatePseudonymizerAsync(store, cancellationToken).ConfigureAwait(false);
        await foreach (var e in store.StreamEventsAsync(filter, cancellationToken).ConfigureAwait(false))
            yield return ToRow(e, names);
    }

    /// <summary>Events of the store as export rows, names pseudonymised unless <paramref name="includeNames"/>.</summary>
    public static async Task<IReadOnlyList<ExportRow>> QueryAsync(IDefectionStore store, EventFilter filter, bool includeNames, CancellationToken cancellationToken = default)
    {
        var events = await store.QueryEventsAsync(filter, cancellationToken).ConfigureAwait(false);
        var names = includeNames ? Pseudonymizer.None : await CreatePseudonymizerAsync(store, cancellationToken).ConfigureAwait(false);
        return [.. events.Select(e => ToRow(e, names))];
    }

    public static async Task<Pseudonymizer> CreatePseudonymizerAsync(IDefectionStore store, CancellationToken cancellationToken = default)
    {
        var people = await store.PersonNamesAsync(cancellationToken).ConfigureAwait(false);
        if (people.Count == 0) return Pseudonymizer.None;
        var secret = await store.GetOrCreateMetaAsync("pseudonym_secret", Pseudonymizer.NewSecret, cancellationToken).ConfigureAwait(false);
        return new Pseudonymizer(people, secret);
    }
}
