using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Motives;

namespace DefectionWatch.Extraction;

/// <summary>
/// Builds the record of the format from an annotated document, applying the record-level conventions:
/// an event's motives are those stated around its evidence (reprisals have none); quotes and motives are
/// reported only for documents that carry an event or an estimate (elsewhere they are not about exits).
/// </summary>
public sealed class RecordAssembler(MotiveCoder motives)
{
    public ExtractionRecord Assemble(Document doc, string extractorVersion)
    {
        var events = doc.GetOrEmpty(Layers.Events);
        var estimates = doc.GetOrEmpty(Layers.Estimates);
        var relevant = events.Length > 0 || estimates.Length > 0;
        var withMotives = events.Select(e => e.Type == EventType.Reprisal
            ? e
            : e with { Motives = [.. motives.CodesFor(new Core.Text.CharSpan(e.Evidence.Start, e.Evidence.End), doc).Distinct(StringComparer.Ordinal)] })
            .ToImmutableArray();
        return new ExtractionRecord(
            doc.Info,
            withMotives,
            estimates,
            relevant ? FirstOfEachCode(doc.GetOrEmpty(Layers.Motives)) : [],
            doc.GetOrEmpty(Layers.People),
            relevant ? doc.GetOrEmpty(Layers.Quotes) : [],
            extractorVersion);
    }

    /// <summary>The motives layer holds every statement; the record gives the first evidence of each code.</summary>
    private static ImmutableArray<Motive> FirstOfEachCode(ImmutableArray<Motive> all)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. all.Where(m => seen.Add(m.Code))];
    }
}
