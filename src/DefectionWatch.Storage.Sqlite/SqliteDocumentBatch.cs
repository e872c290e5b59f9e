using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Sqlite;

/// <summary>
/// Prepared statements of the write path, created once per store connection and reused by every batch
/// (Microsoft.Data.Sqlite prepares a command's statements once and keeps them while its text is unchanged).
/// </summary>
internal sealed class WriteCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> bound to <paramref name="transaction"/>, parameters named p0, p1, ….</summary>
    public SqliteCommand Get(string sql, SqliteTransaction transaction, int parameters)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            for (var i = 0; i < parameters; i++) cmd.Parameters.Add(new SqliteParameter("@p" + i.ToString(CultureInfo.InvariantCulture), null));
            _commands[sql] = cmd;
        }
        cmd.Transaction = transaction;
        return cmd;
    }

    public void Dispose()
    {
        foreach (var c in _commands.Values) c.Dispose();
        _commands.Clear();
    }
}

/// <summary>One IMMEDIATE transaction on the store's connection.</summary>
internal sealed class SqliteDocumentBatch(SqliteTransaction transaction, WriteCommands commands) : IDocumentBatch
{
    private bool _done;

    private SqliteCommand Cmd(string sql, params object?[] values)
    {
        var cmd = commands.Get(sql, transaction, values.Length);
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd;
    }

