using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Dapper;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Tests;

/// <summary>
/// A stand-in extractor: one defection event per occurrence of "defected" (group "Alpha Brigade", count from
/// a preceding number word list, place Kirkuk/IQ), and a person for each "Colonel X Y". Version settable.
/// </summary>
public sealed class FakeExtractor(string version = "fake/1") : IExtractor
{
    public string Version { get; } = version;
    public int Calls;

    public Document Annotate(DocumentInfo info, string text, CancellationToken cancellationToken = default) => new(info, text);

    public ExtractionRecord Extract(DocumentInfo info, string text, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Calls);
        var events = ImmutableArray.CreateBuilder<ExitEvent>();
        var at = 0;
        while ((at = text.IndexOf("defected", at, StringComparison.Ordinal)) >= 0)
        {
            var start = Math.Max(0, text.LastIndexOf('.', at) + 1);
            var end = text.IndexOf('.', at) is var e and >= 0 ? e + 1 : text.Length;
            var date = info.Published is { } p ? DateInterval.Day(p) : null;
            events.Add(new ExitEvent(EventType.Defection, "Alpha Brigade", Count.Exact(12), "the army",
                new Place("Kirkuk", "IQ", 35.47, 44.39, PlacePrecision.City), date, [], "officials",
                new Evidence(start, end, text[start..end])));
            at += 8;
        }
        var people = ImmutableArray.CreateBuilder<Person>();
        var c = 0;
        while ((c = text.IndexOf("Colonel ", c, StringComparison.Ordinal)) >= 0)
        {
            var words = text[(c + 8)..].Split(' ', 3);
            if (words.Length >= 2) people.Add(new Person(words[0] + " " + words[1].TrimEnd('.', ','), "defector", null, events.Count > 0 ? 0 : null));
            c += 8;
        }
        return new ExtractionRecord(info, events.ToImmutable(), [], [], people.ToImmutable(), [], Version);
    }
}

/// <summary>Invented corpus lines and database dumps for comparisons.</summary>
public static class TestData
{
    private static readonly string[] Places = ["Harbin Ridge", "Lake Osso", "Port Vell", "Mirna Valley", "Tarsk", "Ebon Flats", "Calder Pass", "Sunmere"];
    private static readonly string[] Verbs = ["crossed the river", "walked to the checkpoint", "handed in their rifles", "left the camp at night", "reached the town hall"];

    /// <summary>A unique invented news text for index <paramref name="i"/>.</summary>
    public static string Article(int i)
    {
        var r = new Random(i);
        var sb = new StringBuilder();
        sb.Append($"Report number {i} from {Places[i % Places.Length]}. ");
        for (var s = 0; s < 8; s++)
        {
            var n = r.Next(2, 400);
            sb.Append($"On day {r.Next(1, 28)} some {n} members of unit {r.Next(1000, 9999)} {Verbs[r.Next(Verbs.Length)]} near {Places[r.Next(Places.Length)]} while observers counted {r.Next(10, 99)} vehicles. ");
        }
        if (i % 3 == 0) sb.Append($"Colonel Imran Valdosek{i % 5} said twelve fighters defected to the army. ");
        return sb.ToString();
    }

    public static string JsonLine(string id, string text, string? url = null, string published = "2022-05-06", string? language = "en") =>
        JsonSerializer.Serialize(new { id, url = url ?? $"https://paper{id.Length % 3}.example/{id}", published, title = "Title " + id, language, text });

    /// <summary>Every table's content in a fixed order, without wall-clock columns.</summary>
    public static string Dump(string dbPath)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        var sb = new StringBuilder();
        void Table(string sql)
        {
            sb.AppendLine("## " + sql);
            foreach (IDictionary<string, object?> row in c.Query(sql))
                sb.AppendLine(string.Join(" | ", row.Select(kv => kv.Key + "=" + (kv.Value is byte[] b ? Convert.ToHexString(b) : Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture)))));
        }
        Table("SELECT id, doc_key, url, title, publisher, published, language, detected_language, source, source_line, content_hash, status, duplicate_of, duplicate_kind, similarity, extractor_version, error, minhash, text FROM documents ORDER BY id");
        Table("SELECT * FROM facts ORDER BY id");
        Table("SELECT * FROM doc_bands ORDER BY band_hash, doc_id");
        Table("SELECT * FROM doc_minhash ORDER BY doc_id");
        Table("SELECT version, name FROM schema_migrations ORDER BY version");
        Table("SELECT key FROM meta ORDER BY key");
        Table("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'report' ORDER BY rowid");
        return sb.ToString();
    }

    public static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var i in items) yield return i;
        await Task.CompletedTask;
    }
}
