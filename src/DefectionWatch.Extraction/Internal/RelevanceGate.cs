using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;

namespace DefectionWatch.Extraction.Internal;

/// <summary>
/// Runs a costly stage only on documents that carry an exit event or an estimate. The record reports quotes
/// and motives only for such documents and people only for events, so for the others the stage's layers are
/// assigned empty and the output does not change: most documents of a news feed are not about exits.
/// </summary>
public sealed class RelevanceGate(IStage inner) : IStage
{
    public StageInfo Info { get; } = inner.Info with
    {
        Requires = [.. inner.Info.Requires.Union([Layers.Events, Layers.Estimates]).DistinctBy(k => k.Name)],
    };

    public IStage Inner => inner;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        if (!document.Get(Layers.Events).IsEmpty || !document.Get(Layers.Estimates).IsEmpty)
            return inner.Process(document, cancellationToken);
        foreach (var key in inner.Info.Assigns) document = AssignEmpty(document, key);
        return document;
    }

    private static Document AssignEmpty(Document document, ILayerKey key) => key switch
    {
        LayerKey<Core.Records.Quote> q => document.With(q, ImmutableArray<Core.Records.Quote>.Empty),
        LayerKey<Core.Records.Motive> m => document.With(m, ImmutableArray<Core.Records.Motive>.Empty),
        LayerKey<Core.Records.Person> p => document.With(p, ImmutableArray<Core.Records.Person>.Empty),
        _ => throw new InvalidOperationException($"DW1005: the relevance gate cannot assign an empty '{key.Name}' layer"),
    };
}
