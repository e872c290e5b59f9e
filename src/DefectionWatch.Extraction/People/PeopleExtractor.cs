using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;
using DefectionWatch.Extraction.Quotes;

namespace DefectionWatch.Extraction.People;

/// <summary>
/// Named individuals reported as having left (or posing as defectors). A name counts when it is the
/// subject of a leaving verb ("X, 26, crossed into Norway", "Nuzhin had earlier surrendered"), is
/// introduced as a leaver's own name ("one former fighter, who gave his name as Modu"), or stands in a
/// sentence about leaving without an official's description ("spokesman", "researcher", "leader") next to
/// it. A later surname or shorter form is the same person; spelling variants and aliases given by the
/// text are not new people. Each person is linked to the event whose evidence mentions them (or the
/// nearest exit event); the role follows that event's type. Cues live in <c>en/people-cues.tsv</c>.
/// </summary>
public sealed partial class PeopleExtractor : IStage
{
    public static readonly StageInfo Descriptor =
        StageInfo.Create("people.v2", [Layers.Sentences, Layers.Actors, Layers.Events], Layers.People);

    private readonly PersonNameRecogniser _names;
    private readonly Regex _exit;
    private readonly Regex _weak;
    private readonly Regex _variant;
    private readonly Regex _block;

    public PeopleExtractor(ResourceStore resources)
    {
        _names = new PersonNameRecogniser(resources);
        _exit = PersonNameRecogniser.CueRegex(resources, "exit", RegexOptions.IgnoreCase);
        _weak = PersonNameRecogniser.CueRegex(resources, "weak", RegexOptions.IgnoreCase);
        _variant = PersonNameRecogniser.CueRegex(resources, "variant", RegexOptions.IgnoreCase);
        _block = PersonNameRecogniser.CueRegex(resources, "block", RegexOptions.IgnoreCase);
    }

    public StageInfo Info => Descriptor;

    public Document Process(Document document, CancellationToken cancellationToken = default) =>
        document.With(Layers.People, Extract(document.Text, document.Get(Layers.Sentences), document.Get(Layers.Events),
            document.GetOrEmpty(Layers.Actors)));

    private sealed class Candidate(string name, int first)
    {
        public string Name { get; } = name;
        public int First { get; } = first;
        public List<int> Positions { get; } = [];
        public bool Office { get; set; }
        public bool Strong { get; set; }
        public bool Soft { get; set; }
        public bool Cue { get; set; }
        public int CuePosition { get; set; } = -1;
        public string? Nationality { get; set; }
    }

