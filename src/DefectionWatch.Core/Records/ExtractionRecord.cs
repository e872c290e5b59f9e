using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DefectionWatch.Core.Records;

/// <summary>The record's <c>doc</c> object: where a text came from.</summary>
public sealed record DocumentInfo(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("published")] DateOnly? Published,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("language")] string? Language);

/// <summary>The exit event types of the format.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventType>))]
public enum EventType
{
    [JsonStringEnumMemberName("defection")] Defection,
    [JsonStringEnumMemberName("desertion")] Desertion,
    [JsonStringEnumMemberName("surrender")] Surrender,
    [JsonStringEnumMemberName("civilian_flight")] CivilianFlight,
    [JsonStringEnumMemberName("sham_defection")] ShamDefection,
    [JsonStringEnumMemberName("reprisal")] Reprisal,
}

/// <summary>Estimate measures of the format.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Measure>))]
public enum Measure
{
    [JsonStringEnumMemberName("killed")] Killed,
    [JsonStringEnumMemberName("strength")] Strength,
    [JsonStringEnumMemberName("foreign_fighters")] ForeignFighters,
    [JsonStringEnumMemberName("origin_countries")] OriginCountries,
    [JsonStringEnumMemberName("defectors")] Defectors,
    [JsonStringEnumMemberName("displaced")] Displaced,
    [JsonStringEnumMemberName("members_executed")] MembersExecuted,
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>
/// EVENT: one reported exit. <c>Evidence</c> is the fullest mention; <c>Mentions</c> are the other sentences of
/// the same document that report the same incident. In JSON, "evidence" is one SPAN, or a list of SPANs
/// (the fullest first) when the incident is told more than once (see <see cref="ExitEventJsonConverter"/>).
/// </summary>
[JsonConverter(typeof(ExitEventJsonConverter))]
public sealed record ExitEvent(
    EventType Type,
    string? Group,
    Count? Count,
    string? To,
    Place? Location,
    DateInterval? Date,
    ImmutableArray<string> Motives,
    string? Source,
    Evidence Evidence,
    ImmutableArray<Evidence> Mentions = default)
{
    /// <summary>Every span that reports the incident, the fullest first.</summary>
    public IEnumerable<Evidence> AllEvidence => Mentions.IsDefaultOrEmpty ? [Evidence] : Mentions.Prepend(Evidence);
}

/// <summary>ESTIMATE: a quantitative claim about a population.</summary>
public sealed record Estimate(
    [property: JsonPropertyName("measure")] Measure Measure,
    [property: JsonPropertyName("group")] string? Group,
    [property: JsonPropertyName("count")] Count Count,
    [property: JsonPropertyName("area")] ImmutableArray<string> Area,
    [property: JsonPropertyName("population")] string? Population,
    [property: JsonPropertyName("date")] DateInterval? Date,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("evidence")] Evidence Evidence);

/// <summary>MOTIVE: a stated reason for leaving.</summary>
public sealed record Motive(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("evidence")] Evidence Evidence);

/// <summary>PERSON: a named individual reported as having left.</summary>
public sealed record Person(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("nationality")] string? Nationality,
    [property: JsonPropertyName("event")] int? Event);

/// <summary>QUOTE: a quoted statement and who said it.</summary>
public sealed record Quote(
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("organization")] string? Organization,
    [property: JsonPropertyName("evidence")] Evidence Evidence);

/// <summary>
/// What extraction found in one document (extraction-format.md v1). <c>extractor</c> is an addition the
/// format allows: the pipeline signature that produced the record.
/// </summary>
public sealed record ExtractionRecord(
    [property: JsonPropertyName("doc")] DocumentInfo Doc,
    [property: JsonPropertyName("events")] ImmutableArray<ExitEvent> Events,
    [property: JsonPropertyName("estimates")] ImmutableArray<Estimate> Estimates,
    [property: JsonPropertyName("motives")] ImmutableArray<Motive> Motives,
    [property: JsonPropertyName("people")] ImmutableArray<Person> People,
    [property: JsonPropertyName("quotes")] ImmutableArray<Quote> Quotes,
    [property: JsonPropertyName("extractor")] string? Extractor = null);
