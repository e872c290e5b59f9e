using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace DefectionWatch.Dataset;

/// <summary>
/// Writes <see cref="ExportRow"/>s as an Apache Parquet file (Parquet.Net), with the CSV export's columns in the
/// CSV order and typed:
/// <list type="bullet">
/// <item>event_date, date_start, date_end: Parquet DATE (days since 1970-01-01; <see cref="DateOnly"/> in .NET,
/// date in pandas/Arrow/DuckDB/R). The interval's granularity stays in date_precision, as in the CSV.</item>
/// <item>count_best, count_low, count_high: nullable INT64.</item>
/// <item>latitude, longitude: nullable DOUBLE (full precision; the CSV rounds to 5 decimals).</item>
/// <item>every other column: nullable UTF-8 string; an empty CSV cell is a null here.</item>
/// </list>
/// Text cells are written as they are (no spreadsheet formula guard: Parquet is not opened by spreadsheets).
/// Rows are buffered into row groups of <see cref="DefaultRowGroupSize"/> and each group is written as soon as
/// it is full, so memory holds one row group whatever the size of the dataset.
/// </summary>
public static class ParquetExport
{
    /// <summary>Rows per Parquet row group.</summary>
    public const int DefaultRowGroupSize = 10_000;

    private enum Kind { Text, Date, Long, Double }

    private static Kind KindOf(string column) => column switch
    {
        "event_date" or "date_start" or "date_end" => Kind.Date,
        "count_best" or "count_low" or "count_high" => Kind.Long,
        "latitude" or "longitude" => Kind.Double,
        _ => Kind.Text,
    };

    /// <summary>The file's schema: one nullable field per <see cref="EventExport.Columns"/> entry, in order.</summary>
    public static ParquetSchema Schema { get; } = new(EventExport.Columns.Select(c => (Field)(KindOf(c) switch
    {
        Kind.Date => new DataField<DateOnly?>(c),
        Kind.Long => new DataField<long?>(c),
        Kind.Double => new DataField<double?>(c),
        _ => new DataField<string>(c, nullable: true),
    })));

    private static ParquetOptions Options() => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        // Parquet.Net pools its page buffers; without a cap the pool keeps every buffer it ever made.
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 64 << 20,
    };

    /// <summary>
    /// Writes the rows as they arrive to <paramref name="output"/> (writable and seekable), one row group per
    /// <paramref name="rowGroupSize"/> rows; returns how many rows were written. No rows gives a valid file
    /// with the schema and no row group.
    /// </summary>
    public static async Task<long> WriteAsync(Stream output, IAsyncEnumerable<ExportRow> rows, int rowGroupSize = DefaultRowGroupSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        var buffer = new RowGroupBuffer(rowGroupSize);
        long n = 0;
        var writer = await ParquetWriter.CreateAsync(Schema, output, Options(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["defectionwatch.columns"] = "ACLED/UCDP GED-style event columns; dates are Parquet DATE, precision in date_precision",
            };
            await foreach (var r in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                buffer.Add(r);
                n++;
                if (buffer.Count == rowGroupSize) await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
            }
            if (buffer.Count > 0) await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
        }
        return n;
    }

    /// <summary>Column arrays for one row group, reused from group to group.</summary>
    private sealed class RowGroupBuffer
    {
        private readonly DataField[] _fields = Schema.GetDataFields();
        private readonly Kind[] _kinds;
        private readonly string?[][] _text;
        private readonly DateOnly?[][] _dates;
        private readonly long?[][] _longs;
        private readonly double?[][] _doubles;

        public int Count { get; private set; }

        public RowGroupBuffer(int size)
        {
            _kinds = [.. _fields.Select(f => KindOf(f.Name))];
            _text = [.. _kinds.Select(k => k == Kind.Text ? new string?[size] : [])];
            _dates = [.. _kinds.Select(k => k == Kind.Date ? new DateOnly?[size] : [])];
            _longs = [.. _kinds.Select(k => k == Kind.Long ? new long?[size] : [])];
            _doubles = [.. _kinds.Select(k => k == Kind.Double ? new double?[size] : [])];
        }

        public void Add(ExportRow r)
        {
            var i = Count++;
            var c = 0;
            void Text(string? v) => _text[c++][i] = v;
            void Date(string? v) => _dates[c++][i] = v is null ? null : DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            void Long(long? v) => _longs[c++][i] = v;
            void Double(double? v) => _doubles[c++][i] = v;
            // The same order as EventExport.Columns (checked by the schema test).
            Text(r.EventId); Date(r.EventDate); Date(r.DateStart); Date(r.DateEnd); Text(r.DatePrecision); Text(r.EventType);
            Text(r.Group); Text(r.To); Long(r.CountBest); Long(r.CountLow); Long(r.CountHigh); Text(r.CountQualifier);
            Text(r.Location); Text(r.Admin1); Text(r.Country); Text(r.Iso); Double(r.Latitude); Double(r.Longitude);
            Text(r.GeoPrecision); Text(r.Source); Text(r.SourceOriginal); Text(r.SourceUrl); Text(r.Notes);
        }

        public async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
        {
            var n = Count;
            using (var group = writer.CreateRowGroup())
            {
                for (var c = 0; c < _fields.Length; c++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (_kinds[c])
                    {
                        case Kind.Text: await group.WriteAsync(_fields[c], new ArraySegment<string>(_text[c]!, 0, n)).ConfigureAwait(false); break;
                        case Kind.Date: await group.WriteAsync(_fields[c], new ReadOnlyMemory<DateOnly?>(_dates[c], 0, n), cancellationToken: cancellationToken).ConfigureAwait(false); break;
                        case Kind.Long: await group.WriteAsync(_fields[c], new ReadOnlyMemory<long?>(_longs[c], 0, n), cancellationToken: cancellationToken).ConfigureAwait(false); break;
                        default: await group.WriteAsync(_fields[c], new ReadOnlyMemory<double?>(_doubles[c], 0, n), cancellationToken: cancellationToken).ConfigureAwait(false); break;
                    }
                }
                group.CompleteValidate();
            }
            // Drop references to the group's strings so they can be collected.
            foreach (var t in _text) Array.Clear(t, 0, Math.Min(n, t.Length));
            Count = 0;
        }
    }
}
