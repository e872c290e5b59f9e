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
/// <summary>An event frame and what its own sentence said of time and place (before falling back on the context).</summary>
public sealed record Frame(ExitEvent Event, DateInterval? OwnDate, Place? OwnPlace);

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

    public static Frame? Fill(Document doc, SentenceFacts s, EventType type, CharSpan trigger, CharSpan evidence,
        ImmutableArray<PeopleCount> counts, DocumentContext context, string? currentGroup = null,
        SentenceFacts? previous = null, Place? currentPlace = null, DateInterval? currentDate = null)
    {
        var (group, to) = Parties(doc, s, type, trigger, counts, context, currentGroup);
        var count = PickCount(s, type, trigger, counts);
        if (group is null && type != EventType.CivilianFlight && count is null) return null;
        var ownDate = PickDate(s, trigger, context);
        var ownPlace = Best(s, context, trigger, allowNearDateline: true);
        var e = new ExitEvent(type, group, count, to, PickPlace(s, trigger, context, previous, currentPlace),
            ownDate ?? PreviousDate(previous, context) ?? currentDate, [], Source(WithoutDateline(s, context)), Evidence.From(evidence, doc.Text));
        return new Frame(e, ownDate, ownPlace);
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
        // the group left: the nearest party before the trigger (a generic subject such as "the fighters" continues
        // the incident being told when it is of the same kind), else the first named one after it, else the document's
        var before = candidates.Where(a => a.Span.End <= trigger.Start && a.Canonical != to && a.Kind != ActorKind.State).ToList();
        var nearest = before.LastOrDefault(a => trigger.Start - a.Span.End < 100)
            ?? candidates.FirstOrDefault(a => !a.Generic && a.Canonical != to && a.Kind != ActorKind.State && a.Span.Start >= trigger.End)
            ?? before.LastOrDefault();
        string? group = nearest?.Canonical;
        if (nearest is { Generic: true } && currentGroup is not null && currentGroup != to &&
            s.Actors.Concat(doc.Get(Layers.Actors)).FirstOrDefault(a => a.Canonical == currentGroup)?.Kind == nearest.Kind)
            group = currentGroup;
        if (type == EventType.CivilianFlight)
            group = s.Actors.FirstOrDefault(a => !a.Generic && a.Kind == ActorKind.ArmedGroup && a.Canonical != to)?.Canonical
                    ?? Fallbacks(context, currentGroup, armedFirst: true).FirstOrDefault(g => g != to);
        if (group is null || group == to)
        {
            var soldiers = counts.Any(c => c.NounText.StartsWith("soldier", StringComparison.OrdinalIgnoreCase) || c.NounText is "troops" or "servicemen" or "conscripts");
            group = Fallbacks(context, currentGroup, armedFirst: !soldiers).FirstOrDefault(g => g != to);
        }
        if (group == to) to = null;
        return (group, to);
    }

    private static IEnumerable<string> Fallbacks(DocumentContext context, string? currentGroup, bool armedFirst)
    {
        if (currentGroup is not null) yield return currentGroup;
        var (first, second) = armedFirst ? (context.DominantGroup, context.DominantForce) : (context.DominantForce, context.DominantGroup);
        if (first is not null) yield return first;
        if (second is not null) yield return second;
    }

    [GeneratedRegex(@"\b(?:including|among\s+them|among\s+whom|of\s+whom|among\s+those|of\s+them)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubsetCue();

    [GeneratedRegex(@";|\bwhile\b|\bbut\b|\bwhereas\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:by|of|with|from|to|for)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"(?:\bwith|\b(?:officer|colonel|captain|lieutenant|commander|general|major|sergeant)\s+and)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeaderAndMen();

    [GeneratedRegex(@"\b(?:he|she)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"\bwith\s+(?:his|her|their)\s+(?:men|fighters|unit|followers|bodyguards|family)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithHisMen();

    private static Count? PickCount(SentenceFacts s, EventType type, CharSpan trigger, ImmutableArray<PeopleCount> counts)
    {
        var wanted = counts.Where(c => type == EventType.CivilianFlight
            ? c.Class is PeopleClass.Civilian or PeopleClass.Person
            : c.Class is PeopleClass.Fighter or PeopleClass.Person).ToList();
        if (type == EventType.CivilianFlight && wanted.Any(c => c.Class == PeopleClass.Civilian))
            wanted = [.. wanted.Where(c => c.Class == PeopleClass.Civilian)];
        // subsets ("including two commanders", "six members …, two of them women") are not the count of the group
        wanted = [.. wanted.Where(c => !SubsetCue().IsMatch(s.Text[Math.Max(s.Span.Start, c.Number.Span.Start - 20)..c.Number.Span.Start])
                                       && !(c.NounText == "them" && counts.Any(o => o.Number.Span.End <= c.Number.Span.Start)))];
        var pick = wanted.LastOrDefault(c => c.Number.Span.End <= trigger.Start && trigger.Start - c.Number.Span.End <= 130
                                             && !ClauseBreak().IsMatch(s.Text[c.Number.Span.End..trigger.Start]))
                   ?? wanted.FirstOrDefault(c => c.Number.Span.Start >= trigger.End && c.Number.Span.Start - trigger.End <= 40);
        if (pick is not null)
        {
            var count = pick.Number.Count;
            var singularLead = SingularLead(s, trigger);
            // "a colonel defected with 14 of his men", "a captain and 11 soldiers": the leader and his men
            if (singularLead && count.Value is { } v && count.Qualifier == CountQualifier.Exact &&
                LeaderAndMen().IsMatch(s.Text[Math.Max(s.Span.Start, pick.Number.Span.Start - 40)..pick.Number.Span.Start]))
                return Count.Exact(v + 1);
            // "nine women and 23 children": one group of civilians
            if (type == EventType.CivilianFlight)
            {
                var partner = wanted.FirstOrDefault(c => c != pick && c.Class == PeopleClass.Civilian &&
                    (Between(s.Text, pick.Number.Span.End, c.Number.Span.Start) || Between(s.Text, c.Number.Span.End, pick.Number.Span.Start)));
                if (partner is not null && count.Value is { } a && partner.Number.Count.Value is { } b)
                    return count.Qualifier == CountQualifier.Exact && partner.Number.Count.Qualifier == CountQualifier.Exact ? Count.Exact(a + b) : count;
            }
            // "three brigadier generals … and three others"
            var others = counts.FirstOrDefault(c => c.Number.Span.Start > pick.Number.Span.End && c.NounText is "others" or "more"
                && c.Number.Span.Start - pick.Number.Span.End < 80 && s.Text[pick.Number.Span.End..c.Number.Span.Start].Contains(" and ", StringComparison.Ordinal));
            if (others is not null && count.Value is { } x && others.Number.Count.Value is { } y && count.Qualifier == CountQualifier.Exact)
                return Count.Exact(x + y);
            return count;
        }
        // "Kurdish officials put the number of fighters who gave themselves up at nearly 1,000"
        var numberOf = NumberOfAt().Match(s.Sentence);
        if (numberOf.Success)
        {
            var at = s.Abs(numberOf.Groups["n"].Index);
            var n = s.Numbers.FirstOrDefault(x => x.Span.Start >= at && x.Span.Start <= at + 2 && x.Kind == NumberKind.Cardinal);
            if (n is not null) return n.Count;
        }
        if (type == EventType.Reprisal)
            return SingularSubject().Match(s.Text[trigger.End..Math.Min(Math.Max(s.Span.End, trigger.End), trigger.End + 40)]) is { Success: true, Index: < 3 } ? Count.Exact(1) : null; // the trigger may sit in the next sentence
        if (type is EventType.CivilianFlight) return null;
        if (WithHisMen().IsMatch(s.Sentence)) return null; // "Gana, who surrendered with his men": how many is not said
        // "… gave himself up …, together with five of his followers": the leader and his men
        var companions = wanted.FirstOrDefault(c => c.Number.Count is { Qualifier: CountQualifier.Exact } &&
            LeaderAndMen().IsMatch(s.Text[Math.Max(s.Span.Start, c.Number.Span.Start - 40)..c.Number.Span.Start]));
        if (companions?.Number.Count.Value is { } followers && (Reflexive().IsMatch(s.Text[trigger.Start..trigger.End]) || SingularLead(s, trigger)))
            return Count.Exact(followers + 1);
        if (Reflexive().IsMatch(s.Text[trigger.Start..trigger.End]) || SingularLead(s, trigger) || NamedLead(s, trigger) ||
            PronounBefore().IsMatch(s.Text[Math.Max(s.Span.Start, trigger.Start - 25)..trigger.Start]))
            return Count.Exact(1);
        return null;
    }

    /// <summary>The clause before the trigger has a singular subject ("a Syrian army colonel", "an officer") not governed by a preposition.</summary>
    private static bool SingularLead(SentenceFacts s, CharSpan trigger)
    {
        var text = s.Text[s.Span.Start..trigger.Start];
        foreach (Match m in SingularSubject().Matches(text))
            if (!PrepositionBefore().IsMatch(text[..m.Index]) && !ReportingVerb().IsMatch(text[(m.Index + m.Length)..])) return true;
        return false;
    }

    [GeneratedRegex(@"\bnumber\s+of\s+[^.;]{3,120}?\s+at\s+[""“]?(?<n>\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberOfAt();

    [GeneratedRegex(@"\b(?:said|told|tells|wrote|writes|reported|reports|according|that|claimed|announced)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"^(?:They|We|Some|Many|Most|Others|Both|All|These|Those|Several|Two|Three|Four|Five)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PluralLead();

    /// <summary>The sentence opens with a name (not a place or an actor) that is the subject of the trigger.</summary>
    private static bool NamedLead(SentenceFacts s, CharSpan trigger)
    {
        var m = NamedSubject().Match(s.Sentence);
        if (!m.Success || PluralLead().IsMatch(s.Sentence)) return false;
        var nameEnd = s.Span.Start + m.Length;
        if (s.Places.Any(p => p.Span.Start < nameEnd && p.Span.Start <= s.Span.Start + 2) ||
            s.Actors.Any(a => a.Span.Start <= s.Span.Start + 2)) return false;
        return nameEnd <= trigger.Start && !ReportingVerb().IsMatch(s.Text[nameEnd..trigger.Start]);
    }

    private static bool Between(string text, int from, int to) =>
        from <= to && to - from <= 12 && text[from..to].Trim(' ', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries) is var w &&
        w.Length >= 1 && w[^1] == "and" && w.Length <= 3;

    /// <summary>
    /// Where: the most precise place of the sentence (city, then region, then country; not a dateline, not a
    /// possessive or compound modifier such as "Russia's" or "U.S.-backed"); a country alone gives way to a
    /// place inside it from the previous sentence or the incident being told; with no place, those are used.
    /// </summary>
    private static Place? PickPlace(SentenceFacts s, CharSpan trigger, DocumentContext context, SentenceFacts? previous, Place? currentPlace)
    {
        var best = Best(s, context, trigger, allowNearDateline: true);
        var nearby = previous is null ? null : Best(previous, context, null, allowNearDateline: false);
        if (nearby is { Precision: PlacePrecision.Country }) nearby = null;
        nearby ??= currentPlace;
        if (best is null) return nearby;
        if (best.Precision == PlacePrecision.Country && nearby is not null && nearby.Country == best.Country) return nearby;
        return best;
    }

    /// <summary>
    /// The place of a frame: the first place after the trigger ("surrendered … in Baidoa", "crossed into Hatay
    /// province"), else the last one before it; below country level when there is one. Reference points
    /// ("north of Mogadishu", "40 km from Kirkuk") are not where things happened.
    /// </summary>
    private static Place? Best(SentenceFacts s, DocumentContext context, CharSpan? trigger, bool allowNearDateline)
    {
        var places = s.Places.Where(p => (!context.InDateline(p.Span) || (allowNearDateline && context.IsNearDateline(p.Span))) && !context.InQuotation(p.Span)
                                         && !(p.Place.Precision == PlacePrecision.Country && Possessive(s.Text, p.Span)) && !Modifier(s.Text, p.Span)).ToList();
        // "Faryab's Almar district": the place inside the possessive one
        places.RemoveAll(p => Possessive(s.Text, p.Span) && places.Any(q => q.Span.Start > p.Span.End && q.Span.Start - p.Span.End <= 4));
        if (places.Count == 0) return null;
        var at = trigger?.End ?? s.Span.Start;
        var attribution = AttributionStart(s);
        var ordered = places.Where(p => p.Span.Start >= at).Concat(places.Where(p => p.Span.Start < at).Reverse())
            .OrderBy(p => ReferencePoint(s.Text, p.Span) || p.Span.Start >= attribution ? 1 : 0).ToList();
        return (ordered.FirstOrDefault(p => p.Place.Precision != PlacePrecision.Country) ?? ordered[0]).Place;
    }

    /// <summary>Where a trailing attribution (", officials in X said", "…, an army spokesman told reporters in Y") begins.</summary>
    private static int AttributionStart(SentenceFacts s)
    {
        var m = TrailingSource().Match(s.Sentence);
        if (m.Success) return s.Abs(m.Groups["src"].Index);
        var r = ReportingTail().Match(s.Sentence);
        return r.Success ? s.Abs(r.Index) : s.Span.End;
    }

    [GeneratedRegex(@"\b(?:said|told|reported|announced)\b(?![^.]*\b(?:that|had|have|has)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingTail();

    [GeneratedRegex(@"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|km|kilometres|kilometers|miles)\s+(?:of|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceCue();

    private static bool ReferencePoint(string text, CharSpan span) =>
        ReferenceCue().IsMatch(text.AsSpan(Math.Max(0, span.Start - 30), Math.Min(30, span.Start)).ToString());

    private static bool Modifier(string text, CharSpan span) =>
        (span.End < text.Length && text[span.End] == '-') || FeaturePrefix().IsMatch(text.AsSpan(Math.Max(0, span.Start - 12), Math.Min(12, span.Start)).ToString());

    /// <summary>"Lake Chad", "Mount Sinjar", "Gulf of Aden": a natural feature named after a place is not that place.</summary>
    [GeneratedRegex(@"\b(?:Lake|Mount|Mt\.?|River|Gulf\s+of|Sea\s+of|Bay\s+of)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex FeaturePrefix();

    private static DateInterval? PickDate(SentenceFacts s, CharSpan trigger, DocumentContext? context = null)
    {
        var dated = s.Dates.Where(d => d.Interval is not null && (context is null || !context.InDateline(d.Span))).ToList();
        if (dated.Count == 0) return null;
        return dated.MinBy(d => Math.Min(Math.Abs(d.Span.Start - trigger.End), Math.Abs(trigger.Start - d.Span.End)))!.Interval;
    }

    private static bool Possessive(string text, CharSpan span) =>
        span.End + 1 < text.Length && text[span.End] is '\'' or '’' && text[span.End + 1] == 's';

    /// <summary>A date of the sentence before (same paragraph), for a sentence that continues its story.</summary>
    private static DateInterval? PreviousDate(SentenceFacts? previous, DocumentContext context)
    {
        if (previous is null) return null;
        var gap = previous.Text.AsSpan(previous.Span.End, Math.Max(0, Math.Min(4, previous.Text.Length - previous.Span.End)));
        if (gap.Contains('\n')) return null;
        return previous.Dates.LastOrDefault(d => d.Interval is not null && !context.InDateline(d.Span))?.Interval;
    }

    private static string WithoutDateline(SentenceFacts s, DocumentContext context)
    {
        var dateline = context.Datelines.FirstOrDefault(d => d.Start <= s.Span.Start && d.End > s.Span.Start && d.End < s.Span.End);
        return dateline == default ? s.Sentence : s.Text[dateline.End..s.Span.End];
    }

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
