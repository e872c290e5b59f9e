using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dapper;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using Microsoft.Data.Sqlite;

namespace DefectionWatch.Storage.Sqlite;

/// <summary>One IMMEDIATE transaction on the store's connection.</summary>
internal sealed class SqliteDocumentBatch(SqliteConnection connection, SqliteTransaction transaction) : IDocumentBatch
{
    private bool _done;

    public Task<DocumentKey?> FindByKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = connection.QuerySingleOrDefault<(long Id, string Key, string Hash)?>(
            "SELECT id, doc_key, content_hash FROM documents WHERE doc_key = @key", new { key }, transaction);
        return Task.FromResult(row is { } r ? new DocumentKey(r.Id, r.Key, r.Hash) : null);
    }

    public Task<long?> FindOriginalByHashAsync(string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.QueryFirstOrDefault<long?>(
            "SELECT id FROM documents WHERE content_hash = @contentHash AND duplicate_of IS NULL ORDER BY id LIMIT 1", new { contentHash }, transaction));

    public Task<IReadOnlyList<NearDuplicateCandidate>> FindNearDuplicateCandidatesAsync(IReadOnlyList<long> bandHashes, CancellationToken cancellationToken = default)
    {
        if (bandHashes.Count == 0) return Task.FromResult<IReadOnlyList<NearDuplicateCandidate>>([]);
        var rows = connection.Query<(long Id, byte[]? Sig)>(
            "SELECT d.id, d.minhash FROM documents d WHERE d.id IN (SELECT DISTINCT doc_id FROM doc_bands WHERE band_hash IN @bandHashes) ORDER BY d.id",
            new { bandHashes }, transaction);
        return Task.FromResult<IReadOnlyList<NearDuplicateCandidate>>([.. rows.Where(r => r.Sig is not null)
            .Select(r => new NearDuplicateCandidate(r.Id, [.. MemoryMarshal.Cast<byte, ulong>(r.Sig)]))]);
    }

    public Task<long> AddDocumentAsync(NewDocument d, CancellationToken cancellationToken = default)
    {
        byte[]? sig = d.Signature.IsDefaultOrEmpty ? null : MemoryMarshal.AsBytes(d.Signature.AsSpan()).ToArray();
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO documents(doc_key, url, title, publisher, published, language, detected_language, source, source_line,
                                  retrieved_at, content_hash, status, duplicate_of, duplicate_kind, similarity, minhash, text)
            VALUES(@Key, @Url, @Title, @Publisher, @Published, @Language, @DetectedLanguage, @Source, @SourceLine,
                   @RetrievedAt, @ContentHash, @Status, @DuplicateOf, @DuplicateKind, @Similarity, @Sig, @Text)
            RETURNING id
            """,
            new
            {
                d.Key, d.Info.Url, d.Info.Title, d.Publisher,
                Published = d.Info.Published is { } p ? SqliteDefectionStore.Iso(p) : null,
                d.Info.Language, d.DetectedLanguage, d.Source, d.SourceLine,
                RetrievedAt = d.RetrievedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                d.ContentHash, Status = StatusName(d.Status), d.DuplicateOf,
                DuplicateKind = d.DuplicateKind is { } k ? (k == DuplicateKind.Exact ? "exact" : "near") : null,
                d.Similarity, Sig = sig, d.Text,
            }, transaction);
        connection.Execute("INSERT INTO documents_fts(rowid, title, text) VALUES(@id, @Title, @Text)",
            new { id, d.Info.Title, d.Text }, transaction);
        if (!d.BandHashes.IsDefaultOrEmpty)
            connection.Execute("INSERT OR IGNORE INTO doc_bands(band_hash, doc_id) VALUES(@h, @id)",
                d.BandHashes.Distinct().Select(h => new { h, id }), transaction);
        return Task.FromResult(id);
    }

    public Task SaveExtractionAsync(long documentId, ExtractionRecord record, string extractorVersion, CancellationToken cancellationToken = default)
    {
        connection.Execute("DELETE FROM facts WHERE doc_id = @documentId", new { documentId }, transaction);
        var rows = new List<object>();
        var published = connection.QuerySingleOrDefault<string?>("SELECT published FROM documents WHERE id = @documentId", new { documentId }, transaction);
        for (var i = 0; i < record.Events.Length; i++)
        {
            var e = record.Events[i];
            var start = e.Date is { } dt ? SqliteDefectionStore.Iso(dt.Start) : published;
            var end = e.Date is { } dt2 ? SqliteDefectionStore.Iso(dt2.End) : published;
            rows.Add(Fact(documentId, "event", i, e.Evidence, extractorVersion, RecordJson.Serialize(e),
                EventTypeName(e.Type), e.Group, e.Location?.Country?.ToUpperInvariant(), start, end, e.Count?.Best));
        }
        for (var i = 0; i < record.Estimates.Length; i++)
        {
            var e = record.Estimates[i];
            rows.Add(Fact(documentId, "estimate", i, e.Evidence, extractorVersion, RecordJson.Serialize(e),
                null, e.Group, null, e.Date is { } d ? SqliteDefectionStore.Iso(d.Start) : null, e.Date is { } d2 ? SqliteDefectionStore.Iso(d2.End) : null, e.Count.Best));
        }
        for (var i = 0; i < record.Motives.Length; i++)
            rows.Add(Fact(documentId, "motive", i, record.Motives[i].Evidence, extractorVersion, RecordJson.Serialize(record.Motives[i]), null, null, null, null, null, null));
        for (var i = 0; i < record.People.Length; i++)
            rows.Add(Fact(documentId, "person", i, null, extractorVersion, RecordJson.Serialize(record.People[i]), null, null, null, null, null, null));
        for (var i = 0; i < record.Quotes.Length; i++)
            rows.Add(Fact(documentId, "quote", i, record.Quotes[i].Evidence, extractorVersion, RecordJson.Serialize(record.Quotes[i]), null, null, null, null, null, null));
        if (rows.Count > 0)
            connection.Execute("""
                INSERT INTO facts(doc_id, kind, ordinal, span_start, span_end, extractor_version, json, event_type, grp, grp_norm, country, date_start, date_end, count_best)
                VALUES(@DocId, @Kind, @Ordinal, @SpanStart, @SpanEnd, @Version, @Json, @EventType, @Grp, @GrpNorm, @Country, @DateStart, @DateEnd, @CountBest)
                """, rows, transaction);
        connection.Execute("UPDATE documents SET status = 'extracted', extractor_version = @extractorVersion, extracted_at = @now, error = NULL WHERE id = @documentId",
            new { extractorVersion, documentId, now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) }, transaction);
        return Task.CompletedTask;
    }

    private static object Fact(long docId, string kind, int ordinal, Evidence? evidence, string version, string json,
        string? eventType, string? group, string? country, string? dateStart, string? dateEnd, long? countBest) =>
        new
        {
            DocId = docId, Kind = kind, Ordinal = ordinal, SpanStart = evidence?.Start, SpanEnd = evidence?.End, Version = version, Json = json,
            EventType = eventType, Grp = group, GrpNorm = group is null ? null : TextNormalizer.NormalizeName(group),
            Country = country, DateStart = dateStart, DateEnd = dateEnd, CountBest = countBest,
        };

    public Task SaveExtractionErrorAsync(long documentId, string error, CancellationToken cancellationToken = default)
    {
        connection.Execute("UPDATE documents SET status = 'pending', error = @error WHERE id = @documentId", new { documentId, error }, transaction);
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
