using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Events;

/// <summary>
/// Event frames: finds exit triggers in each sentence, drops negated, hypothetical, appeal and
/// anaphoric senses, decides the type (from the trigger, or from who left for border crossings and
/// flight), fills group, count, to, place, date and source (<see cref="FrameFiller"/>), drops long-period
/// tallies (those are estimates) and merges repeated mentions of one incident (<see cref="IncidentMerger"/>).
/// </summary>
public sealed partial class EventExtractor : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("events.v1",
        [Layers.Sentences, Layers.Tokens, Layers.Numbers, Layers.Dates, Layers.Places, Layers.Actors], Layers.Events);

    /// <summary>Longer than this, a counted exit is a tally over a period (an estimate), not one incident.</summary>
    public const int MaxIncidentDays = 45;

    /// <summary>A counted civilian flight over a longer period than this is a displacement figure only.</summary>
    public const int MaxFlightDays = 150;

    private readonly EventLexicon _lexicon;
    private readonly PeopleCounts _counts;

    public EventExtractor(EventLexicon lexicon)
    {
        _lexicon = lexicon;
        _counts = new PeopleCounts(lexicon);
    }

    public StageInfo Info => Descriptor;

    [GeneratedRegex(@"\b(?:total\s+number\s+of|estimates?\s+of|tally|tallies|in\s+total|a\s+total\s+of\s+more|so\s+far\s+this\s+year|to\s+date|statistics)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TallyCue();

    [GeneratedRegex(@"\b(?:soldiers|troops|militants|insurgents|fighters|servicemen|army|military|militia|rebels|jihadists|guerrillas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MilitaryWords();

    [GeneratedRegex(@"\b(?:have|has)\s+(?:\w+\s+)?(?:deserted|defected|surrendered|left|fled|given\s+themselves|handed\s+themselves|joined)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerfectTense();

    [GeneratedRegex(@"\bsince\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceCue();

    [GeneratedRegex(@"^\s*(?:They|He|She|The\s+(?:men|two|three|soldiers|fighters))\b[^.]{0,120}?\b(?:were|was)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpSubject();

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        return document.With(Layers.Events, Extract(document, new SentenceFactsList(document), cancellationToken));
    }

    /// <summary>A trigger that survived the filters, in one sentence.</summary>
    private sealed record Hit(EventTrigger? Trigger, CharSpan Span, EventType Type, TriggerStrength Strength, CharSpan Evidence);

    public ImmutableArray<ExitEvent> Extract(Document doc, SentenceFactsList sentences, CancellationToken ct = default)
    {
        // no armed group, force or military words at all: other senses (sport, politics, products)
        if (!doc.Get(Layers.Actors).Any() && !MilitaryWords().IsMatch(doc.Text)) return [];
        var context = DocumentContext.Of(doc, sentences);
        var events = new List<Frame>();
        string? lastGroup = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var sentenceText = sentences.TextAt(i);
            if (!SentenceShape.EndsLikeASentence().IsMatch(sentenceText)) continue; // headings, captions, list items, bylines
            if (!_lexicon.AnyCue.IsMatch(sentenceText)) continue;
            var s = sentences[i];
            var counts = _counts.Find(s);
            var hits = Hits(s, i + 1 < sentences.Count ? sentences[i + 1] : null, context, counts);
            var taken = new HashSet<EventType>();
            foreach (var hit in hits)
            {
                // one exit per sentence, plus a reprisal or a counted civilian flight told alongside it
                if (taken.Contains(hit.Type)) continue;
                if (taken.Count > 0 && taken.Any(t => t is not (EventType.Reprisal or EventType.CivilianFlight)) &&
                    hit.Type is not (EventType.Reprisal or EventType.CivilianFlight)) continue;
                var frame = FrameFiller.Fill(doc, s, hit.Type, hit.Span, hit.Evidence, counts, context, lastGroup,
                    i > 0 ? sentences[i - 1] : null, events.LastOrDefault()?.Event.Location, events.LastOrDefault()?.Event.Date);
                if (frame is null || !Plausible(frame, hit, s, doc.Published)) continue;
                events.Add(frame);
                // "316 fighters and 847 of their wives and children have handed themselves over": the families are a civilian flight of their own
                if (frame.Event.Type is EventType.Surrender or EventType.Defection && !taken.Contains(EventType.CivilianFlight) &&
                    counts.FirstOrDefault(c => c.Class == PeopleClass.Civilian && c.Number.Count != frame.Event.Count) is { } families)
                {
                    events.Add(frame with { Event = frame.Event with { Type = EventType.CivilianFlight, Count = families.Number.Count, To = null, Mentions = default } });
                    taken.Add(EventType.CivilianFlight);
                }
                if (frame.Event.Type != EventType.CivilianFlight) lastGroup = frame.Event.Group;
                taken.Add(hit.Type);
            }
        }
        return IncidentMerger.Merge(events);
    }

    private bool Plausible(Frame frame, Hit hit, SentenceFacts s, DateOnly? published)
    {
        var e = frame.Event with { Date = frame.OwnDate };
        if (e.Type == EventType.CivilianFlight) return e.Count is not null && (e.Date is null || e.Date.Days <= MaxFlightDays);
        if (hit.Strength == TriggerStrength.Flight && (e.Count is null || e.Count.Best == 1)) return false; // "the commanders had fled": no counted exit
        // a reprisal told with no count, time or place is a generalisation ("the group kills those who try to leave")
        if (e.Type == EventType.Reprisal)
            return (e.Count is not null || e.Date is not null || s.Places.Length > 0) &&
                   !(e.Count is { } rc && rc.Best > 1 && e.Date is not null && e.Date.Days > MaxIncidentDays); // "has killed 40 of its members since January": an estimate
        var many = e.Count is not null && e.Count.Best != 1;
        var longPeriod = (many && e.Date is not null && e.Date.Days > MaxIncidentDays) || (e.Date is not null && e.Date.Days > 366);
        // "have given themselves up since the offer in early September": a running tally, not one incident
        if (SinceCue().IsMatch(s.Sentence) && e.Date is not null && published is { } p && p.DayNumber - e.Date.Start.DayNumber > MaxIncidentDays && many) return false;
        if (longPeriod || TallyCue().IsMatch(s.Sentence)) return false;
        if (e.Date is null && SinceCue().IsMatch(s.Sentence)) return false;
        // "soldiers who have deserted the army" with no time: a running figure, not an incident
        if (many && e.Date is null && s.Dates.IsEmpty && PerfectTense().IsMatch(s.Sentence)) return false;
        if (hit.Strength == TriggerStrength.Weak && (e.Count is null || e.Date is null)) return false;
        return true;
    }

    private List<Hit> Hits(SentenceFacts s, SentenceFacts? next, DocumentContext context, ImmutableArray<PeopleCount> counts)
    {
        var text = s.Sentence;
        var hits = new List<Hit>();
        var consumed = new List<(int Start, int End)>();
        // reprisal: a punishment and a leaving cue, in one sentence or with the punishment told next ("They were caught and shot")
        var leaving = _lexicon.LeavingCues.Select(r => r.Match(text)).Where(m => m.Success).ToList();
        if (leaving.Count > 0)
        {
            foreach (var m in leaving) consumed.Add((m.Index, m.Index + m.Length));
            var punish = _lexicon.PunishCues.Select(r => r.Match(text)).FirstOrDefault(m => m.Success && !Overlaps(consumed, m));
            if (punish is not null && !Denied(text, punish.Index, punish.Length))
                hits.Add(new Hit(null, new CharSpan(s.Abs(punish.Index), s.Abs(punish.Index + punish.Length)), EventType.Reprisal, TriggerStrength.Strong, s.Span));
            else if (next is not null && FollowUpSubject().IsMatch(next.Sentence))
            {
                var p2 = _lexicon.PunishCues.Select(r => r.Match(next.Sentence)).FirstOrDefault(m => m.Success);
                if (p2 is not null)
                    hits.Add(new Hit(null, new CharSpan(next.Abs(p2.Index), next.Abs(p2.Index + p2.Length)), EventType.Reprisal, TriggerStrength.Strong,
                        s.Span.Union(next.Span)));
            }
        }
        foreach (var trigger in _lexicon.Triggers)
        {
            for (var m = trigger.Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (Overlaps(consumed, m)) continue;
                var span = new CharSpan(s.Abs(m.Index), s.Abs(m.Index + m.Length));
                if (context.InQuotation(span) || Denied(text, m.Index, m.Length)) continue;
                var type = trigger.Strength switch
                {
                    TriggerStrength.Ambiguous or TriggerStrength.Flight => TypeBySubject(trigger, span, counts, s, context),
                    _ => trigger.Type,
                };
                // "six women and nine children walked out of the jungle": who left decides
                if (type is EventType.Desertion or EventType.Defection &&
                    counts.LastOrDefault(c => c.Number.Span.End <= span.Start && span.Start - c.Number.Span.End < 80) is { Class: PeopleClass.Civilian })
                    type = EventType.CivilianFlight;
                if (type is null) continue;
                hits.Add(new Hit(trigger, span, type.Value, trigger.Strength, s.Span));
            }
        }
        hits.RemoveAll(h => h.Strength != TriggerStrength.Strong && hits.Any(o => o.Strength == TriggerStrength.Strong && o.Type != EventType.Reprisal && o.Span.Overlaps(h.Span)));
        hits.Sort((a, b) => Priority(a).CompareTo(Priority(b)) is var c && c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start));
        return hits;
    }

    private static bool Overlaps(List<(int Start, int End)> consumed, Match m) =>
        consumed.Any(c => m.Index < c.End && c.Start < m.Index + m.Length);

    /// <summary>Border crossings and flight: civilians flee (civilian_flight); members of a force desert or defect.</summary>
    private static EventType? TypeBySubject(EventTrigger trigger, CharSpan span, ImmutableArray<PeopleCount> counts, SentenceFacts s, DocumentContext context)
    {
        var near = counts.Where(c => c.Number.Span.End <= span.Start && span.Start - c.Number.Span.End < 80).LastOrDefault()
                   ?? counts.FirstOrDefault(c => c.Number.Span.Start >= span.End && c.Number.Span.Start - span.End < 40);
        var cls = near?.Class;
        if (cls is null)
        {
            // no counted group: look at the people words before the trigger
            var before = s.Text[s.Span.Start..span.Start];
            if (Regex.IsMatch(before, @"\b(?:civilians|residents|families|refugees|villagers|people|women|children|relatives)\b", RegexOptions.IgnoreCase)) cls = PeopleClass.Civilian;
            else if (s.Actors.Any(a => a.Span.End <= span.Start && a.Kind != ActorKind.State)) cls = PeopleClass.Fighter;
        }
        return cls switch
        {
            PeopleClass.Civilian or PeopleClass.Person => EventType.CivilianFlight,
            PeopleClass.Fighter => trigger.Type == EventType.CivilianFlight ? context.AmbiguousExitType
                : trigger.Strength == TriggerStrength.Ambiguous && trigger.Type != EventType.CivilianFlight ? context.AmbiguousExitType : trigger.Type,
            _ => trigger.Type == EventType.CivilianFlight ? null : context.AmbiguousExitType,
        };
    }

    private static int Priority(Hit h) => (h.Type switch
    {
        EventType.Reprisal => 0, EventType.ShamDefection => 1, EventType.Surrender => 2, EventType.Defection => 3,
        EventType.Desertion => 4, _ => 5,
    }) * 3 + (h.Strength == TriggerStrength.Strong ? 0 : h.Strength == TriggerStrength.Weak ? 2 : 1);

    private bool Denied(string sentence, int index, int length)
    {
        foreach (var f in _lexicon.Filters)
        {
            var ok = f.Scope switch
            {
                "before" => f.Pattern.IsMatch(sentence[Math.Max(0, index - 60)..index]),
                "self" => f.Pattern.IsMatch(sentence[Math.Max(0, index - 25)..(index + length)]),
                _ => f.Pattern.IsMatch(sentence),
            };
            if (ok) return true;
        }
        return false;
    }
}
