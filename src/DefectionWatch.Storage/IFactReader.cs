namespace DefectionWatch.Storage;

/// <summary>A stored fact with the provenance of its document (for cross-document consolidation).</summary>
public sealed record ProvenancedFact(StoredFact Fact, string DocumentKey, string? Publisher, DateOnly? Published);

/// <summary>
/// Reads every stored fact of one kind across documents (people, estimates, events), ordered by document and
/// ordinal. Separate from <see cref="IDefectionStore"/> so stores can add it without changing that interface.
/// </summary>
public interface IFactReader
{
    Task<IReadOnlyList<ProvenancedFact>> QueryFactsAsync(FactKind kind, CancellationToken cancellationToken = default);
}
