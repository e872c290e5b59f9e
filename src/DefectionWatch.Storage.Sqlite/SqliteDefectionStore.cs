using System.Collections.Immutable;
using System.Data;
using System.Globalization;
using Dapper;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Sqlite;

/// <summary>
/// <see cref="IDefectionStore"/> on one SQLite file: WAL journal (readers never block the writer; a killed
/// process loses no committed transaction), versioned migrations, FTS5 over documents.
/// </summary>
public sealed partial class SqliteDefectionStore : IDefectionStore
{
    private readonly SqliteConnection _connection;
    private readonly string _path;

    private SqliteDefectionStore(SqliteConnection connection, string path, int schemaVersion)
    {
        _connection = connection;
        _path = path;
        SchemaVersion = schemaVersion;
    }

    public int SchemaVersion { get; }

    public string Path => _path;

    /// <summary>Opens (creating if needed) the database and applies pending migrations.</summary>
    public static SqliteDefectionStore Open(string path, bool readOnly = false)
    {
        if (readOnly && !File.Exists(path))
            throw new FileNotFoundException($"no database at {path} (create one with `defwatch run`)", path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Exec(connection, "PRAGMA busy_timeout = 30000;");
            if (!readOnly)
            {
                Exec(connection, "PRAGMA journal_mode = WAL;");
                Exec(connection, "PRAGMA synchronous = NORMAL;");
            }
            Exec(connection, "PRAGMA foreign_keys = ON;");
            var version = readOnly ? CurrentVersion(connection) : Migrate(connection);
            if (version > Migrations.All[^1].Version)
                throw new InvalidOperationException($"{path} has schema version {version}, newer than this program knows ({Migrations.All[^1].Version})");
            return new SqliteDefectionStore(connection, path, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static int CurrentVersion(SqliteConnection c)
    {
        var exists = c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'");
        return exists == 0 ? 0 : (int)c.ExecuteScalar<long>("SELECT coalesce(max(version), 0) FROM schema_migrations");
    }

    private static int Migrate(SqliteConnection c)
    {
        c.Execute("CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = CurrentVersion(c);
        foreach (var m in Migrations.All.Where(m => m.Version > current))
        {
            using var tx = c.BeginTransaction();
            c.Execute(m.Sql, transaction: tx);
            c.Execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES(@v, @n, @t)",
                new { v = m.Version, n = m.Name, t = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, tx);
            tx.Commit();
            current = m.Version;
        }
        return current;
    }

    /// <summary>The migrations recorded in the database (version, name).</summary>
    public IReadOnlyList<(int Version, string Name)> AppliedMigrations() =>
        [.. _connection.Query<(long, string)>("SELECT version, name FROM schema_migrations ORDER BY version").Select(r => ((int)r.Item1, r.Item2))];

    public Task<IDocumentBatch> BeginBatchAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var tx = _connection.BeginTransaction(deferred: false);
        return Task.FromResult<IDocumentBatch>(new SqliteDocumentBatch(_connection, tx));
    }

    public Task<IReadOnlyList<long>> DocumentsToExtractAsync(string extractorVersion, bool all, CancellationToken cancellationToken = default)
    {
        var sql = all
            ? "SELECT id FROM documents WHERE status IN ('pending','extracted') ORDER BY id"
            : "SELECT id FROM documents WHERE status = 'pending' OR (status = 'extracted' AND extractor_version IS NOT @v) ORDER BY id";
        return Task.FromResult<IReadOnlyList<long>>([.. _connection.Query<long>(sql, new { v = extractorVersion })]);
    }

    public Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = _connection.QuerySingleOrDefault<DocumentRow>(
            "SELECT id, doc_key, url, title, publisher, published, language, detected_language, source, source_line, retrieved_at, content_hash, status, duplicate_of, duplicate_kind, similarity, extractor_version, error FROM documents WHERE id = @id",
            new { id });
        return Task.FromResult(row?.ToStored());
    }

    public Task<string?> GetTextAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_connection.QuerySingleOrDefault<string?>("SELECT text FROM documents WHERE id = @id", new { id }));

    public Task<IReadOnlyList<StoredFact>> GetFactsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        var rows = _connection.Query<FactRow>(
            "SELECT id, doc_id, kind, ordinal, span_start, span_end, extractor_version, json FROM facts WHERE doc_id = @documentId ORDER BY kind, ordinal",
            new { documentId });
        return Task.FromResult<IReadOnlyList<StoredFact>>([.. rows.Select(r => r.ToStored())]);
    }

