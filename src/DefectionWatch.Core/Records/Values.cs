using System.Text.Json.Serialization;

namespace DefectionWatch.Core.Records;

/// <summary>How a count was stated (COUNT in extraction-format.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CountQualifier>))]
public enum CountQualifier
{
    [JsonStringEnumMemberName("exact")] Exact,
    [JsonStringEnumMemberName("approx")] Approx,
    [JsonStringEnumMemberName("at_least")] AtLeast,
    [JsonStringEnumMemberName("at_most")] AtMost,
    [JsonStringEnumMemberName("range")] Range,
    [JsonStringEnumMemberName("vague")] Vague,
}

/// <summary>
/// A number of people, UCDP style: best (<c>value</c>), low and high. For exact and approx all three are
/// equal; for at_least/at_most <c>value</c> is the number said and low/high the side it bounds; for range
/// and vague <c>value</c> is null.
/// </summary>
public sealed record Count(
    [property: JsonPropertyName("value")] long? Value,
    [property: JsonPropertyName("low")] long? Low,
    [property: JsonPropertyName("high")] long? High,
    [property: JsonPropertyName("qualifier")] CountQualifier Qualifier)
{
    public static Count Exact(long n) => new(n, n, n, CountQualifier.Exact);
    public static Count Approx(long n) => new(n, n, n, CountQualifier.Approx);
    public static Count AtLeast(long n) => new(n, n, null, CountQualifier.AtLeast);
    public static Count AtMost(long n) => new(n, null, n, CountQualifier.AtMost);
    public static Count Between(long low, long high) => new(null, low, high, CountQualifier.Range);
    public static Count Vague(long low, long high) => new(null, low, high, CountQualifier.Vague);

    /// <summary>A number to sort or plot by: value, else the middle of low..high.</summary>
    [JsonIgnore]
    public long? Best => Value ?? (Low is { } l && High is { } h ? (l + h) / 2 : Low ?? High);

    /// <summary>The same figure with a new qualifier (e.g. "more than" applied to "1,000").</summary>
    public Count WithQualifier(CountQualifier q) => Value is { } v
        ? q switch
        {
            CountQualifier.Exact => Exact(v),
            CountQualifier.Approx => Approx(v),
            CountQualifier.AtLeast => AtLeast(v),
            CountQualifier.AtMost => AtMost(v),
            _ => this with { Qualifier = q },
        }
        : this;
}

[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("week")] Week,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("year")] Year,
    [JsonStringEnumMemberName("period")] Period,
}

/// <summary>An inclusive interval of days with the precision the text gave.</summary>
public sealed record DateInterval(
    [property: JsonPropertyName("start")] DateOnly Start,
    [property: JsonPropertyName("end")] DateOnly End,
    [property: JsonPropertyName("precision")] DatePrecision Precision)
{
    public static DateInterval Day(DateOnly d) => new(d, d, DatePrecision.Day);
    public static DateInterval Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);
    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    [JsonIgnore] public int Days => End.DayNumber - Start.DayNumber + 1;
    public bool Overlaps(DateInterval other) => Start <= other.End && other.Start <= End;
}

[JsonConverter(typeof(JsonStringEnumConverter<PlacePrecision>))]
public enum PlacePrecision
{
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("region")] Region,
    [JsonStringEnumMemberName("country")] Country,
}

/// <summary>A geocoded place: name, ISO 3166-1 alpha-2 country, coordinates (null for unknown or region).</summary>
public sealed record Place(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("lon")] double? Lon,
    [property: JsonPropertyName("precision")] PlacePrecision Precision);

/// <summary>SPAN: offsets into the document text (UTF-16, end exclusive) and the text they cover.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string? Text)
{
    public static Evidence From(DefectionWatch.Core.Text.CharSpan span, string documentText) =>
        new(span.Start, span.End, span.Slice(documentText));
}
