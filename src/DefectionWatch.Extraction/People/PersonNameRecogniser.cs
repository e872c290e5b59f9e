using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.People;

/// <summary>A capitalised name in the text after titles were removed.</summary>
/// <param name="Span">Where the raw sequence (with titles) stands.</param>
/// <param name="Name">The name without honorifics and ranks ("Mullah Abdul Ghafar" -> "Abdul Ghafar").</param>
/// <param name="Office">True when the name carried an office title ("President", "Prime Minister").</param>
/// <param name="IsPerson">False when the sequence contains an organisation/place word or is a demonym.</param>
/// <param name="Ranked">True when a rank or honorific stood before the name ("Captain", "Mawlawi").</param>
public sealed record NameMention(CharSpan Span, string Name, bool Office, bool IsPerson, bool Ranked = false);

/// <summary>
/// Finds capitalised name sequences and normalises person names: Arabic particles (al-, el-, ash-, ad-,
/// bin, ibn, Abu, Umm), hyphenated Korean/Somali forms, Russian first name + patronymic + surname.
/// Titles and ranks come from <c>en/people-titles.tsv</c>, non-name words from <c>en/people-stopwords.tsv</c>,
/// demonyms from <c>en/people-demonyms.tsv</c>. Holds only immutable tables.
/// </summary>
public sealed partial class PersonNameRecogniser
{
    private readonly ImmutableArray<(string[] Words, bool Office)> _titles;
    private readonly FrozenSet<string> _stop;
    private readonly FrozenSet<string> _org;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly Regex _intro;

