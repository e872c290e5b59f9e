using System.Collections.Frozen;

namespace DefectionWatch.Extraction.Numbers;

/// <summary>
/// Multi-token phrases from a lexicon ("more than", "tens of thousands", "No.", "-year-old"), indexed by
/// their first and by their last token so that a match costs one hash lookup plus a few comparisons,
/// whatever the size of the lexicon. Phrases are tokenised like the text; comparison ignores case and
/// the spacing between tokens.
/// </summary>
internal sealed class PhraseTable<T>
{
    internal sealed record Entry(string[] Tokens, string Surface, T Value);

    private readonly FrozenDictionary<string, Entry[]> _byFirst;
    private readonly FrozenDictionary<string, Entry[]> _byLast;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _firstLookup;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _lastLookup;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var entries = new List<Entry>();
        var toks = new List<NumTok>();
        foreach (var (phrase, value) in phrases)
        {
            toks.Clear();
            NumberTokenizer.Tokenize(phrase, toks);
            if (toks.Count == 0) continue;
            entries.Add(new Entry([.. toks.Select(t => phrase[t.Start..t.End])], phrase, value));
        }
        _byFirst = Index(entries, e => e.Tokens[0]);
        _byLast = Index(entries, e => e.Tokens[^1]);
        _firstLookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _lastLookup = _byLast.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byFirst.Values.Sum(v => v.Length);

    private static FrozenDictionary<string, Entry[]> Index(List<Entry> entries, Func<Entry, string> key) =>
        entries.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest phrase starting at token <paramref name="i"/>; <paramref name="end"/> is the token after it.</summary>
    public bool MatchForward(string text, List<NumTok> toks, int i, out Entry entry, out int end)
    {
        entry = null!;
        end = i;
        if (i < 0 || i >= toks.Count) return false;
        if (!_firstLookup.TryGetValue(Slice(text, toks[i]), out var candidates)) return false;
        foreach (var e in candidates)
        {
            if (i + e.Tokens.Length > toks.Count) continue;
            var ok = true;
            for (var k = 1; k < e.Tokens.Length && ok; k++)
                ok = Slice(text, toks[i + k]).Equals(e.Tokens[k], StringComparison.OrdinalIgnoreCase);
            if (!ok) continue;
            entry = e;
            end = i + e.Tokens.Length;
            return true;
        }
        return false;
    }

    /// <summary>The longest phrase ending just before token <paramref name="endExclusive"/>.</summary>
    public bool MatchBackward(string text, List<NumTok> toks, int endExclusive, out Entry entry, out int start)
    {
        entry = null!;
        start = endExclusive;
        var last = endExclusive - 1;
        if (last < 0 || last >= toks.Count) return false;
        if (!_lastLookup.TryGetValue(Slice(text, toks[last]), out var candidates)) return false;
        foreach (var e in candidates)
        {
            var first = endExclusive - e.Tokens.Length;
            if (first < 0) continue;
            var ok = true;
            for (var k = 0; k < e.Tokens.Length - 1 && ok; k++)
                ok = Slice(text, toks[first + k]).Equals(e.Tokens[k], StringComparison.OrdinalIgnoreCase);
            if (!ok) continue;
            entry = e;
            start = first;
            return true;
        }
        return false;
    }

    public bool ContainsWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (!_firstLookup.TryGetValue(word, out var candidates)) return false;
        foreach (var e in candidates)
        {
            if (e.Tokens.Length != 1) continue;
            value = e.Value;
            return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Slice(string text, NumTok t) => text.AsSpan(t.Start, t.Length);
}
