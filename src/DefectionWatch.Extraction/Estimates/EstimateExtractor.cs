using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Events;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Estimates;

/// <summary>A measure rule of Resources/en/estimate-cues.tsv.</summary>
public sealed record EstimateCue(string Id, Measure Measure, PeopleClass? Class, string Window, Regex Pattern);

/// <summary>
/// Quantitative claims: each count of people whose sentence says what it measures (killed, strength,
/// foreign fighters, defectors, displaced…). Counts of a single incident's leavers are events, not
/// estimates; a counted civilian flight is both.
/// </summary>
public sealed partial class EstimateExtractor : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("estimates.v1",
        [Layers.Sentences, Layers.Tokens, Layers.Numbers, Layers.Dates, Layers.Places, Layers.Actors, Layers.Events], Layers.Estimates);

    private readonly ImmutableArray<EstimateCue> _cues;
    private readonly PeopleCounts _counts;

    public EstimateExtractor(ResourceStore resources, EventLexicon lexicon)
    {
        _counts = new PeopleCounts(lexicon);
        _cues = [.. resources.ReadTsv("en/estimate-cues.tsv").Select(r => new EstimateCue(r.Fields[0], ParseMeasure(r.Fields[1], r.Line),
            r.Fields[2] switch { "fighter" => PeopleClass.Fighter, "civilian" => PeopleClass.Civilian, "person" => PeopleClass.Person, "country" => PeopleClass.Country, _ => null },
            r.Fields[3], new Regex(r.Fields[4], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))];
    }

    public StageInfo Info => Descriptor;

    [GeneratedRegex(@"\b(?:since|between\s+\d{4}|so\s+far|in\s+total|a\s+total|in\s+all|over\s+the\s+(?:past|last)\s+(?:year|years|decade)|to\s+date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyCue();

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = SentenceFacts.Of(document);
        var events = document.Get(Layers.Events);
        var context = document.Get(Layers.Actors);
        if (!context.Any(a => !a.Generic)) return document.With(Layers.Estimates, []);
        var b = ImmutableArray.CreateBuilder<Estimate>();
        foreach (var s in sentences)
        {
            foreach (var c in _counts.Find(s))
            {
                var measure = Classify(s, c);
                if (measure is null) continue;
                var eventHere = events.FirstOrDefault(e => e.Evidence.Start <= c.Number.Span.Start && c.Number.Span.End <= e.Evidence.End
                                                           && e.Count == c.Number.Count);
                if (eventHere is not null && measure == Measure.Defectors && !TallyCue().IsMatch(s.Sentence)) continue;
                if (eventHere is not null && measure is Measure.Strength) continue;
                var group = s.Actors.FirstOrDefault(a => !a.Generic && a.Kind != ActorKind.State)?.Canonical
                            ?? eventHere?.Group ?? s.Actors.FirstOrDefault()?.Canonical;
                var date = s.Dates.FirstOrDefault(d => d.Interval is not null)?.Interval;
                var area = s.Places.Select(p => p.Place.Country).OfType<string>().Distinct().ToImmutableArray();
                b.Add(new Estimate(measure.Value, group, c.Number.Count, area, null, date, FrameFiller.Source(s.Sentence),
                    Evidence.From(s.Span, document.Text)));
            }
        }
        return document.With(Layers.Estimates, b.ToImmutable());
    }

    private Measure? Classify(SentenceFacts s, PeopleCount c)
    {
        var text = s.Text;
        var after = text[c.Number.Span.End..Math.Min(s.Span.End, c.Number.Span.End + 120)];
        var before = text[Math.Max(s.Span.Start, c.Number.Span.Start - 100)..c.Number.Span.Start];
        foreach (var cue in _cues)
        {
            if (cue.Class is { } cls && cls != c.Class) continue;
            var window = cue.Window switch { "after" => after, "before" => before, _ => s.Sentence };
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
