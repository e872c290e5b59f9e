using DefectionWatch.Core.Records;

namespace DefectionWatch.Storage;

/// <summary>
/// The dataset: documents with provenance, their facts (each with document id, span and extractor version),
/// copy links, full-text search. Store-neutral so that SQLite (default, embedded) and PostgreSQL share it.
/// Writes go through <see cref="IDocumentBatch"/>: one transaction per batch, so a killed process loses
/// nothing that was committed and leaves nothing half-written.
/// </summary>
public interface IDefectionStore : IAsyncDisposable
{
    /// <summary>Schema version after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>Starts a write transaction. Reads made through the batch see its own uncommitted writes.</summary>
    Task<IDocumentBatch> BeginBatchAsync(CancellationToken cancellationToken = default);

    /// <summary>Documents to (re-)extract: English originals whose facts were not produced by <paramref name="extractorVersion"/> (all of them with <paramref name="all"/>).</summary>
    Task<IReadOnlyList<long>> DocumentsToExtractAsync(string extractorVersion, bool all, CancellationToken cancellationToken = default);

    Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default);

    Task<string?> GetTextAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredFact>> GetFactsAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>Events matching <paramref name="filter"/>, ordered by start date, document and position.</summary>
    Task<IReadOnlyList<EventRow>> QueryEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The same rows as <see cref="QueryEventsAsync"/>, read as they are consumed (for exports of any size).</summary>
    IAsyncEnumerable<EventRow> StreamEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over titles and texts; <paramref name="query"/> is plain words (all must occur) or a quoted phrase.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every person name stored in people and quote facts (for pseudonymisation).</summary>
    Task<IReadOnlyList<string>> PersonNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>A value of the store's key/value metadata, created with <paramref name="create"/> when absent.</summary>
    Task<string> GetOrCreateMetaAsync(string key, Func<string> create, CancellationToken cancellationToken = default);

    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every fact of the given kinds with its document's provenance, by document and ordinal (for reports).</summary>
    Task<IReadOnlyList<SourcedFact>> QueryFactsAsync(IReadOnlyCollection<FactKind> kinds, CancellationToken cancellationToken = default);

    /// <summary>Publication dates and last retrieval of the stored originals (for reports: "date of the data").</summary>
    Task<DocumentCoverage> GetCoverageAsync(CancellationToken cancellationToken = default);
}

/// <summary>One write transaction. Dispose without <see cref="CommitAsync"/> rolls back.</summary>
public interface IDocumentBatch : IAsyncDisposable
{
    Task<DocumentKey?> FindByKeyAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The original (non-duplicate) document with this content hash, if any.</summary>
    Task<long?> FindOriginalByHashAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Originals sharing MinHash bands with the given band hashes, with their signatures, in id order: at most
    /// <see cref="NearDuplicateLimits.MaxCandidates"/>, those sharing the most bands (ties: the earliest), and
    /// ignoring bands shared by more than <see cref="NearDuplicateLimits.MaxDocumentsPerBand"/> originals. The
    /// bounds keep the cost per document constant as the dataset grows; the result is deterministic.
    /// </summary>
    Task<IReadOnlyList<NearDuplicateCandidate>> FindNearDuplicateCandidatesAsync(IReadOnlyList<long> bandHashes, NearDuplicateLimits? limits = null,
        CancellationToken cancellationToken = default);

    Task<long> AddDocumentAsync(NewDocument document, CancellationToken cancellationToken = default);

    /// <summary>Replaces the document's facts by those of <paramref name="record"/> and marks it extracted by <paramref name="extractorVersion"/>.</summary>
    Task SaveExtractionAsync(long documentId, ExtractionRecord record, string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>Leaves the document pending with the error message (a later run or reextract retries it).</summary>
    Task SaveExtractionErrorAsync(long documentId, string error, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);
}
