using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Numbers;

/// <summary>
/// Finds numbers and quantity phrases ("more than 1,000", "some 1,300", "nearly a thousand",
/// "between 1,500 and 2,000", "several dozen", "twenty-three (23)") and says what each measures
/// (<see cref="NumberKind"/>): only <see cref="NumberKind.Cardinal"/> mentions may count people.
/// <para>
/// A mention's span covers the hedge, the figure and signs that belong to it ("$", "%", "per cent",
/// "-year-old", "a.m.") but not the noun after it ("fighters", "km", "naira"). Its <c>Count</c> follows
/// COUNT in extraction-format.md: hedges give approx/at_least/at_most, ranges give range, figure-less
/// phrases ("dozens", "thousands") give vague with the spec's bounds.
/// </para>
/// <para>
/// Decisions: bare four-digit figures 1900-2099 without a hedge or separator are years ("in 2014",
/// "2000 GMT" is a time); day numbers next to a month ("Dec. 1", "1 December", "the 9th") are
/// <see cref="NumberKind.Ordinal"/> (rule <c>ordinal.day-of-month</c>); ISO and slashed dates are one
/// <see cref="NumberKind.Year"/> mention; durations ("two days") are measures; decimals without a scale
/// are rounded ("2.4 percent" = 2); "a few" and "several" alone are not counts; "one" counts only in
/// counting position ("one soldier", not "one of them", "no one").
/// </para>
/// Word lists are in Resources/en/numbers-*.tsv. One pass over a light tokenisation of the text.
/// </summary>
public sealed class NumberRecogniser : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("numbers.v1", [], Layers.Numbers);

    private readonly NumberLexicon _lexicon;

    public NumberRecogniser(ResourceStore resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _lexicon = NumberLexicon.Load(resources);
    }

    public StageInfo Info => Descriptor;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layers.Numbers, Recognise(document.Text));
    }

    /// <summary>The number mentions of <paramref name="text"/>, sorted and non-overlapping.</summary>
    public ImmutableArray<NumberMention> Recognise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var toks = NumberTokenizer.Tokenize(text);
        var scanner = new NumberScanner(text, toks, _lexicon);
        var result = ImmutableArray.CreateBuilder<NumberMention>();
        var i = 0;
        while (i < toks.Count)
        {
            if (scanner.TryAt(i, out var mention, out var next) && mention is not null) result.Add(mention);
            i = next > i ? next : i + 1;
        }
        return result.ToImmutable();
    }
}
