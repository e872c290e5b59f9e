using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefectionWatch.Core.Records;

/// <summary>
/// Reads and writes <see cref="ExitEvent"/> in the record format: the listed fields in order, with
/// "evidence" a SPAN or, for an incident told in several sentences, a list of SPANs (the fullest first),
/// which the format's scorer reads as one merged span set.
/// </summary>
public sealed class ExitEventJsonConverter : JsonConverter<ExitEvent>
{
    public override ExitEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        var e = doc.RootElement;
        T? Get<T>(string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.Deserialize<T>(options) : default;
        var evidence = new List<Evidence>();
        if (e.TryGetProperty("evidence", out var ev))
        {
            if (ev.ValueKind == JsonValueKind.Array) evidence.AddRange(ev.EnumerateArray().Select(x => x.Deserialize<Evidence>(options)!));
            else if (ev.ValueKind == JsonValueKind.Object) evidence.Add(ev.Deserialize<Evidence>(options)!);
        }
        if (evidence.Count == 0) throw new JsonException("event without evidence");
        return new ExitEvent(
            Get<EventType>("type"), Get<string>("group"), Get<Count>("count"), Get<string>("to"), Get<Place>("location"),
            Get<DateInterval>("date"), Get<ImmutableArray<string>>("motives") is { IsDefault: false } m ? m : [],
            Get<string>("source"), evidence[0], evidence.Count > 1 ? [.. evidence.Skip(1)] : default);
    }

    public override void Write(Utf8JsonWriter writer, ExitEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("type"); JsonSerializer.Serialize(writer, value.Type, options);
        writer.WriteString("group", value.Group);
        writer.WritePropertyName("count"); JsonSerializer.Serialize(writer, value.Count, options);
        writer.WriteString("to", value.To);
        writer.WritePropertyName("location"); JsonSerializer.Serialize(writer, value.Location, options);
        writer.WritePropertyName("date"); JsonSerializer.Serialize(writer, value.Date, options);
        writer.WritePropertyName("motives"); JsonSerializer.Serialize(writer, value.Motives.IsDefault ? [] : value.Motives, options);
        writer.WriteString("source", value.Source);
        writer.WritePropertyName("evidence");
        if (value.Mentions.IsDefaultOrEmpty) JsonSerializer.Serialize(writer, value.Evidence, options);
        else JsonSerializer.Serialize(writer, value.AllEvidence.ToArray(), options);
        writer.WriteEndObject();
    }
}
