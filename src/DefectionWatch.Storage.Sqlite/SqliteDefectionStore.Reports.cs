using System.Globalization;
using Dapper;

namespace DefectionWatch.Storage.Sqlite;

/// <summary>Bulk reads for reports (<c>defwatch report</c>): facts of some kinds with their documents, and coverage.</summary>
public sealed partial class SqliteDefectionStore
{
    public Task<IReadOnlyList<SourcedFact>> QueryFactsAsync(IReadOnlyCollection<FactKind> kinds, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (kinds.Count == 0) return Task.FromResult<IReadOnlyList<SourcedFact>>([]);
        var names = kinds.Distinct().Select(k => k.ToString().ToLowerInvariant()).ToArray();
        var rows = _connection.Query<SourcedFactRow>("""
            SELECT f.id AS Id, f.doc_id AS DocId, f.kind AS Kind, f.ordinal AS Ordinal, f.span_start AS SpanStart, f.span_end AS SpanEnd,
                   f.extractor_version AS ExtractorVersion, f.json AS Json,
                   d.doc_key AS DocKey, d.url AS Url, d.title AS Title, d.publisher AS Publisher, d.published AS Published
            FROM facts f JOIN documents d ON d.id = f.doc_id
            WHERE f.kind IN @names
            ORDER BY f.doc_id, f.kind, f.ordinal
            """, new { names });
        return Task.FromResult<IReadOnlyList<SourcedFact>>([.. rows.Select(r => new SourcedFact(
            new StoredFact(r.Id, r.DocId, Enum.Parse<FactKind>(r.Kind, ignoreCase: true), (int)r.Ordinal, (int?)r.SpanStart, (int?)r.SpanEnd, r.ExtractorVersion, r.Json),
            r.DocKey, r.Url, r.Title, r.Publisher, ParseDate(r.Published)))]);
    }

    public Task<DocumentCoverage> GetCoverageAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var row = _connection.QuerySingle<(string? First, string? Last, string? Retrieved)>(
            "SELECT min(published), max(published), max(retrieved_at) FROM documents WHERE duplicate_of IS NULL");
        DateTimeOffset? retrieved = row.Retrieved is not null
            && DateTimeOffset.TryParse(row.Retrieved, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var r) ? r : null;
        return Task.FromResult(new DocumentCoverage(ParseDate(row.First), ParseDate(row.Last), retrieved));
    }

    private sealed class SourcedFactRow
    {
        public long Id { get; set; }
        public long DocId { get; set; }
        public string Kind { get; set; } = "";
        public long Ordinal { get; set; }
        public long? SpanStart { get; set; }
        public long? SpanEnd { get; set; }
        public string ExtractorVersion { get; set; } = "";
        public string Json { get; set; } = "";
        public string DocKey { get; set; } = "";
        public string? Url { get; set; }
        public string? Title { get; set; }
        public string? Publisher { get; set; }
        public string? Published { get; set; }
    }
}
