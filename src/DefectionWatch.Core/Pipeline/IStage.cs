using System.Collections.Immutable;

namespace DefectionWatch.Core.Pipeline;

/// <summary>
/// What a stage is called, which layers it needs and which it writes (spaCy's factory metadata).
/// The name carries a version (<c>numbers.v1</c>) so that each stored fact can say what produced it.
/// </summary>
public sealed record StageInfo(string Name, ImmutableArray<ILayerKey> Requires, ImmutableArray<ILayerKey> Assigns)
{
    public static StageInfo Create(string name, ILayerKey[] requires, params ILayerKey[] assigns) =>
        new(name, [.. requires], [.. assigns]);
}

/// <summary>
/// One focused step of the pipeline: reads earlier layers of a <see cref="Document"/>, returns the
/// document with its own layer(s) added. Implementations hold only immutable data (lexicons, compiled
/// patterns), so one instance can serve many threads.
/// </summary>
public interface IStage
{
    StageInfo Info { get; }
    Document Process(Document document, CancellationToken cancellationToken = default);
}