    public Task<DocumentKey?> FindByKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        using var r = Cmd("SELECT id, doc_key, content_hash FROM documents WHERE doc_key = @p0", key).ExecuteReader();
        return Task.FromResult(r.Read() ? new DocumentKey(r.GetInt64(0), r.GetString(1), r.GetString(2)) : null);
    }

    public Task<long?> FindOriginalByHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(Cmd("SELECT id FROM documents WHERE content_hash = @p0 AND duplicate_of IS NULL ORDER BY id LIMIT 1", contentHash).ExecuteScalar() is long id ? id : (long?)null);

    public Task<IReadOnlyList<NearDuplicateCandidate>> FindNearDuplicateCandidatesAsync(IReadOnlyList<long> bandHashes, NearDuplicateLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        if (bandHashes.Count == 0) return Task.FromResult<IReadOnlyList<NearDuplicateCandidate>>([]);
        var lim = limits ?? NearDuplicateLimits.Default;
        // One statement. Each band is one index range of doc_bands; a band shared by more than MaxDocumentsPerBand
        // originals (counted up to one past the cap, so the count costs at most that) is boilerplate, such as a common
        // lead or a standard footer: it says nothing about which document is copied and is skipped. Among the rest,
        // the originals sharing the most bands (ties: the earliest) are returned with their signatures for verification.
        var bands = bandHashes.Distinct().ToList();
        var values = new object?[bands.Count + 2];
        for (var i = 0; i < bands.Count; i++) values[i] = bands[i];
        values[bands.Count] = lim.MaxDocumentsPerBand;
        values[bands.Count + 1] = Math.Max(1, lim.MaxCandidates);
        var result = new List<NearDuplicateCandidate>();
        using (var r = Cmd(CandidateQuery(bands.Count), values).ExecuteReader())
            while (r.Read())
                result.Add(new NearDuplicateCandidate(r.GetInt64(0), [.. MemoryMarshal.Cast<byte, ulong>((byte[])r.GetValue(1))]));
        return Task.FromResult<IReadOnlyList<NearDuplicateCandidate>>(result);
    }

    /// <summary>@p0..@p(n-1): band hashes; @pn: documents per band from which a band is skipped; @p(n+1): candidates returned.</summary>
    private static string CandidateQuery(int n)
    {
        static string P(int i) => "@p" + i.ToString(CultureInfo.InvariantCulture);
        return $"""
            WITH b(h) AS (VALUES {string.Join(", ", Enumerable.Range(0, n).Select(i => "(" + P(i) + ")"))}),
            kept(h) AS (SELECT h FROM b WHERE (SELECT count(*) FROM (SELECT 1 FROM doc_bands WHERE band_hash = b.h LIMIT {P(n)} + 1)) <= {P(n)}),
            top(doc_id, n) AS (SELECT doc_id, count(*) FROM doc_bands WHERE band_hash IN (SELECT h FROM kept) GROUP BY doc_id ORDER BY 2 DESC, doc_id LIMIT {P(n + 1)})
            SELECT top.doc_id, m.sig FROM top JOIN doc_minhash m ON m.doc_id = top.doc_id ORDER BY top.doc_id
            """;
    }

    public Task<long> AddDocumentAsync(NewDocument d, CancellationToken cancellationToken = default)
    {
        var id = (long)Cmd("""
            INSERT INTO documents(doc_key, url, title, publisher, published, language, detected_language, source, source_line,
                                  retrieved_at, content_hash, status, duplicate_of, duplicate_kind, similarity, text)
            VALUES(@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15)
            RETURNING id
            """,
            d.Key, d.Info.Url, d.Info.Title, d.Publisher,
            d.Info.Published is { } p ? SqliteDefectionStore.Iso(p) : null,
            d.Info.Language, d.DetectedLanguage, d.Source, d.SourceLine,
            d.RetrievedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            d.ContentHash, StatusName(d.Status), d.DuplicateOf,
            d.DuplicateKind is { } k ? (k == DuplicateKind.Exact ? "exact" : "near") : null,
            d.Similarity, d.Text).ExecuteScalar()!;
        Cmd("INSERT INTO documents_fts(rowid, title, text) VALUES(@p0, @p1, @p2)", id, d.Info.Title, d.Text).ExecuteNonQuery();
        if (!d.Signature.IsDefaultOrEmpty)
            Cmd("INSERT INTO doc_minhash(doc_id, sig) VALUES(@p0, @p1)", id, MemoryMarshal.AsBytes(d.Signature.AsSpan()).ToArray()).ExecuteNonQuery();
        if (!d.BandHashes.IsDefaultOrEmpty)
            foreach (var h in d.BandHashes.Distinct())
                Cmd("INSERT OR IGNORE INTO doc_bands(band_hash, doc_id) VALUES(@p0, @p1)", h, id).ExecuteNonQuery();
        return Task.FromResult(id);
    }

    public Task SaveExtractionAsync(long documentId, ExtractionRecord record, string extractorVersion, CancellationToken cancellationToken = default)
    {
        Cmd("DELETE FROM facts WHERE doc_id = @p0", documentId).ExecuteNonQuery();
        var published = Cmd("SELECT published FROM documents WHERE id = @p0", documentId).ExecuteScalar() as string;
        for (var i = 0; i < record.Events.Length; i++)
        {
            var e = record.Events[i];
            var start = e.Date is { } dt ? SqliteDefectionStore.Iso(dt.Start) : published;
            var end = e.Date is { } dt2 ? SqliteDefectionStore.Iso(dt2.End) : published;
            InsertFact(documentId, "event", i, e.Evidence, extractorVersion, RecordJson.Serialize(e),
                EventTypeName(e.Type), e.Group, e.Location?.Country?.ToUpperInvariant(), start, end, e.Count?.Best);
        }
        for (var i = 0; i < record.Estimates.Length; i++)
        {
            var e = record.Estimates[i];
            InsertFact(documentId, "estimate", i, e.Evidence, extractorVersion, RecordJson.Serialize(e),
                null, e.Group, null, e.Date is { } d ? SqliteDefectionStore.Iso(d.Start) : null, e.Date is { } d2 ? SqliteDefectionStore.Iso(d2.End) : null, e.Count.Best);
        }
        for (var i = 0; i < record.Motives.Length; i++)
            InsertFact(documentId, "motive", i, record.Motives[i].Evidence, extractorVersion, RecordJson.Serialize(record.Motives[i]), null, null, null, null, null, null);
        for (var i = 0; i < record.People.Length; i++)
            InsertFact(documentId, "person", i, null, extractorVersion, RecordJson.Serialize(record.People[i]), null, null, null, null, null, null);
        for (var i = 0; i < record.Quotes.Length; i++)
            InsertFact(documentId, "quote", i, record.Quotes[i].Evidence, extractorVersion, RecordJson.Serialize(record.Quotes[i]), null, null, null, null, null, null);
        Cmd("UPDATE documents SET status = 'extracted', extractor_version = @p0, extracted_at = @p1, error = NULL WHERE id = @p2",
            extractorVersion, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), documentId).ExecuteNonQuery();
        return Task.CompletedTask;
    }

    private void InsertFact(long docId, string kind, int ordinal, Evidence? evidence, string version, string json,
        string? eventType, string? group, string? country, string? dateStart, string? dateEnd, long? countBest) =>
        Cmd("""
            INSERT INTO facts(doc_id, kind, ordinal, span_start, span_end, extractor_version, json, event_type, grp, grp_norm, country, date_start, date_end, count_best)
            VALUES(@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)
            """,
            docId, kind, ordinal, evidence?.Start, evidence?.End, version, json,
            eventType, group, group is null ? null : TextNormalizer.NormalizeName(group), country, dateStart, dateEnd, countBest).ExecuteNonQuery();

    public Task SaveExtractionErrorAsync(long documentId, string error, CancellationToken cancellationToken = default)
    {
        Cmd("UPDATE documents SET status = 'pending', error = @p0 WHERE id = @p1", error, documentId).ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        transaction.Commit();
        _done = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!_done)
        {
            try { transaction.Rollback(); } catch (SqliteException) { } catch (InvalidOperationException) { }
        }
        transaction.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static string StatusName(DocumentStatus s) => s switch
    {
        DocumentStatus.Pending => "pending",
        DocumentStatus.Extracted => "extracted",
        DocumentStatus.NotEnglish => "not_english",
        _ => "duplicate",
    };

    internal static DocumentStatus ParseStatus(string s) => s switch
    {
        "extracted" => DocumentStatus.Extracted,
        "not_english" => DocumentStatus.NotEnglish,
        "duplicate" => DocumentStatus.Duplicate,
        _ => DocumentStatus.Pending,
    };

    /// <summary>The format's name of an event type ("civilian_flight").</summary>
    internal static string EventTypeName(EventType t) => JsonSerializer.Serialize(t, RecordJson.Options).Trim('"');
}

