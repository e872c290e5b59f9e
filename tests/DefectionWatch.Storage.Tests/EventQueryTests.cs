using DefectionWatch.Core.Records;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Tests;

/// <summary>
/// <c>events</c> filters on the indexed paths: date ranges bounded by the longest stored interval, order and
/// limit, streaming = querying.
/// </summary>
public sealed class EventQueryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-query-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static ExitEvent Event(EventType type, string group, string country, DateInterval date) =>
        new(type, group, Count.Exact(5), null, new Place("Somewhere", country, null, null, PlacePrecision.Country), date, [], null, new Evidence(0, 4, "text"));

    /// <summary>One document per event: a day in 2019, a month in 2020, a ten-year span 2010-2019, a year 2021.</summary>
    private async Task<SqliteDefectionStore> Seed()
    {
        var store = SqliteDefectionStore.Open(Path.Combine(_dir, "q.db"));
        var events = new[]
        {
            Event(EventType.Defection, "Alpha Brigade", "IQ", DateInterval.Day(new DateOnly(2019, 3, 4))),
            Event(EventType.Surrender, "Alpha Brigade", "SY", DateInterval.Month(2020, 7)),
            Event(EventType.Desertion, "Beta Front", "IQ", new DateInterval(new DateOnly(2010, 1, 1), new DateOnly(2019, 12, 31), DatePrecision.Period)),
            Event(EventType.Defection, "Beta Front", "SY", DateInterval.Year(2021)),
        };
        await using var tx = await store.BeginBatchAsync();
        for (var i = 0; i < events.Length; i++)
        {
            var info = new DocumentInfo("d" + i, null, new DateOnly(2022, 1, 1), "t", "en");
            var id = await tx.AddDocumentAsync(new NewDocument("d" + i, info, "text " + i, "test", i, null, DateTimeOffset.UnixEpoch, "hash" + i, null, DocumentStatus.Pending));
            await tx.SaveExtractionAsync(id, new ExtractionRecord(info, [events[i]], [], [], [], []), "v1");
        }
        await tx.CommitAsync();
        return store;
    }

    public static TheoryData<string, EventFilter, string[]> Cases => new()
    {
        // A range inside the ten-year span finds it although the span starts nine years before --from.
        { "inside long span", new EventFilter(From: new DateOnly(2018, 6, 1), To: new DateOnly(2018, 6, 30)), ["d2"] },
        // Overlap at the edge: the span ends on 2019-12-31, the day event is in 2019.
        { "2019", new EventFilter(From: new DateOnly(2019, 1, 1), To: new DateOnly(2019, 12, 31)), ["d2", "d0"] },
        // --from only: everything ending on or after the date.
        { "from 2020-07-31", new EventFilter(From: new DateOnly(2020, 7, 31)), ["d1", "d3"] },
        // --to only: everything starting on or before the date, ordered by start.
        { "to 2019-03-04", new EventFilter(To: new DateOnly(2019, 3, 4)), ["d2", "d0"] },
        // Group + date: the group index with a date range.
        { "beta 2015", new EventFilter(Group: "beta front", From: new DateOnly(2015, 1, 1), To: new DateOnly(2015, 12, 31)), ["d2"] },
        // Country + type.
        { "SY defection", new EventFilter(Type: EventType.Defection, Country: "sy"), ["d3"] },
        // Limit keeps the first rows of the order.
        { "limit 2", new EventFilter(Limit: 2), ["d2", "d0"] },
        { "no match", new EventFilter(Group: "Gamma", From: new DateOnly(2019, 1, 1)), [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Filters_return_the_overlapping_events_in_date_order(string why, EventFilter filter, string[] keys)
    {
        _ = why;
        await using var store = await Seed();
        var rows = await store.QueryEventsAsync(filter);
        Assert.Equal(keys, rows.Select(r => r.DocumentKey));
        var streamed = new List<string>();
        await foreach (var r in store.StreamEventsAsync(filter)) streamed.Add(r.DocumentKey);
        Assert.Equal(keys, streamed);
    }
}

/// <summary>The streamed JSON/GeoJSON writers give exactly the text of serialising the whole document indented.</summary>
public sealed class StreamedJsonTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static DefectionWatch.Dataset.ExportRow Row(int i, double? lat) => new(
        "DW-abc-" + i, "2020-01-0" + i, "2020-01-0" + i, "2020-01-0" + i, "day", "defection", "Alpha \"Brigade\"", null, 5, 5, 5, "exact",
        "Tarsk", null, "Iraq", "IQ", lat, lat is null ? null : 44.1, "city", "paper.example", null, "https://paper.example/" + i,
        "note with ünïcode, <tags> & a quote \"x\"", "d" + i, 0, 10, "v1");

    public static TheoryData<string, int> Cases => new()
    {
        // Empty exports: "[]" and an empty feature list.
        { "json", 0 }, { "geojson", 0 },
        // One and several rows, with and without coordinates (null geometry).
        { "json", 1 }, { "json", 3 }, { "geojson", 1 }, { "geojson", 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Streamed_output_is_the_indented_document(string format, int rows)
    {
        var items = Enumerable.Range(1, rows).Select(i => Row(i, i % 2 == 0 ? null : 35.5)).ToList();
        var fmt = format == "json" ? DefectionWatch.Dataset.ExportFormat.Json : DefectionWatch.Dataset.ExportFormat.GeoJson;
        var sync = new StringWriter();
        DefectionWatch.Dataset.EventExport.Write(sync, fmt, items);
        var text = sync.ToString();
        // Re-serialising the parsed output with the same options gives the same text: it is the canonical indented form.
        Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(text)!.ToJsonString(Indented) + "\n", text);
        var streamed = new StringWriter();
        Assert.Equal(rows, await DefectionWatch.Dataset.EventExport.WriteAsync(streamed, fmt, TestData.Async(items)));
        Assert.Equal(text, streamed.ToString());
    }
}