    public PersonNameRecogniser(ResourceStore resources)
    {
        _titles = [.. resources.ReadTsv("en/people-titles.tsv")
            .Select(r => (r.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), r.Fields.Length > 1 && r.Fields[1] == "office"))
            .OrderByDescending(t => t.Item1.Length)];
        var words = resources.ReadTsv("en/people-stopwords.tsv").Where(r => r.Fields.Length > 1).ToList();
        _stop = words.Where(r => r.Fields[1] == "stop").Select(r => r.Fields[0]).ToFrozenSet(StringComparer.Ordinal);
        _org = words.Where(r => r.Fields[1] == "org").Select(r => r.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _demonyms = resources.ReadTsv("en/people-demonyms.tsv").Where(r => r.Fields.Length > 1)
            .ToFrozenDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);
        _intro = CueRegex(resources, "intro", RegexOptions.None);
    }

    /// <summary>One alternation of the regexes of one kind in <c>en/people-cues.tsv</c>.</summary>
    internal static Regex CueRegex(ResourceStore resources, string kind, RegexOptions options)
    {
        var parts = resources.ReadTsv("en/people-cues.tsv")
            .Where(r => r.Fields.Length > 1 && r.Fields[0] == kind)
            .Select(r => "(?:" + r.Fields[1] + ")")
            .ToList();
        return new Regex(parts.Count == 0 ? "(?!)" : string.Join('|', parts),
            options | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>Names introduced as the person's own ("who gave his name as Modu", "named by activists as X",
    /// "asks to be called Abu Khaled"), with the offset of the name.</summary>
    public IEnumerable<(int Index, string Name)> IntroducedNames(string text)
    {
        foreach (Match m in _intro.Matches(text))
        {
            var g = m.Groups["name"];
            if (!g.Success) continue;
            var parsed = Parse(g.Value.TrimEnd('.', ','));
            if (parsed is not null) yield return (g.Index, parsed.Name);
        }
    }

    /// <summary>True for capitalised function words, sentence adverbs, months and days.</summary>
    public bool IsStopWord(string word) => _stop.Contains(word);

    /// <summary>Demonym ("Syrian", "North Korean") to ISO alpha-2 country code.</summary>
    public FrozenDictionary<string, string> Demonyms => _demonyms;

    // A name token: optional Arabic article, a capital, letters/apostrophes, hyphenated parts.
    private const string Tok = @"(?:(?:al|el|ash|ad|as|ar|at|az|an|Al|El)-)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*";

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])" + Tok + @"(?:[ \u00a0]+(?:(?:bin|ibn|bint|al|el|de|da|van|von|der|ul|ud)[ \u00a0]+)?" + Tok + ")*",
        RegexOptions.CultureInvariant)]
    private static partial Regex SequenceRegex();

    [GeneratedRegex(@"(?<![\p{L}-])(?:al|el|ash|ad)-\p{Lu}[\p{L}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex LowerArticleRegex();

    /// <summary>All capitalised sequences inside <paramref name="within"/>, cleaned; sequences that are
    /// only stop words are skipped.</summary>
    public IEnumerable<NameMention> Find(string text, CharSpan within)
    {
        foreach (Match m in SequenceRegex().Matches(text.Substring(within.Start, within.Length)))
        {
            var parsed = Parse(m.Value);
            if (parsed is null) continue;
            yield return parsed with { Span = new CharSpan(within.Start + m.Index, within.Start + m.Index + m.Length) };
        }
        // a lone surname written with a lower-case article ("al-Jubouri had signed")
        foreach (Match m in LowerArticleRegex().Matches(text.Substring(within.Start, within.Length)))
        {
            if (m.Index > 0 && char.IsUpper(text[within.Start + m.Index - 1])) continue;
            yield return new NameMention(new CharSpan(within.Start + m.Index, within.Start + m.Index + m.Length), m.Value, false, true);
        }
    }

    /// <summary>Cleans one raw capitalised sequence: drops leading stop words, titles and ranks, a
    /// trailing possessive; null when nothing is left.</summary>
    public NameMention? Parse(string raw)
    {
        var tokens = raw.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 0) tokens[^1] = StripPossessive(tokens[^1]);
        var office = false;
        var ranked = false;
        var changed = true;
        while (changed && tokens.Count > 0)
        {
            changed = false;
            while (tokens.Count > 0 && _stop.Contains(tokens[0])) { tokens.RemoveAt(0); changed = true; }
            foreach (var (words, isOffice) in _titles)
            {
                if (words.Length > tokens.Count) continue;
                var ok = true;
                for (var k = 0; k < words.Length && ok; k++)
                    ok = string.Equals(tokens[k].TrimEnd('.'), words[k], StringComparison.Ordinal);
                if (!ok) continue;
                tokens.RemoveRange(0, words.Length);
                office |= isOffice;
                ranked |= !isOffice;
                changed = true;
                break;
            }
        }
        if (tokens.Count == 0) return null;
        if (char.IsLower(tokens[0][0]) && !tokens[0].StartsWith("al-", StringComparison.Ordinal) && !tokens[0].StartsWith("el-", StringComparison.Ordinal)) return null;
        var name = string.Join(' ', tokens);
        var isPerson = !tokens.Any(t => _org.Contains(t) || _stop.Contains(t)) && !_demonyms.ContainsKey(name)
                       && !_demonyms.ContainsKey(tokens[0]) && !_demonyms.ContainsKey(tokens[^1])
                       && !tokens.Any(t => t.Length > 1 && t.All(char.IsUpper));
        return new NameMention(default, name, office, isPerson, ranked);
    }

    /// <summary>A person name as the text gives it, without titles; <paramref name="raw"/> may carry
    /// titles and trailing punctuation.</summary>
    public string CleanName(string raw)
    {
        var trimmed = raw.Trim().TrimEnd(',', '.', ';', ':');
        return Parse(trimmed)?.Name ?? trimmed;
    }

    /// <summary>True when an office or leadership title stands right before <paramref name="start"/>
    /// ("LRA leader Joseph Kony", "the group's late leader, Ahmed ...", "President X").</summary>
    public bool HasOfficeBefore(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        var before = text.AsSpan(from, start - from).TrimEnd();
        if (before.EndsWith(",")) before = before[..^1].TrimEnd();
        var w = before.Length;
        while (w > 0 && !char.IsWhiteSpace(before[w - 1])) w--;
        var word = before[w..].ToString();
        if (word.EndsWith("leader", StringComparison.OrdinalIgnoreCase) || word.EndsWith("leaders", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var (words, isOffice) in _titles)
            if (isOffice && string.Equals(words[^1], word.TrimEnd('.'), StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// A later or shorter form ("Hamid", "al-Jubouri", "Robow") resolved to the first full form in
    /// <paramref name="known"/> that contains all of its tokens; otherwise the name itself.
    /// </summary>
    public static string Resolve(string name, IEnumerable<string> known)
    {
        var mine = NameTokens(name);
        if (mine.Length == 0) return name;
        foreach (var k in known)
        {
            var theirs = NameTokens(k);
            if (theirs.Length <= mine.Length) continue;
            if (mine.All(t => theirs.Contains(t, StringComparer.OrdinalIgnoreCase))) return k;
        }
        return name;
    }

    /// <summary>Name tokens for comparison: lower-case, without al-/el- articles.</summary>
    public static string[] NameTokens(string name) =>
        [.. name.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant().Trim('.', ',', '\'', '’'))
            .Where(t => t.Length > 0 && t is not "al" and not "el")];

    private static string StripPossessive(string token) =>
        token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal) ? token[..^2] : token;
}