/// <summary>Row shapes for Dapper.</summary>
internal sealed class DocumentRow
{
    public long Id { get; set; }
    public string Doc_Key { get; set; } = "";
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Published { get; set; }
    public string? Language { get; set; }
    public string? Detected_Language { get; set; }
    public string Source { get; set; } = "";
    public long? Source_Line { get; set; }
    public string Retrieved_At { get; set; } = "";
    public string Content_Hash { get; set; } = "";
    public string Status { get; set; } = "";
    public long? Duplicate_Of { get; set; }
    public string? Duplicate_Kind { get; set; }
    public double? Similarity { get; set; }
    public string? Extractor_Version { get; set; }
    public string? Error { get; set; }

    public StoredDocument ToStored() => new(
        Id, Doc_Key, new DocumentInfo(Doc_Key, Url, SqliteDefectionStore.ParseDate(Published), Title, Language),
        Source, (int?)Source_Line, Publisher, DateTimeOffset.Parse(Retrieved_At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Content_Hash, Detected_Language, SqliteDocumentBatch.ParseStatus(Status), Duplicate_Of,
        Duplicate_Kind switch { "exact" => DuplicateKind.Exact, "near" => DuplicateKind.Near, _ => null },
        Similarity, Extractor_Version, Error);
}

internal sealed class FactRow
{
    public long Id { get; set; }
    public long Doc_Id { get; set; }
    public string Kind { get; set; } = "";
    public long Ordinal { get; set; }
    public long? Span_Start { get; set; }
    public long? Span_End { get; set; }
    public string Extractor_Version { get; set; } = "";
    public string Json { get; set; } = "";

    public StoredFact ToStored() => new(Id, Doc_Id, Enum.Parse<FactKind>(Kind, ignoreCase: true), (int)Ordinal, (int?)Span_Start, (int?)Span_End, Extractor_Version, Json);
}
