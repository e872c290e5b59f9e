using System.Globalization;
using System.Text;
using DefectionWatch.Dataset;
using DefectionWatch.Ingest;
using DefectionWatch.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Parquet;
using Parquet.Schema;

namespace DefectionWatch.Storage.Tests;

/// <summary>
/// The Parquet export: read back with Parquet.Net, it holds exactly the rows and cells of the CSV export of the
/// same database (same columns, same pseudonyms), typed, in row groups written as the rows stream in.
/// </summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-parquet-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    /// <summary>A database of 36 invented articles; every third has a defection (12 events) told by a named colonel, so pseudonyms appear in notes.</summary>
    private async Task<string> Seed()
    {
        var db = Path.Combine(_dir, "p.db");
        var corpus = Path.Combine(_dir, "c.jsonl");
        await File.WriteAllLinesAsync(corpus, Enumerable.Range(0, 36).Select(i =>
            TestData.JsonLine("p" + i, TestData.Article(i), published: i % 2 == 0 ? "2022-05-06" : "2023-11-30")));
        await using var store = SqliteDefectionStore.Open(db);
        await new DatasetRunner(store, new FakeExtractor(), null, new RunOptions { BatchSize = 4 }).RunAsync(new SourceReader().Read([corpus]));
        return db;
    }

    private static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true };

    /// <summary>Every row group's columns, read back as the CSV export would print the cells.</summary>
    private static async Task<(string[] Header, Type[] Types, List<string?[]> Rows, int Groups)> ReadBack(Stream s)
    {
        s.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(s, ReadOptions, leaveStreamOpen: true);
        var fields = reader.Schema.GetDataFields();
        // Parquet.Net 6 reports UTF-8 string columns as ReadOnlyMemory<char>; they read into string[] all the same.
        static Type Clr(DataField f) => f.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : f.ClrType;
        var rows = new List<string?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var cells = Enumerable.Range(0, n).Select(_ => new string?[fields.Length]).ToArray();
            for (var c = 0; c < fields.Length; c++)
            {
                var f = fields[c];
                if (Clr(f) == typeof(string))
                {
                    var v = new string?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    for (var i = 0; i < n; i++) cells[i][c] = EventExport.Csv(v[i]);
                }
                else if (f.ClrType == typeof(DateOnly))
                {
                    var v = new DateOnly?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    for (var i = 0; i < n; i++) cells[i][c] = v[i]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                else if (f.ClrType == typeof(long))
                {
                    var v = new long?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    for (var i = 0; i < n; i++) cells[i][c] = v[i]?.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    Assert.Equal(typeof(double), f.ClrType);
                    var v = new double?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    for (var i = 0; i < n; i++) cells[i][c] = v[i]?.ToString("0.#####", CultureInfo.InvariantCulture);
                }
            }
            rows.AddRange(cells);
        }
        return ([.. fields.Select(f => f.Name)], [.. fields.Select(Clr)], rows, reader.RowGroupCount);
    }

    private static string AsCsv(string[] header, List<string?[]> rows)
    {
        var sb = new StringBuilder(string.Join(',', header)).Append("\r\n");
        foreach (var r in rows) sb.Append(string.Join(',', r.Select(c => c ?? ""))).Append("\r\n");
        return sb.ToString();
    }

    public static TheoryData<string, bool, int> RoundTrips => new()
    {
        // Default row group size: one group holds everything.
        { "pseudonymised, one group", false, ParquetExport.DefaultRowGroupSize },
        // Groups of 5: several full groups and a partial last one, arrays reused between groups.
        { "pseudonymised, groups of 5", false, 5 },
        // One row per group: the smallest group; names included.
        { "real names, groups of 1", true, 1 },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public async Task Parquet_holds_the_rows_and_cells_of_the_csv_export(string why, bool includeNames, int groupSize)
    {
        _ = why;
        var db = await Seed();
        await using var store = SqliteDefectionStore.Open(db);
        var csv = new StringWriter();
        var csvCount = await EventExport.WriteAsync(csv, ExportFormat.Csv, EventExport.StreamAsync(store, new EventFilter(), includeNames));
        using var file = new MemoryStream();
        var count = await ParquetExport.WriteAsync(file, EventExport.StreamAsync(store, new EventFilter(), includeNames), groupSize);

        Assert.True(count > 10, $"{count} events");
        Assert.Equal(csvCount, count);
        var (header, types, rows, groups) = await ReadBack(file);
        Assert.Equal(EventExport.Columns, header);
        Assert.Equal(count, rows.Count);
        Assert.Equal((int)((count + groupSize - 1) / groupSize), groups);
        // Cell for cell the CSV text (the Parquet values printed the way the CSV prints them).
        Assert.Equal(csv.ToString(), AsCsv(header, rows));

        // Typed columns, and a few values spelt out.
        string? Cell(int row, string column) => rows[row][Array.IndexOf(header, column)];
        Assert.Equal(typeof(DateOnly), types[Array.IndexOf(header, "event_date")]);
        Assert.Equal(typeof(long), types[Array.IndexOf(header, "count_best")]);
        Assert.Equal(typeof(double), types[Array.IndexOf(header, "latitude")]);
        Assert.Equal(typeof(string), types[Array.IndexOf(header, "notes")]);
        Assert.Equal("12", Cell(0, "count_best"));
        Assert.Equal("35.47", Cell(0, "latitude"));
        Assert.Equal("Iraq", Cell(0, "country"));
        Assert.Contains(rows, r => r[Array.IndexOf(header, "event_date")] == "2023-11-30");
        var notes = rows.Select(r => r[Array.IndexOf(header, "notes")] ?? "").ToList();
        if (includeNames) Assert.Contains(notes, n => n.Contains("Valdosek", StringComparison.Ordinal));
        else
        {
            Assert.DoesNotContain(notes, n => n.Contains("Valdosek", StringComparison.Ordinal));
            Assert.Contains(notes, n => n.Contains("Person-", StringComparison.Ordinal));
        }
    }

    private static ExportRow Row(int i) => new(
        "DW-x-" + i, i % 2 == 0 ? null : "2021-02-03", null, null, null, "surrender", null, null, i % 3 == 0 ? null : i, null, null, null,
        null, null, null, null, i % 4 == 0 ? null : -12.345678, null, null, null, null, null, i % 5 == 0 ? null : "=note \"ü\", i " + i, "d", null, null, "v");

    [Fact]
    public async Task Nulls_stay_null_and_text_is_written_as_is()
    {
        // Empty cells in the CSV are nulls here; no spreadsheet guard, no rounding of coordinates.
        using var file = new MemoryStream();
        Assert.Equal(7, await ParquetExport.WriteAsync(file, TestData.Async(Enumerable.Range(0, 7).Select(Row)), 3));
        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file, ReadOptions, leaveStreamOpen: true);
        var f = reader.Schema.GetDataFields();
        Assert.All(f, d => Assert.True(d.IsNullable, d.Name));
        Assert.Equal(3, reader.RowGroupCount);
        using var g = reader.OpenRowGroupReader(1);
        var notes = new string?[3];
        await g.ReadAsync(f[Array.IndexOf([.. EventExport.Columns], "notes")], notes.AsMemory());
        Assert.Equal(new string?[] { "=note \"ü\", i 3", "=note \"ü\", i 4", null }, notes);
        var lat = new double?[3];
        await g.ReadAsync(f[Array.IndexOf([.. EventExport.Columns], "latitude")], lat.AsMemory());
        Assert.Equal([-12.345678, null, -12.345678], lat);
        var best = new long?[3];
        await g.ReadAsync(f[Array.IndexOf([.. EventExport.Columns], "count_best")], best.AsMemory());
        Assert.Equal([null, 4L, 5L], best);
        var date = new DateOnly?[3];
        await g.ReadAsync(f[Array.IndexOf([.. EventExport.Columns], "event_date")], date.AsMemory());
        Assert.Equal([new DateOnly(2021, 2, 3), null, new DateOnly(2021, 2, 3)], date);
    }

    [Fact]
    public async Task No_events_give_a_readable_file_with_the_columns_and_no_rows()
    {
        using var file = new MemoryStream();
        Assert.Equal(0, await ParquetExport.WriteAsync(file, TestData.Async(Array.Empty<ExportRow>())));
        var (header, _, rows, groups) = await ReadBack(file);
        Assert.Equal(EventExport.Columns, header);
        Assert.Empty(rows);
        Assert.Equal(0, groups);
    }

    /// <summary>Rows that check, as they are asked for, that every full row group is already in the output.</summary>
    private static async IAsyncEnumerable<ExportRow> Watched(Stream output, int groupSize, int total, List<long> lengths)
    {
        for (var i = 0; i < total; i++)
        {
            if (i % groupSize == 0) lengths.Add(output.Length);
            yield return Row(i);
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Each_full_row_group_is_written_before_the_next_rows_are_read()
    {
        // Streaming, not buffering the export: the output grows at every group boundary while rows still come.
        using var file = new MemoryStream();
        var lengths = new List<long>();
        await ParquetExport.WriteAsync(file, Watched(file, 4, 20, lengths), 4);
        Assert.Equal(5, lengths.Count);
        for (var i = 1; i < lengths.Count; i++) Assert.True(lengths[i] > lengths[i - 1], string.Join(", ", lengths));
    }

    [Fact]
    public async Task The_stream_overload_writes_parquet_and_the_text_formats()
    {
        // The CLI's single path: EventExport.WriteAsync(Stream, format, …) for every format.
        var rows = Enumerable.Range(0, 3).Select(Row).ToList();
        using var pq = new MemoryStream();
        Assert.Equal(3, await EventExport.WriteAsync(pq, ExportFormat.Parquet, TestData.Async(rows)));
        Assert.Equal("PAR1"u8.ToArray(), pq.ToArray()[..4]);
        Assert.Equal("PAR1"u8.ToArray(), pq.ToArray()[^4..]);
        using var csv = new MemoryStream();
        Assert.Equal(3, await EventExport.WriteAsync(csv, ExportFormat.Csv, TestData.Async(rows)));
        var text = new StringWriter();
        EventExport.WriteCsv(text, rows);
        Assert.Equal(text.ToString(), Encoding.UTF8.GetString(csv.ToArray()));
        // Parquet is binary: the TextWriter overload refuses it.
        await Assert.ThrowsAsync<ArgumentException>(() => EventExport.WriteAsync(new StringWriter(), ExportFormat.Parquet, TestData.Async(rows)));
    }

    [Fact]
    public void Schema_lists_the_csv_columns_in_order()
    {
        Assert.Equal(EventExport.Columns, ParquetExport.Schema.GetDataFields().Select(f => f.Name));
    }
}