    public Task<IReadOnlyList<EventRow>> QueryEventsAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var where = new List<string> { "f.kind = 'event'" };
        var p = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(filter.Group))
        {
            where.Add("f.grp_norm = @grp");
            p.Add("grp", TextNormalizer.NormalizeName(filter.Group));
        }
        if (filter.Type is { } t)
        {
            where.Add("f.event_type = @type");
            p.Add("type", SqliteDocumentBatch.EventTypeName(t));
        }
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            where.Add("f.country = @country");
            p.Add("country", filter.Country.Trim().ToUpperInvariant());
        }
        if (filter.From is { } from)
        {
            where.Add("f.date_end >= @from");
            p.Add("from", Iso(from));
        }
        if (filter.To is { } to)
        {
            where.Add("f.date_start <= @to");
            p.Add("to", Iso(to));
        }
        var limit = filter.Limit is { } l ? " LIMIT " + l.ToString(CultureInfo.InvariantCulture) : "";
        var sql = $"""
            SELECT f.id AS FactId, f.ordinal AS Ordinal, f.doc_id AS DocId, d.doc_key AS DocKey, d.content_hash AS ContentHash,
                   f.json AS Json, f.extractor_version AS ExtractorVersion, d.publisher AS Publisher, d.url AS Url,
                   d.published AS Published, d.title AS Title,
                   (SELECT group_concat(coalesce(c.publisher, c.doc_key), char(31)) FROM documents c WHERE c.duplicate_of = d.id) AS Copies
            FROM facts f JOIN documents d ON d.id = f.doc_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY f.date_start, f.doc_id, f.ordinal{limit}
            """;
        var rows = _connection.Query<EventQueryRow>(sql, p);
        return Task.FromResult<IReadOnlyList<EventRow>>([.. rows.Select(r => new EventRow(
            r.FactId, (int)r.Ordinal, r.DocId, r.DocKey, r.ContentHash,
            RecordJson.Deserialize<ExitEvent>(r.Json)!, r.ExtractorVersion, r.Publisher, r.Url, ParseDate(r.Published), r.Title,
            r.Copies is null ? [] : [.. r.Copies.Split('\u001f').Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))]);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var match = ToFtsQuery(query);
        if (match.Length == 0) return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        var rows = _connection.Query<(long Id, string Key, string? Title, string? Url, string? Published, string Snippet)>(
            """
            SELECT d.id, d.doc_key, d.title, d.url, d.published, snippet(documents_fts, 1, '[', ']', '…', 16)
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH @match
            ORDER BY bm25(documents_fts, 2.0, 1.0), d.id
            LIMIT @limit
            """, new { match, limit });
        return Task.FromResult<IReadOnlyList<SearchHit>>([.. rows.Select(r => new SearchHit(r.Id, r.Key, r.Title, r.Url, ParseDate(r.Published), r.Snippet))]);
    }

    /// <summary>User words to an FTS5 query: each word or "quoted phrase" becomes a quoted string (no operator injection), all required.</summary>
    internal static string ToFtsQuery(string query)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i])) { i++; continue; }
            string term;
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                if (end < 0) end = query.Length;
                term = query[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end])) end++;
                term = query[i..end];
                i = end;
            }
            var cleaned = new string([.. term.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'')]).Trim();
            if (cleaned.Length > 0) parts.Add("\"" + cleaned.Replace("\"", "", StringComparison.Ordinal) + "\"");
        }
        return string.Join(" AND ", parts);
    }

    public Task<IReadOnlyList<string>> PersonNamesAsync(CancellationToken cancellationToken = default)
    {
        var names = _connection.Query<string?>(
            "SELECT DISTINCT json_extract(json, '$.name') FROM facts WHERE kind = 'person' UNION SELECT DISTINCT json_extract(json, '$.speaker') FROM facts WHERE kind = 'quote'");
        return Task.FromResult<IReadOnlyList<string>>([.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    public Task<string> GetOrCreateMetaAsync(string key, Func<string> create, CancellationToken cancellationToken = default)
    {
        var value = _connection.QuerySingleOrDefault<string?>("SELECT value FROM meta WHERE key = @key", new { key });
        if (value is not null) return Task.FromResult(value);
        _connection.Execute("INSERT OR IGNORE INTO meta(key, value) VALUES(@key, @value)", new { key, value = create() });
        return Task.FromResult(_connection.QuerySingle<string>("SELECT value FROM meta WHERE key = @key", new { key }));
    }

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        long Count(string sql) => _connection.ExecuteScalar<long>(sql);
        ImmutableDictionary<string, long> Group(string sql) =>
            _connection.Query<(string? K, long N)>(sql).ToImmutableDictionary(r => r.K ?? "(none)", r => r.N, StringComparer.Ordinal);
        long? size = null;
        try
        {
            size = new FileInfo(_path).Length + (File.Exists(_path + "-wal") ? new FileInfo(_path + "-wal").Length : 0);
        }
        catch (IOException) { }
        var stats = new StoreStats(
            Count("SELECT count(*) FROM documents"),
            Count("SELECT count(*) FROM documents WHERE status = 'extracted'"),
            Count("SELECT count(*) FROM documents WHERE status = 'pending'"),
            Count("SELECT count(*) FROM documents WHERE status = 'not_english'"),
            Count("SELECT count(*) FROM documents WHERE duplicate_kind = 'exact'"),
            Count("SELECT count(*) FROM documents WHERE duplicate_kind = 'near'"),
            Count("SELECT count(*) FROM facts WHERE kind = 'event'"),
            Count("SELECT count(*) FROM facts WHERE kind = 'estimate'"),
            Count("SELECT count(*) FROM facts WHERE kind = 'person'"),
            SchemaVersion,
            Group("SELECT event_type, count(*) FROM facts WHERE kind = 'event' GROUP BY event_type"),
            Group("SELECT extractor_version, count(*) FROM documents WHERE status = 'extracted' GROUP BY extractor_version"),
            Group("SELECT coalesce(language, detected_language), count(*) FROM documents GROUP BY 1"),
            size);
        return Task.FromResult(stats);
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (_connection.State == ConnectionState.Open)
                _connection.Execute("PRAGMA optimize;");
        }
        catch (SqliteException) { }
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private sealed class EventQueryRow
    {
        public long FactId { get; set; }
        public long Ordinal { get; set; }
        public long DocId { get; set; }
        public string DocKey { get; set; } = "";
        public string ContentHash { get; set; } = "";
        public string Json { get; set; } = "";
        public string ExtractorVersion { get; set; } = "";
        public string? Publisher { get; set; }
        public string? Url { get; set; }
        public string? Published { get; set; }
        public string? Title { get; set; }
        public string? Copies { get; set; }
    }
}
