using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace DefectionWatch.Core.Pipeline;

/// <summary>
/// An ordered list of stages, checked when it is built (spaCy's <c>analyze_pipes</c>): every layer a
/// stage requires must be assigned by an earlier stage, and no two stages may assign the same layer.
/// </summary>
public sealed class TextPipeline
{
    public ImmutableArray<IStage> Stages { get; }

    public TextPipeline(IEnumerable<IStage> stages)
    {
        Stages = [.. stages];
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in Stages)
        {
            foreach (var need in stage.Info.Requires)
                if (!assigned.ContainsKey(need.Name))
                    throw new InvalidOperationException(
                        $"DW1001: stage '{stage.Info.Name}' requires layer '{need.Name}', which no earlier stage assigns");
            foreach (var layer in stage.Info.Assigns)
                if (!assigned.TryAdd(layer.Name, stage.Info.Name))
                    throw new InvalidOperationException(
                        $"DW1004: layer '{layer.Name}' is assigned by both '{assigned[layer.Name]}' and '{stage.Info.Name}'");
        }
    }

    /// <summary>Runs every stage in order.</summary>
    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.Process(document, cancellationToken);
        }
        return document;
    }

    /// <summary>The stage names joined, used as the extractor version stamped on every record.</summary>
    public string Signature => string.Join('+', Stages.Select(s => s.Info.Name));

    /// <summary>A Stage / Requires / Assigns table.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"stage",-22} {"requires",-34} assigns");
        foreach (var s in Stages)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Info.Name,-22} {string.Join(", ", s.Info.Requires.Select(r => r.Name)),-34} {string.Join(", ", s.Info.Assigns.Select(a => a.Name))}");
        return sb.ToString();
    }
}
