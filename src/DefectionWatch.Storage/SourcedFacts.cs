namespace DefectionWatch.Storage;

/// <summary>A stored fact with the provenance of its document (for reports that read many facts at once).</summary>
public sealed record SourcedFact(
    StoredFact Fact,
    string DocumentKey,
    string? Url,
    string? Title,
    string? Publisher,
    DateOnly? Published);

/// <summary>What the stored documents cover in time: first and last publication date, last retrieval.</summary>
public sealed record DocumentCoverage(DateOnly? FirstPublished, DateOnly? LastPublished, DateTimeOffset? LastRetrieved);
