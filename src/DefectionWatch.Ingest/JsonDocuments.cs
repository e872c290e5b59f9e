using System.Globalization;
using System.Text.Json;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Ingest;

/// <summary>
/// Turns JSON objects of the corpus format (<c>{"id","url","published","title","language","text"}</c>)
/// into documents, and the lines of a JSONL file into results, one problem per bad line.
/// </summary>
internal static class JsonDocuments
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads a JSONL corpus from a stream; <paramref name="source"/> names it in problems and ids.</summary>
    public static IEnumerable<IngestResult> ReadLines(Stream stream, string source, IngestOptions options, CancellationToken cancellationToken)
    {
        var retrieved = options.Clock.GetUtcNow();
        foreach (var raw in LineReader.Read(stream, options.MaxDocumentBytes, cancellationToken))
        {
            if (raw.TooLong)
            {
                yield return IngestResult.Fail(source, raw.Number,
                    $"line is {Megabytes(raw.Length)} long, over the {Megabytes(options.MaxDocumentBytes)} limit; skipped");
                continue;
            }
            var bytes = raw.Bytes!;
            if (IsBlank(bytes)) continue;
            if (bytes.AsSpan().Contains((byte)0))
            {
                yield return IngestResult.Fail(source, raw.Number, "binary data (NUL bytes), not a JSON line; skipped");
                continue;
            }
            var json = TextDecoding.Decode(bytes, out var repaired);
            if (repaired)
                yield return IngestResult.Fail(source, raw.Number, "not valid UTF-8; read as Latin-1", skipped: false);
            foreach (var r in ParseObjectText(json, source, raw.Number, options, retrieved))
                yield return r;
        }
    }

    /// <summary>One JSON text holding an object (or, for whole .json files, an array of objects).</summary>
    public static IEnumerable<IngestResult> ParseObjectText(string json, string source, int? line, IngestOptions options, DateTimeOffset retrieved, bool allowArray = false)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            return [IngestResult.Fail(source, line, "malformed JSON: " + Shorten(e.Message) + "; skipped")];
        }
        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
                return [FromObject(root, source, line, null, options, retrieved)];
            if (allowArray && root.ValueKind == JsonValueKind.Array)
            {
                var results = new List<IngestResult>();
                var i = 0;
                foreach (var item in root.EnumerateArray())
                {
                    i++;
                    results.Add(item.ValueKind == JsonValueKind.Object
                        ? FromObject(item, source, line, i, options, retrieved)
                        : IngestResult.Fail(source, line, $"array item {i} is not an object; skipped"));
                }
                return results;
            }
            return [IngestResult.Fail(source, line, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}; skipped")];
        }
    }

    private static IngestResult FromObject(JsonElement o, string source, int? line, int? item, IngestOptions options, DateTimeOffset retrieved)
    {
        var where = item is { } n ? $" (item {n})" : "";
        var text = GetString(o, "text") ?? GetString(o, "content") ?? GetString(o, "body");
        if (string.IsNullOrWhiteSpace(text))
            return IngestResult.Fail(source, line, $"no \"text\" (or it is empty){where}; skipped");
        text = TextDecoding.CleanControls(text);
        var id = GetString(o, "id");
        if (string.IsNullOrWhiteSpace(id))
            id = Path.GetFileNameWithoutExtension(source) + (line is { } l ? ":" + l.ToString(CultureInfo.InvariantCulture) : "") +
                 (item is { } k ? "#" + k.ToString(CultureInfo.InvariantCulture) : "");
        var url = GetString(o, "url");
        var published = ParseDate(GetString(o, "published")) ?? options.DefaultPublished;
        var title = GetString(o, "title");
        var language = GetString(o, "language");
        var info = new DocumentInfo(id.Trim(), string.IsNullOrWhiteSpace(url) ? null : url.Trim(), published,
            string.IsNullOrWhiteSpace(title) ? null : title.Trim(), string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant());
        var publisher = GetString(o, "publisher") ?? GetString(o, "source") ?? Web.HostOf(info.Url);
        return IngestResult.Ok(new SourceDocument(info, text,
            new Provenance(source, line, info.Url, publisher, retrieved, ContentHash.Compute(text))));
    }

    private static string? GetString(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    /// <summary>YYYY-MM-DD, or any ISO 8601 date-time (the date part is taken); null when absent or unreadable.</summary>
    public static DateOnly? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
            return DateOnly.FromDateTime(dt.UtcDateTime);
        return null;
    }

    private static bool IsBlank(byte[] bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    private static string Shorten(string message) => message.Length > 160 ? message[..160] + "…" : message;

    internal static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes < 1024 * 1024 ? "0.###" : "0.#", CultureInfo.InvariantCulture) + " MB";
}
