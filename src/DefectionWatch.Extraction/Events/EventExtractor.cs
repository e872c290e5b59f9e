using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Events;

/// <summary>
/// Event frames: finds exit triggers in each sentence, drops negated, hypothetical and appeal senses,
/// then fills type, group, count, to, place, date and source from the sentence's annotations (and the
/// document's dominant actor for generic subjects). One event per incident: repeats are merged.
/// </summary>
public sealed partial class EventExtractor : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("events.v1",
        [Layers.Sentences, Layers.Tokens, Layers.Numbers, Layers.Dates, Layers.Places, Layers.Actors], Layers.Events);

    private readonly EventLexicon _lexicon;
    private readonly PeopleCounts _counts;
    private readonly FrameFiller _filler;

    public EventExtractor(EventLexicon lexicon)
    {
        _lexicon = lexicon;
        _counts = new PeopleCounts(lexicon);
        _filler = new FrameFiller();
    }

    public StageInfo Info => Descriptor;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = SentenceFacts.Of(document);
        return document.With(Layers.Events, Extract(document, sentences));
    }

    /// <summary>A trigger that survived the filters, in one sentence.</summary>
    private sealed record Hit(EventTrigger Trigger, CharSpan Span, EventType Type);

    public ImmutableArray<ExitEvent> Extract(Document doc, ImmutableArray<SentenceFacts> sentences)
    {
        var actors = doc.Get(Layers.Actors);
        if (!actors.Any(a => !a.Generic)) return []; // no armed group or force named: other senses (sport, politics)
        var context = DocumentContext.Of(doc, sentences, _lexicon);
        var events = new List<ExitEvent>();
        foreach (var s in sentences)
        {
            var hits = Hits(s, context);
            var counts = _counts.Find(s);
            var fighterHit = hits.FirstOrDefault(h => h.Type != EventType.CivilianFlight);
            if (fighterHit is not null)
            {
                var e = _filler.Fill(doc, s, sentences, fighterHit.Type, fighterHit.Span, counts, context);
                if (e is not null) events.Add(e);
            }
            var flight = hits.FirstOrDefault(h => h.Type == EventType.CivilianFlight);
            if (flight is not null)
            {
                var civilian = counts.FirstOrDefault(c => c.Class == PeopleClass.Civilian || (c.Class == PeopleClass.Person && fighterHit is null));
                if (civilian is not null || fighterHit is null)
                {
                    var e = _filler.Fill(doc, s, sentences, EventType.CivilianFlight, flight.Span,
                        civilian is null ? [] : [civilian], context);
                    if (e is not null && (e.Count is not null || fighterHit is null)) events.Add(e);
                }
            }
        }
        return Merge(events);
    }

    private List<Hit> Hits(SentenceFacts s, DocumentContext context)
    {
        var text = s.Sentence;
        var hits = new List<Hit>();
        // reprisal: a punishment and a leaving cue in one sentence; the leaving cue is not an exit itself
        var consumed = new List<(int Start, int End)>();
        var leaving = _lexicon.LeavingCues.Select(r => r.Match(text)).Where(m => m.Success).ToList();
        if (leaving.Count > 0)
        {
            foreach (var m in leaving) consumed.Add((m.Index, m.Index + m.Length));
            var punish = _lexicon.PunishCues.Select(r => r.Match(text)).FirstOrDefault(m => m.Success);
            if (punish is not null && !Denied(text, punish.Index, punish.Length))
                hits.Add(new Hit(_lexicon.Triggers[0], new CharSpan(s.Abs(punish.Index), s.Abs(punish.Index + punish.Length)), EventType.Reprisal));
        }
        foreach (var trigger in _lexicon.Triggers)
        {
            for (var m = trigger.Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (consumed.Any(c => m.Index < c.End && c.Start < m.Index + m.Length)) continue;
                if (Denied(text, m.Index, m.Length)) continue;
                if (trigger.Strength == TriggerStrength.Weak && s.Dates.All(d => d.Interval is null)) continue;
                var type = trigger.Strength switch
                {
                    TriggerStrength.Ambiguous => context.AmbiguousExitType,
                    TriggerStrength.Flight => EventType.CivilianFlight,
                    _ => trigger.Type,
                };
                hits.Add(new Hit(trigger, new CharSpan(s.Abs(m.Index), s.Abs(m.Index + m.Length)), type));
            }
        }
        // a flight verb with a fighter subject and no civilian in sight is an exit of the ambiguous kind
        hits.Sort((a, b) => Priority(a.Type).CompareTo(Priority(b.Type)) is var c && c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start));
        return hits;
    }

    private static int Priority(EventType t) => t switch
    {
        EventType.Reprisal => 0, EventType.ShamDefection => 1, EventType.Surrender => 2, EventType.Defection => 3,
        EventType.Desertion => 4, _ => 5,
    };

    private bool Denied(string sentence, int index, int length)
    {
        foreach (var f in _lexicon.Filters)
        {
            var ok = f.Scope switch
            {
                "before" => f.Pattern.IsMatch(sentence[Math.Max(0, index - 60)..index]),
                "after" => f.Pattern.IsMatch(sentence[(index + length)..Math.Min(sentence.Length, index + length + 40)]),
                _ => f.Pattern.IsMatch(sentence),
            };
            if (ok) return true;
        }
        return false;
    }

    /// <summary>One event per incident: a later mention with a compatible type, count, place and date is merged into the fuller one.</summary>
    private static ImmutableArray<ExitEvent> Merge(List<ExitEvent> events)
    {
        var kept = new List<ExitEvent>();
        foreach (var e in events)
        {
            var i = kept.FindIndex(k => Compatible(k, e));
            if (i < 0) { kept.Add(e); continue; }
            kept[i] = Fuller(kept[i], e);
        }
        return [.. kept];
    }

    private static bool Compatible(ExitEvent a, ExitEvent b) =>
        a.Type == b.Type && a.Group == b.Group &&
        (a.Count is null || b.Count is null || a.Count.Best == b.Count.Best) &&
        (a.Count is not null || b.Count is not null || a.Date is null || b.Date is null || a.Date.Overlaps(b.Date)) &&
        (a.Location is null || b.Location is null || a.Location.Name == b.Location.Name) &&
        (a.Date is null || b.Date is null || a.Date.Overlaps(b.Date));

    private static int Filled(ExitEvent e) =>
        (e.Count is null ? 0 : 2) + (e.Location is null ? 0 : 1) + (e.Date is null ? 0 : 1) + (e.To is null ? 0 : 1) + (e.Source is null ? 0 : 1);

    private static ExitEvent Fuller(ExitEvent a, ExitEvent b)
    {
        var (main, other) = Filled(b) > Filled(a) ? (b, a) : (a, b);
        return main with
        {
            Count = main.Count ?? other.Count,
            Location = main.Location ?? other.Location,
            Date = main.Date ?? other.Date,
            To = main.To ?? other.To,
            Source = main.Source ?? other.Source,
        };
    }
}