    [GeneratedRegex(@"^\s*(?:,\s*[^,]{1,160}?,|\([^)]{1,60}\)|,\s*\d{1,2},)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AppositionRegex();

    [GeneratedRegex(@"\b(?:in|at|near|from|to|into|across|outside|inside|towards|toward|around|via)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlacePrepositionRegex();

    /// <summary>The people of one document, given its sentences, exit events and (optionally) actor mentions:
    /// a name that is an actor of the codebook is not a person, and a name described as belonging to another
    /// side's forces ("X, the SNA commander in the district") is an official.</summary>
    public ImmutableArray<Person> Extract(string text, ImmutableArray<Sentence> sentences, ImmutableArray<ExitEvent> events,
        ImmutableArray<ActorMention> actors = default)
    {
        if (events.IsDefaultOrEmpty || !events.Any(e => IsLeaverType(e.Type))) return [];
        if (actors.IsDefault) actors = [];
        var plain = BlankQuotes(text);
        var people = new List<Candidate>();
        var leftGroups = events.Where(e => IsLeaverType(e.Type) && e.Group is not null).Select(e => e.Group!).ToHashSet(StringComparer.Ordinal);
        var eventSentences = new bool[sentences.Length];
        for (var i = 0; i < sentences.Length; i++)
            eventSentences[i] = events.Any(e => IsLeaverType(e.Type) && sentences[i].Span.Overlaps(new CharSpan(e.Evidence.Start, e.Evidence.End)));
        for (var si = 0; si < sentences.Length; si++)
        {
            var sentence = sentences[si];
            var s = sentence.Span;
            var nearEvent = eventSentences[si] || (si > 0 && eventSentences[si - 1]) || (si + 1 < sentences.Length && eventSentences[si + 1]);
            var sText = plain.Substring(s.Start, s.Length);
            var variant = _variant.Match(sText);
            var variantFrom = variant.Success ? s.Start + variant.Index : int.MaxValue;
            var weak = _weak.IsMatch(sText);
            var mentions = new List<(int Start, int End, string Name, bool Intro, bool Office, bool Person)>();
            foreach (var (index, name) in IntroducedWithLists(sText))
                mentions.Add((s.Start + index, s.Start + index + name.Length, name, true, false, true));
            var ranked = new HashSet<int>();
            foreach (var n in _names.Find(plain, s))
            {
                if (mentions.Any(m => m.Intro && n.Span.Start < m.End && m.Start < n.Span.End + 8)) continue;
                var person = n.IsPerson && !IsActor(actors, n.Span) && !IsOutlet(plain, n.Span);
                mentions.Add((n.Span.Start, n.Span.End, n.Name, false, n.Office, person));
                if (n.Ranked) ranked.Add(n.Span.Start);
            }
            foreach (var m in mentions.OrderBy(m => m.Start))
            {
                if (!m.Person) continue;
                var isVariant = m.Start >= variantFrom; // names after "spelled his name", "also known as"
                var resolved = PersonNameRecogniser.Resolve(m.Name, people.Select(p => p.Name));
                var existing = people.FirstOrDefault(p => string.Equals(p.Name, resolved, StringComparison.Ordinal));
                var isNew = existing is null;
                if (isNew)
                {
                    if (isVariant) continue; // "spelled his name X", "also known as Abu Y"
                    if (!m.Intro && !resolved.Contains(' ', StringComparison.Ordinal)) continue; // lone capitalised word
                    if (!m.Intro && PlacePrepositionRegex().IsMatch(text.AsSpan(Math.Max(0, m.Start - 14), Math.Min(14, m.Start)).ToString())) continue;
                }
                var c = existing ?? new Candidate(resolved, m.Start);
                if (isNew) people.Add(c);
                c.Positions.Add(m.Start);
                if (isVariant) continue; // a spelling variant says nothing about the person
                if (m.Office || _names.HasOfficeBefore(text, m.Start)) c.Office = true;
                var after = plain.AsSpan(m.End, Math.Min(plain.Length, s.End) - m.End).ToString();
                if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal) ||
                    text.AsSpan(m.Start, m.End - m.Start).EndsWith("'s", StringComparison.Ordinal) ||
                    text.AsSpan(m.Start, m.End - m.Start).EndsWith("’s", StringComparison.Ordinal)) continue; // "Haftar's forces"
                var app = AppositionRegex().Match(after);
                var rest = after[app.Length..];
                if (_exit.IsMatch(rest)) { c.Strong = true; c.CuePosition = c.CuePosition < 0 ? m.Start : c.CuePosition; }
                var beforeStart = Math.Max(s.Start, m.Start - 60);
                var before = plain[beforeStart..m.Start];
                // "The commander, X, told …": the comma after X closes X's own apposition
                var isApposition = before.TrimEnd().EndsWith(',');
                var appText = after.Length > 0 && after[0] == ',' && !isApposition ? after[..Math.Min(after.Length, 42)] : "";
                if (_block.IsMatch(Description(LastClause(before))) || _block.IsMatch(appText)) c.Soft = true;
                // described as one of another side's forces: "X, the SNA commander in the district"
                if (app.Length > 0 && !isApposition && OtherSideActor(actors, leftGroups, m.End, m.End + app.Length)) c.Soft = true;
                // a leaver named next to the event by rank or by a fighter noun ("The commander, Mawlawi X,",
                // "Captain X, 32, said", "led by X, a local commander")
                if (nearEvent && (ranked.Contains(m.Start) || RoleBefore().IsMatch(before) || RoleApposition().IsMatch(appText)))
                {
                    c.Cue = true;
                    if (c.CuePosition < 0) c.CuePosition = m.Start;
                }
                if (weak || m.Intro)
                {
                    c.Cue = true;
                    if (c.CuePosition < 0) c.CuePosition = m.Start;
                }
                c.Nationality ??= NationalityNear(sText);
            }
        }
        var result = ImmutableArray.CreateBuilder<Person>();
        foreach (var c in people.OrderBy(p => p.First))
        {
            if (c.Office) continue;
            if (!c.Strong && (c.Soft || !c.Cue)) continue;
            var ev = LinkEvent(c, events);
            if (ev is null) continue;
            result.Add(new Person(c.Name, RoleOf(events[ev.Value].Type), c.Nationality, ev));
        }
        return result.ToImmutable();
    }

    [GeneratedRegex(@"(?:\b(?:the|a|one|former|local|rebel|militant)\s+(?:\w+\s+)?(?:commander|fighter|militant|soldier|officer|deserter|defector|insurgent|guerrilla|rebel|captain|lieutenant|sergeant|pilot|emir|recruit)|\bled\s+by)\s*,?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"^,\s*(?:a|an|the)\s+(?:\w+\s+){0,2}(?:commander|fighter|militant|soldier|deserter|defector|insurgent|guerrilla|rebel|emir|recruit)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleApposition();

    [GeneratedRegex(@"\btold\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ToldBeforeRegex();

    [GeneratedRegex(@"^(?:\s*$|[.,;:]|\s+(?:by|on|in|over|via|that|last|this|earlier|after|before)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OutletAfterRegex();

    /// <summary>"… told Beledweyne Voice." / "told Horn Wire by telephone": the name an account was given to
    /// is an outlet, not a person.</summary>
    private static bool IsOutlet(string text, CharSpan span)
    {
        var from = Math.Max(0, span.Start - 6);
        if (!ToldBeforeRegex().IsMatch(text.AsSpan(from, span.Start - from).ToString())) return false;
        var rest = text.AsSpan(span.End, Math.Min(12, text.Length - span.End)).ToString();
        return OutletAfterRegex().IsMatch(rest);
    }

    /// <summary>The name overlaps an actor of the codebook ("Jama'at Nusrat al-Islam").</summary>
    private static bool IsActor(ImmutableArray<ActorMention> actors, CharSpan span)
    {
        foreach (var a in actors)
            if (!a.Generic && a.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>An apposition naming a state force or state other than a group that was left.</summary>
    private static bool OtherSideActor(ImmutableArray<ActorMention> actors, HashSet<string> leftGroups, int start, int end)
    {
        foreach (var a in actors)
            if (!a.Generic && a.Span.Start >= start && a.Span.End <= end && a.Kind != ActorKind.ArmedGroup && !leftGroups.Contains(a.Canonical))
                return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:that|said|says|told|tells)\s(?!.*\b(?:that|said|says|told|tells)\s)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ClauseVerbRegex();

    [GeneratedRegex(@"\b(?:named|identified|introduced)\s+(?<obj>.*?)\s*as\b", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NamedByOthersRegex();

    [GeneratedRegex(@"\bby\b.*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ByPhraseRegex();

    /// <summary>When others name the person ("officials named the commander as", "named by activists as"),
    /// only the named object describes them.</summary>
    private static string Description(string before)
    {
        var m = NamedByOthersRegex().Match(before);
        return m.Success ? ByPhraseRegex().Replace(m.Groups["obj"].Value, "") : before;
    }

    /// <summary>The text after the last comma-free boundary: the description a name is introduced with.</summary>
    private static string LastClause(string before)
    {
        var q = before.LastIndexOfAny(['.', ';', '"', '\u201d']);
        var clause = q >= 0 ? before[(q + 1)..] : before;
        var v = ClauseVerbRegex().Match(clause);
        return v.Success ? clause[(v.Index + v.Length)..] : clause;
    }

    /// <summary>Names introduced as the person's own, plus further names of a list ("named A, B and C").</summary>
    private IEnumerable<(int Index, string Name)> IntroducedWithLists(string sentence)
    {
        foreach (var (index, name) in _names.IntroducedNames(sentence))
        {
            yield return (index, name);
            // walk ", B" / " and C" after the raw name
            var end = index;
            while (end < sentence.Length && sentence[end] is not (',' or '.' or ';')) end++;
            while (end < sentence.Length)
            {
                var m = ListItemRegex().Match(sentence, end);
                if (!m.Success || m.Index != end) break;
                var parsed = _names.Parse(m.Groups["n"].Value);
                if (parsed is null || !parsed.IsPerson) break;
                yield return (m.Groups["n"].Index, parsed.Name);
                end = m.Index + m.Length;
            }
        }
    }

    [GeneratedRegex(@"(?:,\s+(?:and\s+)?|\s+and\s+)(?<n>\p{Lu}[\p{L}'’-]*(?:\s+(?:al-|el-|bin\s+|ibn\s+)?\p{Lu}[\p{L}'’-]*){1,3})(?=[,.;]|\s+and\s|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemRegex();

    private string? NationalityNear(string sentence)
    {
        foreach (var (demonym, iso) in _names.Demonyms)
        {
            var i = sentence.IndexOf(demonym, StringComparison.Ordinal);
            if (i >= 0 && (i + demonym.Length >= sentence.Length || !char.IsLetter(sentence[i + demonym.Length]))) return iso;
        }
        return null;
    }

    private static int? LinkEvent(Candidate c, ImmutableArray<ExitEvent> events)
    {
        for (var i = 0; i < events.Length; i++)
        {
            if (!IsLeaverType(events[i].Type)) continue;
            var ev = events[i].Evidence;
            if (c.Positions.Any(p => p >= ev.Start && p < ev.End)) return i;
        }
        var anchor = c.CuePosition >= 0 ? c.CuePosition : c.First;
        int? best = null;
        var bestDist = int.MaxValue;
        for (var i = 0; i < events.Length; i++)
        {
            if (!IsLeaverType(events[i].Type)) continue;
            var ev = events[i].Evidence;
            var d = anchor < ev.Start ? ev.Start - anchor : anchor >= ev.End ? anchor - ev.End : 0;
            if (d < bestDist) { bestDist = d; best = i; }
        }
        return best;
    }

    private static bool IsLeaverType(EventType t) =>
        t is EventType.Defection or EventType.Desertion or EventType.Surrender or EventType.ShamDefection;

    private static string RoleOf(EventType t) => t switch
    {
        EventType.Defection => "defector",
        EventType.Desertion => "deserter",
        EventType.Surrender => "surrendered",
        _ => "sham_defector",
    };

    /// <summary>The text with quoted speech replaced by spaces (offsets unchanged).</summary>
    private static string BlankQuotes(string text)
    {
        var quotes = QuoteExtractor.FindQuotes(text);
        if (quotes.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var (s, e) in quotes)
            for (var i = s; i < e; i++)
                if (chars[i] != '\n') chars[i] = ' ';
        return new string(chars);
    }
}
