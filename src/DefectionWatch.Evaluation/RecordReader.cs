using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Evaluation;

/// <summary>Malformed scorer input: the message names file and line.</summary>
public sealed class ScoreInputException(string message) : Exception(message);

/// <summary>
/// Reads gold or predicted JSONL records the way score.py does: structural problems are errors naming file
/// and line; bad values inside a record become warnings and are scored as null.
/// </summary>
public sealed partial class RecordReader(ActorTable actors, Action<string> warn)
{
    private static readonly string[] ListFields = ["events", "estimates", "motives", "people", "quotes"];

    public IReadOnlyDictionary<string, ScoredRecord> Load(string path)
    {
        var records = new Dictionary<string, ScoredRecord>(StringComparer.Ordinal);
        var order = new List<string>();
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (IOException e) { throw new ScoreInputException($"cannot read {path}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new ScoreInputException($"cannot read {path}: {e.Message}"); }
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var lineNo = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            var nl = Array.IndexOf(bytes, (byte)'\n', start);
            var end = nl < 0 ? bytes.Length : nl + 1;
            lineNo++;
            string line;
            try { line = strict.GetString(bytes, start, end - start); }
            catch (DecoderFallbackException) { throw new ScoreInputException($"{path}:{lineNo}: not valid UTF-8"); }
            start = end;
            if (lineNo == 1) line = line.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement obj;
            try
            {
                using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 256 });
                obj = doc.RootElement.Clone();
            }
            catch (JsonException e) { throw new ScoreInputException($"{path}:{lineNo}: invalid JSON: {e.Message}"); }
            if (StructuralProblem(obj) is { } problem) throw new ScoreInputException($"{path}:{lineNo}: {problem}");
            var id = DocId(obj)!;
            if (records.TryGetValue(id, out var first))
                throw new ScoreInputException($"{path}:{lineNo}: duplicate doc.id '{id}' (first on line {first.Line})");
            records[id] = Parse(obj, $"{path}:{lineNo}", lineNo);
            order.Add(id);
        }
        return records;
    }

    public static string? DocId(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty("doc", out var doc) || doc.ValueKind != JsonValueKind.Object) return null;
        if (!doc.TryGetProperty("id", out var id)) return null;
        return id.ValueKind switch
        {
            JsonValueKind.String when id.GetString()!.Length > 0 => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        };
    }

    private static string? StructuralProblem(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object) return $"expected a JSON object, got {obj.ValueKind}";
        if (DocId(obj) is null) return "missing or invalid doc.id (need a non-empty string)";
        foreach (var name in ListFields)
        {
            if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) continue;
            if (v.ValueKind != JsonValueKind.Array) return $"'{name}' must be a list, got {v.ValueKind}";
            var k = 0;
            foreach (var item in v.EnumerateArray())
            {
                var ok = item.ValueKind == JsonValueKind.Object || (name == "motives" && item.ValueKind == JsonValueKind.String);
                if (!ok) return $"{name}[{k}] must be an object, got {item.ValueKind}";
                k++;
            }
        }
        return null;
    }

    private ScoredRecord Parse(JsonElement obj, string where, int line)
    {
        var motives = Codes(Prop(obj, "motives"), $"{where}: motives");
        var events = ImmutableArray.CreateBuilder<ScoredEvent>();
        var i = 0;
        foreach (var ev in Items(obj, "events"))
        {
            var w = $"{where}: events[{i}]";
            var type = Str(Prop(ev, "type"), $"{w}.type")?.Trim().ToLowerInvariant();
            var evMotives = Prop(ev, "motives");
            if (evMotives is { ValueKind: not JsonValueKind.Array and not JsonValueKind.Null })
            {
                warn($"{w}.motives: expected a list; ignored");
                evMotives = null;
            }
            var codes = Codes(evMotives, $"{w}.motives");
            motives = motives.Union(codes);
            var rawGroup = Str(Prop(ev, "group"), $"{w}.group");
            var rawTo = Str(Prop(ev, "to"), $"{w}.to");
            events.Add(new ScoredEvent(i, type, actors.Key(rawGroup), actors.Key(rawTo),
                Count(Prop(ev, "count"), $"{w}.count"), Date(Prop(ev, "date"), $"{w}.date"), Place(Prop(ev, "location"), $"{w}.location"),
                SpansOf(Prop(ev, "evidence"), $"{w}.evidence"), codes, rawGroup, rawTo));
            i++;
        }
        var estimates = ImmutableArray.CreateBuilder<ScoredEstimate>();
        i = 0;
        foreach (var es in Items(obj, "estimates"))
        {
            var w = $"{where}: estimates[{i}]";
            var area = ImmutableHashSet<string>.Empty;
            if (Prop(es, "area") is { } a)
            {
                if (a.ValueKind == JsonValueKind.Array)
                    area = a.EnumerateArray().Where(x => x.ValueKind != JsonValueKind.Null)
                        .Select(x => (x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).Trim().ToUpperInvariant()).ToImmutableHashSet();
                else if (a.ValueKind != JsonValueKind.Null) warn($"{w}.area: expected a list; ignored");
            }
            estimates.Add(new ScoredEstimate(i, Str(Prop(es, "measure"), $"{w}.measure")?.Trim().ToLowerInvariant(),
                actors.Key(Str(Prop(es, "group"), $"{w}.group")), Count(Prop(es, "count"), $"{w}.count"), area,
                SpansOf(Prop(es, "evidence"), $"{w}.evidence")));
            i++;
        }
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        i = 0;
        foreach (var p in Items(obj, "people"))
        {
            var name = TextNormalizer.NormalizePerson(Str(Prop(p, "name"), $"{where}: people[{i}].name"));
            if (name.Length > 0) people[name] = people.GetValueOrDefault(name) + 1;
            else warn($"{where}: people[{i}]: no name; ignored");
            i++;
        }
        var quotes = ImmutableArray.CreateBuilder<ScoredQuote>();
        i = 0;
        foreach (var q in Items(obj, "quotes"))
        {
            var w = $"{where}: quotes[{i}]";
            quotes.Add(new ScoredQuote(i, TextNormalizer.NormalizePerson(Str(Prop(q, "speaker"), $"{w}.speaker")), SpansOf(Prop(q, "evidence"), $"{w}.evidence")));
            i++;
        }
        return new ScoredRecord(DocId(obj)!, line, events.ToImmutable(), estimates.ToImmutable(), motives,
            people.ToImmutableDictionary(StringComparer.Ordinal), quotes.ToImmutable());
    }

    private static IEnumerable<JsonElement> Items(JsonElement obj, string name) =>
        Prop(obj, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    private static JsonElement? Prop(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v : null;

    private string? Str(JsonElement? v, string where)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.String) return e.GetString();
        if (e.ValueKind == JsonValueKind.Number) return e.GetRawText();
        warn($"{where}: expected a string, got {e.ValueKind}; treated as null");
        return null;
    }

    private double? Number(JsonElement? v, string where)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var d) && double.IsFinite(d)) return d;
        warn($"{where}: expected a number, got {e.GetRawText()}; treated as null");
        return null;
    }

    private ScoredCount? Count(JsonElement? v, string where)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.Number) return Number(e, where) is { } n ? new ScoredCount(n, null, null) : null;
        if (e.ValueKind != JsonValueKind.Object) { warn($"{where}: COUNT must be an object; treated as null"); return null; }
        var c = new ScoredCount(Number(Prop(e, "value"), $"{where}.value"), Number(Prop(e, "low"), $"{where}.low"), Number(Prop(e, "high"), $"{where}.high"));
        return c is { Value: null, Low: null, High: null } ? null : c;
    }

    [GeneratedRegex(@"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.+\-Z]*)?\s*$")]
    private static partial Regex DatePattern();

    private static int Day(string? s, bool isEnd, string where)
    {
        var m = s is null ? null : DatePattern().Match(s);
        if (m is null || !m.Success) throw new FormatException($"{where}: unparseable date '{s}'");
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        try
        {
            DateOnly d;
            if (!m.Groups[2].Success) d = isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            else
            {
                var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                if (!m.Groups[3].Success)
                    d = isEnd ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);
                else d = new DateOnly(year, month, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            }
            return d.DayNumber;
        }
        catch (ArgumentOutOfRangeException) { throw new FormatException($"{where}: invalid date '{s}'"); }
    }

    private ScoredDate? Date(JsonElement? v, string where)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null) return null;
        string? start, end;
        if (e.ValueKind == JsonValueKind.String)
        {
            warn($"{where}: DATE given as a string; read as the interval it names");
            start = end = e.GetString();
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            start = Prop(e, "start") is { ValueKind: JsonValueKind.String } s ? s.GetString() : Prop(e, "start") is { ValueKind: not JsonValueKind.Null } s2 ? s2.GetRawText() : null;
            end = Prop(e, "end") is { ValueKind: JsonValueKind.String } t ? t.GetString() : Prop(e, "end") is { ValueKind: not JsonValueKind.Null } t2 ? t2.GetRawText() : null;
        }
        else { warn($"{where}: DATE must be an object; treated as null"); return null; }
        if (start is null && end is null) return null;
        if (start is null || end is null)
        {
            warn($"{where}: DATE has only one of start/end; using it for both");
            start = end = start ?? end;
        }
        try
        {
            var a = Day(start, false, $"{where}.start");
            var b = Day(end, true, $"{where}.end");
            if (a > b)
            {
                warn($"{where}: start after end; swapped");
                (a, b) = (Day(end, false, where), Day(start, true, where));
            }
            return new ScoredDate(a, b);
        }
        catch (FormatException ex) { warn($"{ex.Message}; date treated as null"); return null; }
    }

    private ScoredPlace? Place(JsonElement? v, string where)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind != JsonValueKind.Object) { warn($"{where}: PLACE must be an object; treated as null"); return null; }
        var rawName = Str(Prop(e, "name"), $"{where}.name");
        var country = Str(Prop(e, "country"), $"{where}.country");
        country = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        var lat = Number(Prop(e, "lat"), $"{where}.lat");
        var lon = Number(Prop(e, "lon"), $"{where}.lon");
        if (lat is { } la && lon is { } lo && !(la >= -90 && la <= 90 && lo >= -180 && lo <= 180))
        {
            warn($"{where}: lat/lon out of range; coordinates ignored");
            lat = lon = null;
        }
        if (lat is null || lon is null) lat = lon = null;
        var name = TextNormalizer.NormalizeName(rawName);
        if (name.Length == 0 && country is null && lat is null) return null;
        var label = string.Join(", ", new[] { rawName, country }.Where(x => !string.IsNullOrEmpty(x)));
        return new ScoredPlace(name, country, lat, lon, label.Length > 0 ? label : $"{lat},{lon}");
    }

    private Spans SpansOf(JsonElement? v, string where)
    {
        if (v is not { } e || e.ValueKind == JsonValueKind.Null) return Spans.None;
        var items = e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [e];
        var intervals = new List<(int, int)>();
        var texts = new List<string>();
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var w = e.ValueKind == JsonValueKind.Array ? $"{where}[{k}]" : where;
            if (item.ValueKind != JsonValueKind.Object) { warn($"{w}: SPAN must be an object; ignored"); continue; }
            if (Prop(item, "start") is not { ValueKind: JsonValueKind.Number } s || !s.TryGetInt32(out var a) ||
                Prop(item, "end") is not { ValueKind: JsonValueKind.Number } t || !t.TryGetInt32(out var b) || a < 0 || b < a)
            {
                warn($"{w}: SPAN needs integer 0 <= start <= end; ignored");
                continue;
            }
            intervals.Add((a, b));
            if (Prop(item, "text") is { ValueKind: JsonValueKind.String } tx) texts.Add(tx.GetString()!);
        }
        intervals.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var (s, t) in intervals)
        {
            if (merged.Count > 0 && s <= merged[^1].End) { if (t > merged[^1].End) merged[^1] = (merged[^1].Start, t); }
            else merged.Add((s, t));
        }
        return new Spans([.. merged], texts.Count > 0 ? string.Join(" … ", texts) : null);
    }

    private ImmutableHashSet<string> Codes(JsonElement? items, string where)
    {
        var codes = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (items is not { ValueKind: JsonValueKind.Array } arr) return codes.ToImmutable();
        var k = 0;
        foreach (var m in arr.EnumerateArray())
        {
            var code = m.ValueKind == JsonValueKind.Object ? Prop(m, "code") : m;
            if (code is { ValueKind: JsonValueKind.String } c && !string.IsNullOrWhiteSpace(c.GetString()))
                codes.Add(c.GetString()!.Trim().ToLowerInvariant());
            else warn($"{where}[{k}]: no motive code; ignored");
            k++;
        }
        return codes.ToImmutable();
    }
}
