using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Dates;

/// <summary>
/// Temporal expression stage (HeidelTime / Recognizers-Text style): <see cref="DateDetector"/> finds the
/// expressions and their underspecified values, <see cref="DateResolver"/> resolves them against the
/// publication date. No clock is read: without a publication date only absolute expressions resolve.
/// </summary>
public sealed class DateRecogniser : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("dates.v1", [], Layers.Dates);

    private readonly DateDetector _detector;

    public DateRecogniser(ResourceStore resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _detector = new DateDetector(new DateLexicon(resources));
    }

    public StageInfo Info => Descriptor;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layers.Dates, Recognise(document.Text, document.Published));
    }

    /// <summary>The expressions found in <paramref name="text"/> (detection only, values unresolved).</summary>
    public IReadOnlyList<DetectedDate> Detect(string text) => _detector.Detect(text ?? string.Empty);

    /// <summary>The temporal expressions of <paramref name="text"/>, in text order, resolved against <paramref name="published"/>.</summary>
    public ImmutableArray<DateMention> Recognise(string text, DateOnly? published)
    {
        var detected = _detector.Detect(text ?? string.Empty);
        var result = ImmutableArray.CreateBuilder<DateMention>(detected.Count);
        foreach (var d in detected)
            result.Add(new DateMention(d.Span, DateResolver.Resolve(d.Value, published), d.Rule));
        return result.MoveToImmutable();
    }
}
