using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;
using DefectionWatch.Extraction.People;

namespace DefectionWatch.Extraction.Quotes;

/// <summary>
/// Direct quotations and who said them. A quote runs from its opening to its closing mark (straight,
/// curly or single quotes); a quote split by its attribution ("…," he said. "…") is one span including the
/// attribution; a quote continued over paragraphs (no closing mark, next paragraph reopens) is one span.
/// The speaker comes from the reporting clause after the quote ("said X, role", "X said"), inside it, or
/// before it ("X told reporters the men were "broken""). Pronouns resolve to the latest singular
/// speaker, definite descriptions ("the official") to an earlier "a … official", surnames to the first
/// full name. Unnamed speakers are named by the description the text gives.
/// </summary>
public sealed partial class QuoteExtractor : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("quotes.v1", [Layers.Sentences], Layers.Quotes);

    private readonly FrozenDictionary<string, bool> _verbs; // form -> is participle
    private readonly Regex _verbRegex;
    private readonly PersonNameRecogniser _names;

    public QuoteExtractor(ResourceStore resources)
    {
        _verbs = resources.ReadTsv("en/quotes-verbs.tsv")
            .Where(r => r.Fields.Length > 0 && r.Fields[0].Length > 0)
            .ToFrozenDictionary(r => r.Fields[0], r => r.Fields.Length > 1 && r.Fields[1] == "participle", StringComparer.Ordinal);
        _verbRegex = new Regex(@"\b(?:according to|" + string.Join('|', _verbs.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _names = new PersonNameRecogniser(resources);
    }

    public StageInfo Info => Descriptor;

    public Document Process(Document document, CancellationToken cancellationToken = default) =>
        document.With(Layers.Quotes, Extract(document.Text, document.Get(Layers.Sentences)));

    private sealed record Mention(int Position, string Speaker, string? Role, bool SingularPerson, bool Description);

    private readonly record struct Unit(int Start, int End, int GapStart, int GapEnd);

    /// <summary>All attributed quotes of <paramref name="text"/>.</summary>
    public ImmutableArray<Quote> Extract(string text, ImmutableArray<Sentence> sentences)
    {
        var marks = FindQuotes(text);
        if (marks.Count == 0) return [];
        var units = Merge(text, marks);
        var ctx = new Context(text, sentences, marks, () => [.. _names.Find(text, new CharSpan(0, text.Length))
            .Where(n => n.IsPerson && n.Name.Contains(' ', StringComparison.Ordinal)).Select(n => n.Name).Distinct(StringComparer.Ordinal)],
            () => SentenceInitialNames(text, sentences));
        var mentions = CollectMentions(ctx);
        var result = ImmutableArray.CreateBuilder<Quote>();
        foreach (var u in units)
        {
            if (IsScareQuote(text, u)) continue;
            var m = Attribute(ctx, u, mentions);
            if (m is null) continue;
            var span = new CharSpan(u.Start, u.End);
            result.Add(new Quote(m.Speaker, m.Role, null, Evidence.From(span, text)));
        }
        return result.ToImmutable();
    }

    /// <summary>Per-document working state; names are only collected when a speaker needs resolving.</summary>
    private sealed class Context(string text, ImmutableArray<Sentence> sentences, List<(int Start, int End)> quotes,
        Func<List<string>> knownNames, Func<List<Mention>> fallback)
    {
        private readonly Lazy<List<string>> _known = new(knownNames);
        private readonly Lazy<List<Mention>> _fallback = new(fallback);
        public string Text { get; } = text;
        public ImmutableArray<Sentence> Sentences { get; } = sentences;
        public List<(int Start, int End)> Quotes { get; } = quotes;
        public List<string> KnownNames => _known.Value;
        public List<Mention> Fallback => _fallback.Value;

        public bool InQuote(int pos)
        {
            // quotes are sorted by start and do not nest: the last one starting at or before pos decides
            int lo = 0, hi = Quotes.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (Quotes[mid].Start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found >= 0 && pos < Quotes[found].End;
        }

        public CharSpan SentenceAt(int pos)
        {
            int lo = 0, hi = Sentences.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                var sp = Sentences[mid].Span;
                if (pos < sp.Start) hi = mid - 1;
                else if (pos >= sp.End) lo = mid + 1;
                else return sp;
            }
            var ls = Text.LastIndexOf('\n', Math.Max(0, pos - 1));
            var le = Text.IndexOf('\n', pos);
            return new CharSpan(ls + 1, le < 0 ? Text.Length : le);
        }

        /// <summary>Where text outside quotes starts before <paramref name="pos"/> in its sentence.</summary>
        public int ClauseStart(int pos)
        {
            var start = SentenceAt(pos).Start;
            foreach (var q in Quotes)
            {
                if (q.End > pos) break;
                if (q.End > start) start = q.End;
            }
            return start;
        }
    }

    // ---------------------------------------------------------------- quote marks

    private static bool IsOpenSingle(string t, int i) =>
        (i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '[' or '\u2014' or '-') && i + 1 < t.Length && char.IsLetterOrDigit(t[i + 1]);

    private static bool IsCloseSingle(string t, int i) =>
        i > 0 && (char.IsLetterOrDigit(t[i - 1]) || t[i - 1] is '.' or ',' or '!' or '?') && (i + 1 >= t.Length || !char.IsLetterOrDigit(t[i + 1]));

    /// <summary>Quotation spans (opening mark to closing mark inclusive), in text order.</summary>
    internal static List<(int Start, int End)> FindQuotes(string text)
    {
        var result = new List<(int, int)>();
        var open = -1;
        var carry = false; // a quote continued from the previous paragraph
        var paraStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                // paragraph end: an unclosed quote opened at the paragraph start continues if the next paragraph reopens
                if (open >= 0)
                {
                    var first = paraStart;
                    while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
                    var next = i;
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                    var opensPara = first == open || carry;
                    if (!(opensPara && next < text.Length && text[next] is '"' or '\u201c'))
                    {
                        open = -1;
                        carry = false;
                    }
                    else carry = true;
                }
                paraStart = i + 1;
                continue;
            }
            var c = text[i];
            if (carry && open >= 0 && c is '"' or '\u201c' && IsFirstInParagraph(text, i, paraStart))
                continue; // the reopening mark of a continued quote
            if (c == '\u201c') { if (open < 0) open = i; }
            else if (c == '\u201d') { if (open >= 0) { result.Add((open, i + 1)); open = -1; carry = false; } }
            else if (c == '"')
            {
                if (open < 0) open = i;
                else { result.Add((open, i + 1)); open = -1; carry = false; }
            }
        }
        // single quotes outside double quotes, paired within a paragraph
        var singles = new List<(int, int)>();
        var so = -1;
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (k < result.Count && result[k].Item2 <= i) k++;
            if (k < result.Count && result[k].Item1 <= i) { so = -1; continue; }
            var c = text[i];
            if (c == '\n') { so = -1; continue; }
            if (c is not ('\'' or '\u2018' or '\u2019')) continue;
            if (so < 0) { if (c != '\u2019' && IsOpenSingle(text, i)) so = i; }
            else if (c != '\u2018' && IsCloseSingle(text, i)) { singles.Add((so, i + 1)); so = -1; }
        }
        if (singles.Count > 0)
        {
            result.AddRange(singles);
            result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        }
        return result;
    }

    private static bool IsFirstInParagraph(string text, int i, int paraStart)
    {
        for (var j = paraStart; j < i; j++) if (!char.IsWhiteSpace(text[j])) return false;
        return true;
    }

    /// <summary>Joins "…," he said. "…" into one unit whose gap holds the attribution.</summary>
    private List<Unit> Merge(string text, List<(int Start, int End)> marks)
    {
        var units = new List<Unit>();
        var i = 0;
        while (i < marks.Count)
        {
            var (s, e) = marks[i];
            int gs = -1, ge = -1;
            while (i + 1 < marks.Count && EndsWithComma(text, e) && IsAttributionGap(text, e, marks[i + 1].Start))
            {
                if (gs < 0) { gs = e; ge = marks[i + 1].Start; }
                e = marks[i + 1].End;
                i++;
            }
            units.Add(new Unit(s, e, gs, ge));
            i++;
        }
        return units;
    }

    private static bool EndsWithComma(string text, int end) => end >= 2 && text[end - 2] is ',' or '\u2026';

    private bool IsAttributionGap(string text, int from, int to)
    {
        if (to - from > 160 || to <= from) return false;
        var gap = text.AsSpan(from, to - from);
        if (gap.Contains('\n')) return false;
        var trimmed = gap.Trim();
        if (trimmed.Length == 0 || trimmed[^1] is not ('.' or ':' or ',')) return false;
        return _verbRegex.IsMatch(gap);
    }

    /// <summary>Scare quotes on a word ("its "caliphate"", "so-called "ghost soldiers"", a gloss ""qaid" (commander)").</summary>
    private static bool IsScareQuote(string text, Unit u)
    {
        var inner = text.AsSpan(u.Start + 1, u.End - u.Start - 2).Trim();
        var words = 1;
        foreach (var ch in inner) if (ch == ' ') words++;
        var before = text.AsSpan(0, u.Start).TrimEnd();
        var w = before.Length;
        while (w > 0 && !char.IsWhiteSpace(before[w - 1])) w--;
        var prev = before[w..].ToString().ToLowerInvariant();
        if (prev == "so-called") return true;
        if (u.End + 1 < text.Length && text[u.End] == ' ' && text[u.End + 1] == '(') return true;
        if (words == 1 && prev is "its" or "their" or "his" or "her" or "our" or "or" or "and" or "a") return true;
        return false;
    }

    // ---------------------------------------------------------------- attribution

    private Mention? Attribute(Context ctx, Unit u, Dictionary<int, Mention> mentions)
    {
        var text = ctx.Text;
        // a: the attribution splits the quote
        if (u.GapStart >= 0)
        {
            var m = _verbRegex.Match(text, u.GapStart, u.GapEnd - u.GapStart);
            if (m.Success && mentions.TryGetValue(m.Index, out var gm)) return gm;
        }
        // b: after the closing mark ("…," said X / "…," X said / "…" he said)
        var last = text[u.End - 2];
        var postEnd = PostEnd(text, u.End);
        if (last is ',' or '?' or '!' or '\u2026' || (u.End < text.Length && text[u.End] == ','))
        {
            var m = _verbRegex.Match(text, u.End, postEnd - u.End);
            if (m.Success && m.Index - u.End < 120 && mentions.TryGetValue(m.Index, out var pm)) return pm;
        }
        // c: before the opening mark in the same sentence
        var clause = ctx.ClauseStart(u.Start);
        Mention? pre = null;
        for (var m = _verbRegex.Match(text, clause, u.Start - clause); m.Success; m = m.NextMatch())
            if (mentions.TryGetValue(m.Index, out var cm)) pre = cm;
        if (pre is not null) return pre;
        // d: a free-standing quote (an interview answer): the latest speaker
        var sentence = ctx.SentenceAt(u.Start);
        if (text.AsSpan(sentence.Start, u.Start - sentence.Start).Trim().Length == 0 && u.End - u.Start > 40)
        {
            Mention? best = null;
            foreach (var m in mentions.Values)
                if (m.Position < u.Start && m.SingularPerson && (best is null || m.Position > best.Position)) best = m;
            return best;
        }
        return null;
    }

    private static int PostEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '"' or '\u201c' or ';') return i;
            if (c is '.' or '?' or '!' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbrevDot(text, i)) return i;
        }
        return text.Length;
    }

    private static bool IsAbbrevDot(string text, int i)
    {
        var w = i;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        var word = text.AsSpan(w, i - w);
        return word is "Col" or "Lt" or "Gen" or "Capt" or "Maj" or "Sgt" or "Dr" or "Mr" or "Mrs" or "Ms" or "St" || (word.Length == 1 && char.IsUpper(word[0]));
    }

    /// <summary>Every reporting verb outside quotes, with the speaker it attributes to (resolved in text order).</summary>
    private Dictionary<int, Mention> CollectMentions(Context ctx)
    {
        var text = ctx.Text;
        var result = new Dictionary<int, Mention>();
        var ordered = new List<Mention>();
        // people who introduce themselves without a reporting verb ("He asks to be called Abu Khaled")
        var intros = _names.IntroducedNames(text).ToList();

        var ii = 0;
        for (var m = _verbRegex.Match(text); m.Success; m = m.NextMatch())
        {
            while (ii < intros.Count && intros[ii].Index < m.Index)
            {
                if (!ctx.InQuote(intros[ii].Index))
                {
                    var im = new Mention(intros[ii].Index, PersonNameRecogniser.Resolve(intros[ii].Name, ctx.KnownNames), null, true, false);
                    ordered.Add(im);
                    result.TryAdd(im.Position, im);
                }
                ii++;
            }
            if (ctx.InQuote(m.Index)) continue;
            var mention = MentionAt(ctx, m, ordered);
            if (mention is null) continue;
            result[m.Index] = mention;
            ordered.Add(mention);
        }
        return result;
    }

    /// <summary>Persons who open a sentence ("Sergei Voronov (not his real name) served ..."): referents of last resort.</summary>
    private List<Mention> SentenceInitialNames(string text, ImmutableArray<Sentence> sentences)
    {
        var fallback = new List<Mention>();
        foreach (var sen in sentences)
        {
            if (!char.IsUpper(text[sen.Span.Start])) continue;
            var end = sen.Span.Start;
            while (end < sen.Span.End && (char.IsLetter(text[end]) || text[end] is ' ' or '-' or '\'' or '\u2019')) end++;
            var first = _names.Find(text, new CharSpan(sen.Span.Start, end)).FirstOrDefault();
            if (first is { IsPerson: true, Office: false } && first.Span.Start == sen.Span.Start && first.Name.Contains(' ', StringComparison.Ordinal))
                fallback.Add(new Mention(first.Span.Start, first.Name, null, true, false));
        }
        return fallback;
    }

    private Mention? MentionAt(Context ctx, Match verb, List<Mention> prior)
    {
        var text = ctx.Text;
        var isAccording = verb.Value.StartsWith("according", StringComparison.Ordinal);
        var participle = !isAccording && _verbs.TryGetValue(verb.Value, out var p) && p;
        if (verb.Index > 4 && text.AsSpan(verb.Index - 4, 4).SequenceEqual("who ")) return null;
        var prevWord = PreviousWord(text, verb.Index);
        if (prevWord is "be" or "been" or "being" or "to") return null; // "asks to be called", "refused to say"
        var clause = ctx.ClauseStart(verb.Index);
        if (isAccording)
            return FromCandidate(PostCandidate(text, verb.Index + verb.Length), true, verb.Index, prior, ctx);
        if (participle)
            return FromCandidate(SentenceSubject(ctx, verb.Index), false, verb.Index, prior, ctx);
        var (cand, stoppedAtConjunction) = BackScan(text, clause, verb.Index);
        if (cand.Length > 0) return FromCandidate(cand, false, verb.Index, prior, ctx);
        if (stoppedAtConjunction) return FromCandidate(SentenceSubject(ctx, verb.Index), false, verb.Index, prior, ctx);
        // verb first: "…," said X, a role.
        return FromCandidate(PostCandidate(text, verb.Index + verb.Length), true, verb.Index, prior, ctx);
    }

    private static readonly FrozenSet<string> Skippable = new[]
    {
        "had", "has", "have", "was", "were", "is", "are", "also", "earlier", "later", "then", "repeatedly", "previously",
        "already", "reportedly", "publicly", "first", "once", "would", "will", "again", "never", "not", "has", "had", "privately",
        "recently", "last", "week", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Stops = new[]
    {
        "that", "and", "but", "while", "where", "when", "because", "if", "although", "though", "whereas", "so", "which", "whom", "than",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@",\s*(?:who|which|whose)\b[^,""\u201c\u201d]*,", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClauseRegex();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesRegex();

    private static string CollapseSpaces(string s) => SpacesRegex().Replace(s, " ");

    private (string Candidate, bool StoppedAtConjunction) BackScan(string text, int from, int verbStart)
    {
        // relative clauses between commas ("The official, who asked not to be named, said") are skipped
        var span = RelativeClauseRegex().Replace(text.Substring(from, verbStart - from), m => new string(' ', m.Length));
        var words = WordRegex().Matches(span).ToList();
        var k = words.Count - 1;
        while (k >= 0 && Skippable.Contains(words[k].Value.ToLowerInvariant())) k--;
        var end = k;
        var conj = false;
        while (k >= 0)
        {
            var w = words[k].Value;
            var bare = w.Trim(',', '.', '(', ')').ToLowerInvariant();
            var afterWho = k > 0 && words[k - 1].Value is "who" or "which";
            if (Stops.Contains(bare) || (_verbs.ContainsKey(bare) && !afterWho) || w.EndsWith(';') || w.EndsWith(':') ||
                w.IndexOfAny(['"', '\u201c', '\u201d']) >= 0 || w == "-" || w == "\u2014")
            {
                conj = Stops.Contains(bare) && k == end;
                break;
            }
            k--;
        }
        if (end < 0 || k == end) return ("", conj);
        var s = words[k + 1].Index;
        var e = end + 1 < words.Count ? words[end + 1].Index : span.Length;
        return (CollapseSpaces(text.Substring(from + s, e - s)).Trim().TrimEnd(','), false);
    }

    private static string PreviousWord(string text, int pos)
    {
        var e = pos;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var b = e;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        return text[b..e];
    }

    private static string PostCandidate(string text, int from)
    {
        var end = PostEnd(text, from);
        return end > from ? text[from..end].Trim().TrimEnd(',') : "";
    }

    /// <summary>The subject at the start of the sentence: the words up to the first verb-like word.</summary>
    private string SentenceSubject(Context ctx, int pos)
    {
        var text = ctx.Text;
        var s = ctx.ClauseStart(pos);
        var dash = text.IndexOf(" - ", s, Math.Min(80, pos - s), StringComparison.Ordinal);
        if (dash >= 0) s = dash + 3;
        var words = WordRegex().Matches(text.Substring(s, pos - s)).ToList();
        var n = 0;
        foreach (var w in words)
        {
            var bare = w.Value.Trim(',', '.').ToLowerInvariant();
            if (n > 0 && (Skippable.Contains(bare) || _verbs.ContainsKey(bare) || (bare.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w.Value[0])))) break;
            n++;
        }
        if (n == 0) return "";
        return text.Substring(s + words[0].Index, words[n - 1].Index + words[n - 1].Length - words[0].Index).TrimEnd(',');
    }

    // ---------------------------------------------------------------- speaker phrases

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "one", "another", "two", "three", "several", "some", "state", "tribal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Institutions = new[]
    {
        "government", "army", "military", "council", "ministry", "court", "police", "committee", "group", "media", "monitor",
        "observatory", "brigade", "agency", "office", "network", "militants", "authorities", "leaders", "officials", "forces",
        "taliban", "sources", "residents", "statement", "report", "ministry's", "television", "security",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pronouns = new[] { "he", "she" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "on", "at", "after", "during", "since", "for", "by", "with", "from", "earlier", "later", "separately", "meanwhile", "before",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:the|The)\s+(?:[a-z][\w-]*\s+)+(?<org>\p{Lu}[\w'-]*(?:\s+(?:of|for|and|the)?\s*\p{Lu}[\w'-]*)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrgTailRegex();

    [GeneratedRegex(@"^\p{Lu}[\w-]*(?:'s|’s)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PossessivePrefixRegex();

    private Mention? FromCandidate(string cand, bool post, int pos, List<Mention> prior, Context ctx)
    {
        cand = cand.Trim().TrimEnd(',', '.');
        if (cand.Length == 0 || cand.Length > 200) return null;
        // "… who gave his name as Modu", "introduced as Mallam Bukar Goni"
        foreach (var (_, name) in _names.IntroducedNames(cand))
            return new Mention(pos, PersonNameRecogniser.Resolve(name, ctx.KnownNames), null, true, false);

        var parts = new List<string>();
        foreach (var raw in cand.Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Trim().TrimEnd(',');
            if (part.Length == 0) continue;
            var first = FirstWord(part);
            if (part.StartsWith("one of ", StringComparison.OrdinalIgnoreCase)) continue;
            if (char.IsDigit(part[0])) continue;
            if (char.IsLower(part[0]) && !Determiners.Contains(first) && !Pronouns.Contains(first) && !first.StartsWith("al-", StringComparison.Ordinal)) continue;
            if (post)
            {
                var who = part.IndexOf(" who ", StringComparison.Ordinal);
                if (who > 0 && !IsBareHead(part[..who])) part = part[..who];
            }
            parts.Add(part);
        }
        if (parts.Count == 0) return null;

        // a name among the parts wins ("the governor, Ali Jeyte Osman")
        foreach (var part in parts)
        {
            if (!IsNameLike(part)) continue;
            var name = PossessivePrefixRegex().Replace(_names.CleanName(part), "");
            var parsed = _names.Parse(name);
            if (parsed is null) continue;
            var resolved = parsed.IsPerson ? PersonNameRecogniser.Resolve(parsed.Name, ctx.KnownNames) : name;
            var role = parts.FirstOrDefault(x => !ReferenceEquals(x, part) && !IsNameLike(x));
            return new Mention(pos, resolved, role is null ? null : StripArticle(role), parsed.IsPerson, false);
        }

        var desc = post ? parts[0] : parts[^1];
        var fw = FirstWord(desc);
        if (Pronouns.Contains(fw) && desc.Length == fw.Length)
        {
            for (var i = prior.Count - 1; i >= 0; i--)
                if (prior[i].SingularPerson) return prior[i] with { Position = pos };
            for (var i = ctx.Fallback.Count - 1; i >= 0; i--)
                if (ctx.Fallback[i].Position < pos) return ctx.Fallback[i] with { Position = pos };
            return null;
        }
        if (Pronouns.Contains(fw)) return null;
        if (desc.Length == fw.Length && (Determiners.Contains(fw) || _names.IsStopWord(fw))) return null;
        if (fw is "they" or "They" or "it" or "It" or "we" or "We" or "I" or "you" or "You") return null;
        if (Prepositions.Contains(fw))
        {
            var ws = desc.Split(' ');
            var j = 1;
            while (j < ws.Length && !Determiners.Contains(ws[j])) j++;
            if (j >= ws.Length) return null;
            desc = string.Join(' ', ws[j..]);
            fw = ws[j];
        }
        var org = OrgTailRegex().Match(desc);
        if (org.Success) return new Mention(pos, org.Groups["org"].Value, null, false, false);
        desc = PossessivePrefixRegex().Replace(desc, "");
        var head = Head(desc);
        var singular = !Institutions.Contains(head) && !head.EndsWith('s') && !Institutions.Contains(FirstWord(desc));
        if (fw.Equals("the", StringComparison.OrdinalIgnoreCase) && !desc.Contains("'s ", StringComparison.Ordinal) && !desc.Contains("’s ", StringComparison.Ordinal))
        {
            for (var i = prior.Count - 1; i >= 0; i--)
            {
                var pm = prior[i];
                if (!pm.Description) continue;
                var pf = FirstWord(pm.Speaker);
                if (pf.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
                if (string.Equals(Head(pm.Speaker), head, StringComparison.OrdinalIgnoreCase)) return pm with { Position = pos };
            }
        }
        if (desc.Split(' ').Length > 16) return null;
        return new Mention(pos, desc, StripArticle(desc), singular, true);
    }

    private static bool IsBareHead(string np)
    {
        var h = Head(np);
        return h is "man" or "woman" or "person" or "boy" or "girl";
    }

    private static string FirstWord(string s)
    {
        var i = s.IndexOf(' ', StringComparison.Ordinal);
        return i < 0 ? s : s[..i];
    }

    private static string StripArticle(string s)
    {
        var fw = FirstWord(s);
        return fw is "a" or "an" or "A" or "An" or "the" or "The" && s.Length > fw.Length ? s[(fw.Length + 1)..] : s;
    }

    private static readonly FrozenSet<string> HeadStops = new[]
    {
        "of", "for", "in", "at", "from", "on", "with", "who", "which", "that", "near", "inside", "outside",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The head noun: the last word before a preposition or relative clause.</summary>
    private static string Head(string np)
    {
        var ws = np.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = ws.Length > 0 ? ws[0] : "";
        foreach (var w in ws.Skip(1))
        {
            if (HeadStops.Contains(w)) break;
            last = w;
        }
        return last.Trim(',', '.').ToLowerInvariant();
    }

    private bool IsNameLike(string part)
    {
        var ws = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ws.Length == 0 || ws.Length > 7) return false;
        if (!char.IsUpper(ws[0][0]) && !ws[0].StartsWith("al-", StringComparison.Ordinal) && !ws[0].StartsWith("el-", StringComparison.Ordinal)) return false;
        if (_names.IsStopWord(ws[0])) return false;
        if (ws[0] is "The" or "A" or "An" or "One" or "He" or "She" or "They" or "It" or "We" or "I" or "In" or "On" or "At" or "After" or "Separately" or "Earlier" or "Later" or "Meanwhile") return false;
        foreach (var w in ws)
        {
            if (char.IsUpper(w[0])) continue;
            if (w is "of" or "for" or "and" or "bin" or "ibn" or "bint" or "al" or "el" or "de" or "da" || w.StartsWith("al-", StringComparison.Ordinal) || w.StartsWith("el-", StringComparison.Ordinal)) continue;
            return false;
        }
        return true;
    }
}
