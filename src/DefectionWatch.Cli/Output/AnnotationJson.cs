using System.Globalization;
using System.Text.Json;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Cli.Output;

/// <summary>
/// The <c>annotate</c> output: what each recogniser found in one document, one JSON object per line:
/// {"id", "sentences", "numbers", "dates", "places", "actors"} with offsets as in the record format.
/// </summary>
internal static class AnnotationJson
{
    public static string Write(Document doc)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteString("published", doc.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Array(w, "sentences", doc.GetOrEmpty(Layers.Sentences), (s, _) => Span(w, s.Span.Start, s.Span.End));
            Array(w, "numbers", doc.GetOrEmpty(Layers.Numbers), (n, _) =>
            {
                Span(w, n.Span.Start, n.Span.End, doc.Text);
                Num(w, "value", n.Count.Value); Num(w, "low", n.Count.Low); Num(w, "high", n.Count.High);
                w.WriteString("qualifier", Enum(n.Count.Qualifier));
                w.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
                w.WriteString("rule", n.Rule);
            });
            Array(w, "dates", doc.GetOrEmpty(Layers.Dates), (d, _) =>
            {
                Span(w, d.Span.Start, d.Span.End, doc.Text);
                w.WriteString("from", d.Interval?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("to", d.Interval?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (d.Interval is null) w.WriteNull("precision"); else w.WriteString("precision", Enum(d.Interval.Precision));
                w.WriteString("rule", d.Rule);
            });
            Array(w, "places", doc.GetOrEmpty(Layers.Places), (p, _) =>
            {
                Span(w, p.Span.Start, p.Span.End, doc.Text);
                w.WriteString("name", p.Place.Name);
                w.WriteString("country", p.Place.Country);
                if (p.Place.Lat is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
                if (p.Place.Lon is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
                w.WriteString("precision", Enum(p.Place.Precision));
                w.WriteString("rule", p.Rule);
            });
            Array(w, "actors", doc.GetOrEmpty(Layers.Actors), (a, _) =>
            {
                Span(w, a.Span.Start, a.Span.End, doc.Text);
                w.WriteString("canonical", a.Canonical);
                w.WriteBoolean("generic", a.Generic);
            });
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string Enum<T>(T value) where T : struct, System.Enum =>
        JsonSerializer.Serialize(value, RecordJson.Options).Trim('"');

    private static void Num(Utf8JsonWriter w, string name, long? v)
    {
        if (v is { } x) w.WriteNumber(name, x); else w.WriteNull(name);
    }

    private static void Span(Utf8JsonWriter w, int start, int end, string? text = null)
    {
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        if (text is not null) w.WriteString("text", text[start..end]);
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T, Utf8JsonWriter> body)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            body(item, w);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
