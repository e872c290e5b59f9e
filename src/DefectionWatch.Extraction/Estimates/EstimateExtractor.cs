using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Events;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Estimates;

/// <summary>A measure rule of Resources/en/estimate-cues.tsv; a null measure means "no estimate".</summary>
public sealed record EstimateCue(string Id, Measure? Measure, PeopleClass? Class, string Window, Regex Pattern);

/// <summary>
/// Quantitative claims: each count of people whose words say what it measures (killed, strength, foreign
/// fighters, defectors, displaced…). The count of one incident's leavers belongs to its event, not to an
/// estimate; a counted civilian flight is both (extraction-format.md).
/// </summary>
public sealed partial class EstimateExtractor : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("estimates.v1",
        [Layers.Sentences, Layers.Tokens, Layers.Numbers, Layers.Dates, Layers.Places, Layers.Actors, Layers.Events], Layers.Estimates);

    private readonly ImmutableArray<EstimateCue> _cues;
    private readonly ImmutableArray<TriggerFilter> _sentenceFilters;
    private readonly PeopleCounts _counts;

    public EstimateExtractor(ResourceStore resources, EventLexicon lexicon)
    {
        _counts = new PeopleCounts(lexicon);
        _sentenceFilters = [.. lexicon.Filters.Where(f => f.Scope == "sentence" && f.Id is "neg.deny" or "neg.hypothetical")];
        _cues = [.. resources.ReadTsv("en/estimate-cues.tsv").Select(r => new EstimateCue(r.Fields[0],
            r.Fields[1] == "skip" ? null : ParseMeasure(r.Fields[1], r.Line),
            r.Fields[2] switch { "fighter" => PeopleClass.Fighter, "civilian" => PeopleClass.Civilian, "person" => PeopleClass.Person, "country" => PeopleClass.Country, _ => null },
            r.Fields[3], new Regex(r.Fields[4], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))];
    }

    public StageInfo Info => Descriptor;

    /// <summary>"the UN puts it at between 7,000 and 9,000", "security forces number roughly 300,000": a strength without a noun.</summary>
    [GeneratedRegex(@"(?:\bputs?\s+(?:it|them|its\s+strength|their\s+number|the\s+group|its\s+numbers)?\s*at|\bnumber(?:s|ed)?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareStrength();

    [GeneratedRegex(@"\bnumber\s+of\s+(?<noun>[^.;]{3,100}?)\s+at\s+[""“]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfAt();

    [GeneratedRegex(@"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubsetCue();

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = new SentenceFactsList(document);
        // which sentences hold a cardinal figure (one merged walk over two sorted layers)
        var numbers = SpanIndex.Sorted(document.Get(Layers.Numbers), n => n.Span);
        var hasFigure = new bool[sentences.Count];
        for (int i = 0, k = 0; i < sentences.Count && k < numbers.Length; )
        {
            var range = sentences.SpanAt(i);
            if (numbers[k].Span.Start < range.Start) { k++; continue; }
            if (numbers[k].Span.Start >= range.End) { i++; continue; }
            if (numbers[k].Kind == NumberKind.Cardinal && numbers[k].Span.End <= range.End) hasFigure[i] = true;
            k++;
        }
        var events = document.Get(Layers.Events);
        var actors = document.Get(Layers.Actors);
        if (actors.IsEmpty && events.IsEmpty) return document.With(Layers.Estimates, []);
        var b = ImmutableArray.CreateBuilder<Estimate>();
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!hasFigure[i]) continue; // no figure, no estimate
            if (!SentenceShape.EndsLikeASentence().IsMatch(sentences.TextAt(i))) continue; // headings, captions, "Related:" links
            var s = sentences[i];
            if (_sentenceFilters.Any(f => f.Pattern.IsMatch(s.Sentence))) continue;
            var counts = _counts.Find(s);
            var used = new HashSet<NumberMention>();
            foreach (var c in counts)
            {
                if (used.Contains(c.Number) || c.Number.Count.Best is <= 2) continue;
                if (c.Class != PeopleClass.Country && SubsetCue().IsMatch(s.Text[Math.Max(s.Span.Start, c.Number.Span.Start - 20)..c.Number.Span.Start])
                    && c.Class != PeopleClass.Civilian) continue;
                // "seventeen fighters, four of them minors": a part of a figure already counted
                if (c.NounText == "them" && counts.Any(o => o.Number.Span.End <= c.Number.Span.Start)) continue;
                var measure = Classify(s, c);
                if (measure is null) continue;
                var count = c.Number.Count;
                // "nine women and 23 children": one figure
                if (measure == Measure.Displaced && counts.FirstOrDefault(o => o != c && o.Class == PeopleClass.Civilian && o.Number.Span.Start > c.Number.Span.End
                        && o.Number.Span.Start - c.Number.Span.End < 20 && s.Text[c.Number.Span.End..o.Number.Span.Start].EndsWith(" and ", StringComparison.Ordinal)) is { } partner
                    && count is { Qualifier: CountQualifier.Exact, Value: { } x } && partner.Number.Count is { Qualifier: CountQualifier.Exact, Value: { } y })
                {
                    count = Count.Exact(x + y);
                    used.Add(partner.Number);
                }
                if (EventCarries(events, c.Number) is { } ev && !(measure == Measure.Displaced && ev.Type == EventType.CivilianFlight)) continue;
                b.Add(Build(document, s, measure.Value, count));
            }
            foreach (var (number, measure) in BareFigures(s, counts))
                if (EventCarries(events, number) is null) b.Add(Build(document, s, measure, number.Count));
        }
        return document.With(Layers.Estimates, b.ToImmutable());
    }

    private static ExitEvent? EventCarries(ImmutableArray<ExitEvent> events, NumberMention n) =>
        events.FirstOrDefault(e => e.Count == n.Count && e.AllEvidence.Any(x => x.Start <= n.Span.Start && n.Span.End <= x.End));

    private static Estimate Build(Document document, SentenceFacts s, Measure measure, Count count)
    {
        var group = s.Actors.FirstOrDefault(a => !a.Generic && a.Kind != ActorKind.State)?.Canonical ?? s.Actors.FirstOrDefault()?.Canonical;
        var date = s.Dates.FirstOrDefault(d => d.Interval is not null)?.Interval;
        var area = s.Places.Select(p => p.Place.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new Estimate(measure, group, count, area, null, date, FrameFiller.Source(s.Sentence), Evidence.From(s.Span, document.Text));
    }

    /// <summary>Figures without a people noun that the wording still makes a measure of people.</summary>
    private IEnumerable<(NumberMention Number, Measure Measure)> BareFigures(SentenceFacts s, ImmutableArray<PeopleCount> counts)
    {
        foreach (var n in s.Numbers)
        {
            if (n.Kind != NumberKind.Cardinal || counts.Any(c => c.Number == n) || n.Count.Best is <= 2) continue;
            var before = s.Text[Math.Max(s.Span.Start, n.Span.Start - 120)..n.Span.Start];
            var of = NumberOfAt().Match(before);
            if (of.Success)
            {
                var noun = of.Groups["noun"].Value;
                var measure = Regex.IsMatch(noun, @"\b(?:deserted|defected|left|surrendered|fled)\b", RegexOptions.IgnoreCase) ? Measure.Defectors
                    : Regex.IsMatch(noun, @"\b(?:killed|dead)\b", RegexOptions.IgnoreCase) ? Measure.Killed : Measure.Strength;
                yield return (n, measure);
            }
            else if (BareStrength().IsMatch(before[Math.Max(0, before.Length - 40)..])) yield return (n, Measure.Strength);
        }
    }

    private Measure? Classify(SentenceFacts s, PeopleCount c)
    {
        var text = s.Text;
        var after = text[c.Number.Span.End..Math.Min(s.Span.End, c.Number.Span.End + 120)];
        var before = text[Math.Max(s.Span.Start, c.Number.Span.Start - 100)..c.Number.Span.Start];
        var phrase = text[c.Number.Span.Start..Math.Max(c.Number.Span.End, c.Noun.End)];
        foreach (var cue in _cues)
        {
            if (cue.Class is { } cls && cls != c.Class) continue;
            var window = cue.Window switch { "after" => after, "before" => before, "phrase" => phrase, _ => s.Sentence };
            if (cue.Pattern.IsMatch(window)) return cue.Measure;
        }
        return null;
    }

    private static Measure ParseMeasure(string s, int line) => s switch
    {
        "killed" => Measure.Killed, "strength" => Measure.Strength, "foreign_fighters" => Measure.ForeignFighters,
        "origin_countries" => Measure.OriginCountries, "defectors" => Measure.Defectors, "displaced" => Measure.Displaced,
        "members_executed" => Measure.MembersExecuted, "other" => Measure.Other,
        _ => throw new FormatException($"DW2004: estimate-cues.tsv line {line}: unknown measure '{s}'"),
    };
}
