using System.Collections.Immutable;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Core.Pipeline;

/// <summary>
/// One source text and its annotation layers. Immutable: a stage returns a new document with its own
/// layer added (<see cref="With{T}"/>) and never changes another stage's layer.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<string, object> _layers;

    public Document(DocumentInfo info, string text)
        : this(info, text, ImmutableDictionary<string, object>.Empty) { }

    private Document(DocumentInfo info, string text, ImmutableDictionary<string, object> layers)
    {
        Info = info;
        Text = text;
        _layers = layers;
    }

    /// <summary>Id, url, publication date, title and language, as in the record's <c>doc</c>.</summary>
    public DocumentInfo Info { get; }

    /// <summary>The text every span points into.</summary>
    public string Text { get; }

    public string Id => Info.Id;

    /// <summary>The date relative expressions resolve against; null when the source gave none.</summary>
    public DateOnly? Published => Info.Published;

    public bool Has(ILayerKey key) => _layers.ContainsKey(key.Name);

    public IEnumerable<string> LayerNames => _layers.Keys.Order(StringComparer.Ordinal);

    /// <summary>The items of a layer; throws when no stage has assigned it yet.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key) =>
        _layers.TryGetValue(key.Name, out var value)
            ? (ImmutableArray<T>)value
            : throw new InvalidOperationException($"DW1002: layer '{key.Name}' has not been assigned to document '{Id}'");

    /// <summary>The items of a layer, or empty when it is absent.</summary>
    public ImmutableArray<T> GetOrEmpty<T>(LayerKey<T> key) =>
        _layers.TryGetValue(key.Name, out var value) ? (ImmutableArray<T>)value : ImmutableArray<T>.Empty;

    /// <summary>A new document with <paramref name="key"/> set; the layer must not exist yet.</summary>
    public Document With<T>(LayerKey<T> key, ImmutableArray<T> items)
    {
        if (_layers.ContainsKey(key.Name))
            throw new InvalidOperationException($"DW1003: layer '{key.Name}' is already assigned on document '{Id}'");
        return new Document(Info, Text, _layers.Add(key.Name, items.IsDefault ? ImmutableArray<T>.Empty : items));
    }
}
