using System.Collections.Immutable;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Storage;

/// <summary>Where a stored document stands in the pipeline.</summary>
public enum DocumentStatus
{
    /// <summary>Stored, not yet extracted (or extraction failed: see <see cref="StoredDocument.Error"/>).</summary>
    Pending,
    /// <summary>Extracted by <see cref="StoredDocument.ExtractorVersion"/>.</summary>
    Extracted,
    /// <summary>Not English: stored and flagged, not extracted.</summary>
    NotEnglish,
    /// <summary>A copy of another document (<see cref="StoredDocument.DuplicateOf"/>): never an independent source, not extracted.</summary>
    Duplicate,
}

public enum DuplicateKind { Exact, Near }

/// <summary>Kinds of facts, one per list of the extraction record.</summary>
public enum FactKind { Event, Estimate, Motive, Person, Quote }

/// <summary>A document to add: metadata, provenance, text, and what ingest and dedupe decided about it.</summary>
public sealed record NewDocument(
    string Key,
    DocumentInfo Info,
    string Text,
    string Source,
    int? SourceLine,
    string? Publisher,
    DateTimeOffset RetrievedAt,
    string ContentHash,
    string? DetectedLanguage,
    DocumentStatus Status,
    long? DuplicateOf = null,
    DuplicateKind? DuplicateKind = null,
    double? Similarity = null,
    ImmutableArray<ulong> Signature = default,
    ImmutableArray<long> BandHashes = default);

/// <summary>A document as stored.</summary>
public sealed record StoredDocument(
    long Id,
    string Key,
    DocumentInfo Info,
    string Source,
    int? SourceLine,
    string? Publisher,
    DateTimeOffset RetrievedAt,
    string ContentHash,
    string? DetectedLanguage,
    DocumentStatus Status,
    long? DuplicateOf,
    DuplicateKind? DuplicateKind,
    double? Similarity,
    string? ExtractorVersion,
    string? Error);

/// <summary>The key and hash of a stored document (for idempotent ingestion).</summary>
public sealed record DocumentKey(long Id, string Key, string ContentHash);

/// <summary>A stored original that may be a near-duplicate of a new text (from the MinHash band index).</summary>
public sealed record NearDuplicateCandidate(long Id, ImmutableArray<ulong> Signature);

/// <summary>Bounds of the near-duplicate candidate search (see <see cref="IDocumentBatch.FindNearDuplicateCandidatesAsync"/>).</summary>
public sealed record NearDuplicateLimits(int MaxCandidates = 16, int MaxDocumentsPerBand = 64)
{
    public static readonly NearDuplicateLimits Default = new();
}

/// <summary>One stored fact: which document, which span, which extractor version, and the fact itself as JSON.</summary>
public sealed record StoredFact(long Id, long DocumentId, FactKind Kind, int Ordinal, int? SpanStart, int? SpanEnd, string ExtractorVersion, string Json);

/// <summary>Filters of <c>defwatch events</c>; null means no filter. Dates select events whose interval overlaps [From, To].</summary>
public sealed record EventFilter(
    string? Group = null,
    EventType? Type = null,
    string? Country = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Limit = null);

/// <summary>An event with its document's provenance and the publishers of the copies linked to that document.</summary>
public sealed record EventRow(
    long FactId,
    int Ordinal,
    long DocumentId,
    string DocumentKey,
    string ContentHash,
    ExitEvent Event,
    string ExtractorVersion,
    string? Publisher,
    string? Url,
    DateOnly? Published,
    string? Title,
    ImmutableArray<string> CopyPublishers);

public sealed record SearchHit(long DocumentId, string Key, string? Title, string? Url, DateOnly? Published, string Snippet);

/// <summary>Counts for <c>defwatch stats</c>.</summary>
public sealed record StoreStats(
    long Documents,
    long Extracted,
    long Pending,
    long NotEnglish,
    long ExactDuplicates,
    long NearDuplicates,
    long Events,
    long Estimates,
    long People,
    int SchemaVersion,
    ImmutableDictionary<string, long> EventsByType,
    ImmutableDictionary<string, long> DocumentsByExtractor,
    ImmutableDictionary<string, long> DocumentsByLanguage,
    long? SizeBytes);
