using System.Globalization;
using System.Text;
using DefectionWatch.Storage.Tests;
using Microsoft.Data.Sqlite;
using Parquet;
using Parquet.Schema;

namespace DefectionWatch.Cli.Tests;

/// <summary>End to end: <c>defwatch export --format parquet</c> against <c>--format csv</c> of the same database.</summary>
public sealed class ParquetExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dw-cli-parquet-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private Cli.Result Ok(params string[] args)
    {
        var r = Cli.Run(_dir, args);
        Assert.True(r.ExitCode == 0, $"defwatch {string.Join(' ', args)} exited {r.ExitCode}\n{r.Out}\n{r.Err}");
        return r;
    }

    /// <summary>RFC 4180 records (quoted cells may hold commas, quotes and line breaks).</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add([.. cells]);
                cells.Clear();
                i++;
            }
            else cell.Append(ch);
        }
        return records;
    }

    /// <summary>Every column of the file as text cells ("" for null), dates as yyyy-MM-dd.</summary>
    private static async Task<(string[] Header, Dictionary<string, Type> Types, List<string[]> Rows)> ReadParquet(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, new ParquetOptions { UseDateOnlyTypeForDates = true });
        DataField[] fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var block = Enumerable.Range(0, n).Select(_ => new string[fields.Length]).ToArray();
            for (var c = 0; c < fields.Length; c++)
            {
                var f = fields[c];
                string?[] text;
                if (f.ClrType == typeof(DateOnly))
                {
                    var v = new DateOnly?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    text = [.. v.Select(d => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
                }
                else if (f.ClrType == typeof(long))
                {
                    var v = new long?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    text = [.. v.Select(x => x?.ToString(CultureInfo.InvariantCulture))];
                }
                else if (f.ClrType == typeof(double))
                {
                    var v = new double?[n];
                    await group.ReadAsync(f, v.AsMemory());
                    text = [.. v.Select(x => x?.ToString("0.#####", CultureInfo.InvariantCulture))];
                }
                else
                {
                    text = new string?[n];
                    await group.ReadAsync(f, text.AsMemory());
                }
                for (var i = 0; i < n; i++) block[i][c] = text[i] ?? "";
            }
            rows.AddRange(block);
        }
        return ([.. fields.Select(f => f.Name)], fields.ToDictionary(f => f.Name, f => f.ClrType), rows);
    }

    private static readonly string[] Surnames = ["Valdosek", "Marrinow", "Osterbek", "Kellavan", "Dravoski"];

    [Theory]
    // Default: people pseudonymised in parquet exactly as in csv.
    [InlineData(false)]
    // --include-names: real names in both.
    [InlineData(true)]
    public async Task Export_parquet_has_the_rows_columns_and_values_of_export_csv(bool includeNames)
    {
        var corpus = Path.Combine(_dir, "corpus.jsonl");
        // Invented reports; every third has a defection told by a named colonel (surnames without the digits that
        // TestData glues to them, so that the real extractor stores the names as written).
        File.WriteAllLines(corpus, Enumerable.Range(0, 24).Select(i =>
            TestData.JsonLine("q" + i, TestData.Article(i).Replace("Valdosek" + (i % 5).ToString(CultureInfo.InvariantCulture), Surnames[i % 5], StringComparison.Ordinal))));
        Ok("run", corpus, "--db", "t.db");
        string[] names = includeNames ? ["--include-names"] : [];
        var written = Ok(["export", "--db", "t.db", "--format", "parquet", "-o", "e.parquet", .. names]).Out;
        Ok(["export", "--db", "t.db", "--format", "csv", "-o", "e.csv", .. names]);
        Assert.Matches("^[1-9][0-9]* events written to e.parquet", written);
        Assert.False(File.Exists(Path.Combine(_dir, "e.parquet.tmp")));

        var csv = ParseCsv(await File.ReadAllTextAsync(Path.Combine(_dir, "e.csv")));
        var (header, types, rows) = await ReadParquet(Path.Combine(_dir, "e.parquet"));
        Assert.Equal(csv[0], header);
        Assert.Equal(csv.Count - 1, rows.Count);
        Assert.StartsWith(rows.Count.ToString(CultureInfo.InvariantCulture) + " events", written);
        Assert.Equal(typeof(DateOnly), types["date_start"]);
        Assert.Equal(typeof(long), types["count_low"]);
        Assert.Equal(typeof(double), types["longitude"]);

        int Col(string name) => Array.IndexOf(header, name);
        for (var r = 0; r < rows.Count; r++)
        {
            // A few columns of each kind, row by row: ids, dates, counts, coordinates, names and notes.
            foreach (var column in new[] { "event_id", "event_date", "date_end", "event_type", "group", "count_best", "latitude", "longitude", "country", "source_url", "notes" })
                Assert.Equal(csv[r + 1][Col(column)], rows[r][Col(column)]);
        }
        // The typed columns are not all empty (the comparison above would pass on nulls everywhere).
        Assert.Contains(rows, r => r[Col("count_best")].Length > 0);
        Assert.All(rows, r => Assert.Matches("^20[0-9]{2}-[01][0-9]-[0-3][0-9]$", r[Col("event_date")]));
        var notes = string.Join("\n", rows.Select(r => r[Col("notes")]));
        Assert.Equal(includeNames, Surnames.Any(n => notes.Contains(n, StringComparison.Ordinal)));
        Assert.Equal(!includeNames, notes.Contains("Person-", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_help_lists_parquet()
    {
        // The format is offered and its typing told in --help.
        Assert.Contains("parquet", Ok("export", "--help").Out);
    }
}
