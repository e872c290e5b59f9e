using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Events;

/// <summary>
/// Fills an event frame around a trigger: who left (group), to whom, how many, where, when and who says so.
/// </summary>
public static partial class FrameFiller
{
    [GeneratedRegex(@"^[\s,]*(?:(?:over|themselves|himself|herself|up|in|their|his|her|arms|weapons|rifles)\s+)*(?:to|with|at|joined|join)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToGap();

    [GeneratedRegex(@"^[\s,]*(?:joined|join|and\s+joined)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinedGap();

    [GeneratedRegex(@"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){0,4}?(?:soldier|fighter|officer|colonel|general|commander|man|pilot|militant|member|defector|deserter|serviceman|conscript|recruit|operative|woman|teenager|boy|captain|lieutenant|sergeant|emir)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingularSubject();

    [GeneratedRegex(@"\b(?:himself|herself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reflexive();

    [GeneratedRegex(@"^(?:[A-Z][\w'’.-]+(?:\s+|(?=[,(]))){1,4}(?:\(|,|who\b|was\b|has\b|had\b|walked\b|crossed\b|defected\b|surrendered\b|deserted\b|gave\b|handed\b|turned\b|fled\b|escaped\b|left\b|quit\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedSubject();

    [GeneratedRegex(@",\s*(?<src>[^,""“”]{3,90}?)\s+(?:said|says|told|reported|announced|added|confirmed|claimed|stated)\b[^""“”]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSource();

    [GeneratedRegex(@"^(?<src>[A-Z][^,""“”]{2,90}?)\s+(?:said|says|told|reported|announced|confirmed|claimed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSource();

    [GeneratedRegex(@"\baccording\s+to\s+(?<src>[^,.;""“”]{3,80})", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    public static ExitEvent? Fill(Document doc, SentenceFacts s, EventType type, CharSpan trigger, CharSpan evidence,
        ImmutableArray<PeopleCount> counts, DocumentContext context, string? currentGroup = null)
    {
        var (group, to) = Parties(doc, s, type, trigger, counts, context, currentGroup);
        if (group is null && type != EventType.CivilianFlight) return null;
        return new ExitEvent(type, group, PickCount(s, type, trigger, counts), to, PickPlace(s, context),
            PickDate(s, trigger, context), [], Source(s.Sentence), Evidence.From(evidence, doc.Text));
    }

    private static (string? Group, string? To) Parties(Document doc, SentenceFacts s, EventType type, CharSpan trigger,
        ImmutableArray<PeopleCount> counts, DocumentContext context, string? currentGroup)
    {
        string? to = null;
        var candidates = new List<ActorMention>();
        foreach (var a in s.Actors)
        {
            if (a.Span.Start >= trigger.End && to is null && type is EventType.Surrender or EventType.Defection)
            {
                var gap = doc.Text[trigger.End..a.Span.Start];
                if (gap.Length < 60 && (ToGap().IsMatch(gap) || JoinedGap().IsMatch(gap))) { to = a.Canonical; continue; }
            }
            if (a.Span.Start >= trigger.End && a.Span.Start > trigger.End + 80) continue;
            candidates.Add(a);
        }
        // the group left: the nearest named party before the trigger, else a generic one, else the document's
        var before = candidates.Where(a => a.Span.End <= trigger.Start && a.Canonical != to && a.Kind != ActorKind.State).ToList();
        var nearest = before.LastOrDefault(a => trigger.Start - a.Span.End < 100)
            ?? candidates.FirstOrDefault(a => !a.Generic && a.Canonical != to && a.Kind != ActorKind.State && a.Span.Start >= trigger.End)
            ?? before.LastOrDefault();
        // a generic subject ("the fighters") continues the incident being told, if any
        string? group = nearest is { Generic: true } && currentGroup is not null && currentGroup != to ? currentGroup : nearest?.Canonical;
        if (type == EventType.CivilianFlight)
            group = s.Actors.FirstOrDefault(a => !a.Generic && a.Kind == ActorKind.ArmedGroup)?.Canonical ?? context.DominantGroup ?? context.DominantForce;
        if (group is null)
        {
            var soldiers = counts.Any(c => c.NounText.StartsWith("soldier", StringComparison.OrdinalIgnoreCase) || c.NounText is "troops" or "servicemen" or "conscripts");
            group = soldiers ? context.DominantForce ?? context.DominantGroup : context.DominantGroup ?? context.DominantForce;
        }
        if (group == to) to = null;
        return (group, to);
    }

    private static Count? PickCount(SentenceFacts s, EventType type, CharSpan trigger, ImmutableArray<PeopleCount> counts)
    {
        var wanted = counts.Where(c => type == EventType.CivilianFlight
            ? c.Class is PeopleClass.Civilian or PeopleClass.Person
            : c.Class is PeopleClass.Fighter or PeopleClass.Person).ToList();
        if (type == EventType.CivilianFlight && wanted.Any(c => c.Class == PeopleClass.Civilian))
            wanted = [.. wanted.Where(c => c.Class == PeopleClass.Civilian)];
        var pick = wanted.LastOrDefault(c => c.Number.Span.End <= trigger.Start && trigger.Start - c.Number.Span.End <= 70)
                   ?? wanted.FirstOrDefault(c => c.Number.Span.Start >= trigger.End && c.Number.Span.Start - trigger.End <= 40);
        if (pick is not null) return pick.Number.Count;
        var text = s.Text[s.Span.Start..trigger.End];
        if (type != EventType.CivilianFlight &&
            (Reflexive().IsMatch(s.Text[trigger.Start..trigger.End]) || SingularSubject().IsMatch(text) || NamedSubject().IsMatch(s.Sentence)))
            return Count.Exact(1);
        return null;
    }

    private static Place? PickPlace(SentenceFacts s, DocumentContext context)
    {
        var places = s.Places.Where(p => !context.InDateline(p.Span) && !Possessive(s.Text, p.Span)).ToList();
        var best = places.FirstOrDefault(p => p.Place.Precision != PlacePrecision.Country) ?? places.FirstOrDefault();
        if (best is not null) return best.Place;
        return null;
    }

    private static DateInterval? PickDate(SentenceFacts s, CharSpan trigger, DocumentContext? context = null)
    {
        var dated = s.Dates.Where(d => d.Interval is not null && (context is null || !context.InDateline(d.Span))).ToList();
        if (dated.Count == 0) return null;
        return dated.MinBy(d => Math.Min(Math.Abs(d.Span.Start - trigger.End), Math.Abs(trigger.Start - d.Span.End)))!.Interval;
    }

    private static bool Possessive(string text, CharSpan span) =>
        span.End + 1 < text.Length && text[span.End] is '\'' or '’' && text[span.End + 1] == 's';

    public static string? Source(string sentence)
    {
        var m = TrailingSource().Match(sentence);
        if (m.Success) return Clean(m.Groups["src"].Value);
        m = LeadingSource().Match(sentence);
        if (m.Success) return Clean(m.Groups["src"].Value);
        m = AccordingTo().Match(sentence);
        return m.Success ? Clean(m.Groups["src"].Value) : null;
    }

    private static string? Clean(string s)
    {
        s = s.Trim();
        if (s is "he" or "she" or "they" or "it" or "He" or "She" or "They" or "It") return null;
        return s.Length == 0 ? null : s;
    }
}
