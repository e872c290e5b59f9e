namespace DefectionWatch.Core.Pipeline;

/// <summary>Untyped view of a layer key, for pipeline validation and descriptions.</summary>
public interface ILayerKey
{
    string Name { get; }
    Type ItemType { get; }
}

/// <summary>
/// A typed name for one annotation layer of a <see cref="Document"/> (as spaCy's <c>doc.spans[key]</c>
/// or a Lucene attribute). Each layer is owned by exactly one stage.
/// </summary>
public sealed class LayerKey<T>(string name) : ILayerKey
{
    public string Name { get; } = name;
    public Type ItemType => typeof(T);
    public override string ToString() => Name;
}
