using Dapper;

namespace DefectionWatch.Storage.Sqlite;

/// <summary><see cref="IFactReader"/>: all facts of one kind with their documents' key, publisher and date.</summary>
public sealed partial class SqliteDefectionStore : IFactReader
{
    public Task<IReadOnlyList<ProvenancedFact>> QueryFactsAsync(FactKind kind, CancellationToken cancellationToken = default)
    {
        var rows = _connection.Query<ProvenancedFactRow>(
            """
            SELECT f.id AS Id, f.doc_id AS Doc_Id, f.kind AS Kind, f.ordinal AS Ordinal, f.span_start AS Span_Start, f.span_end AS Span_End,
                   f.extractor_version AS Extractor_Version, f.json AS Json, d.doc_key AS DocKey, d.publisher AS Publisher, d.published AS Published
            FROM facts f JOIN documents d ON d.id = f.doc_id
            WHERE f.kind = @kind
            ORDER BY f.doc_id, f.ordinal
            """, new { kind = kind.ToString().ToLowerInvariant() });
        return Task.FromResult<IReadOnlyList<ProvenancedFact>>([.. rows.Select(r => new ProvenancedFact(r.ToStored(), r.DocKey, r.Publisher, ParseDate(r.Published)))]);
    }

    private sealed class ProvenancedFactRow
    {
        public long Id { get; set; }
        public long Doc_Id { get; set; }
        public string Kind { get; set; } = "";
        public long Ordinal { get; set; }
        public long? Span_Start { get; set; }
        public long? Span_End { get; set; }
        public string Extractor_Version { get; set; } = "";
        public string Json { get; set; } = "";
        public string DocKey { get; set; } = "";
        public string? Publisher { get; set; }
        public string? Published { get; set; }

        public StoredFact ToStored() => new(Id, Doc_Id, Enum.Parse<FactKind>(Kind, ignoreCase: true), (int)Ordinal, (int?)Span_Start, (int?)Span_End, Extractor_Version, Json);
    }
}
