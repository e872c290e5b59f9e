using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Dates;

internal readonly record struct MonthWord(int Number, bool Ambiguous, bool Abbreviation);

internal readonly record struct WeekdayWord(int IsoDay, bool Abbreviation);

internal readonly record struct NumberWord(int Value, bool Ordinal);

internal enum UnitWord { Day, Week, Fortnight, Month, Year, Decade, Hour }

[Flags]
internal enum CueRole
{
    None = 0,
    YearStrong = 1,
    YearWeak = 2,
    Month = 4,
    Preposition = 8,
    OrdinalPrefix = 16,
    Function = 32,
    Daypart = 64,
    DayPrefix = 128,
    Future = 256,
}

internal sealed record RelativeEntry(string Kind, int Offset);

/// <summary>A multi-word phrase table keyed by its first word (matching ignores case).</summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, ImmutableArray<(string[] Words, T Value)>> _byFirst;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        _byFirst = entries
            .Select(e => (Words: e.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Value))
            .Where(e => e.Words.Length > 0)
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(e => e.Words.Length).ToImmutableArray(),
                StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The longest phrase starting at token <paramref name="i"/>; <paramref name="end"/> is the token after it.</summary>
    public bool Match(string text, DateToken[] tokens, int i, out T value, out int end)
    {
        value = default!;
        end = i;
        if (i >= tokens.Length || tokens[i].Kind != DateTokenKind.Word) return false;
        if (!_byFirst.GetAlternateLookup<ReadOnlySpan<char>>()
                .TryGetValue(text.AsSpan(tokens[i].Start, tokens[i].Length), out var candidates)) return false;
        foreach (var (words, v) in candidates)
        {
            if (i + words.Length > tokens.Length) continue;
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.Kind == DateTokenKind.Word && t.Gap && !t.Newline &&
                     text.AsSpan(t.Start, t.Length).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }
            if (!ok) continue;
            value = v;
            end = i + words.Length;
            return true;
        }
        return false;
    }
}

/// <summary>The word lists of the date stage, read from Resources/en/dates-*.tsv.</summary>
internal sealed class DateLexicon
{
    public FrozenDictionary<string, MonthWord> Months { get; }
    public FrozenDictionary<string, WeekdayWord> Weekdays { get; }
    public FrozenDictionary<string, NumberWord> Numbers { get; }
    public FrozenDictionary<string, UnitWord> Units { get; }
    public FrozenDictionary<string, CueRole> Cues { get; }
    public FrozenDictionary<string, (int First, int Last)?> Seasons { get; }
    public PhraseTable<RelativeEntry> Relative { get; }
    public PhraseTable<DatePart> Parts { get; }

    /// <summary>Every word that can start a temporal expression; other words are skipped with one lookup.</summary>
    public FrozenSet<string> Triggers { get; }

    // words of the grammar in DateDetector that start an expression (not lexicon entries)
    private static readonly string[] GrammarStarts = ["the", "since", "between", "from", "last", "this", "next", "fiscal", "in", "over", "during", "within", "for"];

    public DateLexicon(ResourceStore resources)
    {
        var months = new Dictionary<string, MonthWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in resources.ReadTsv("en/dates-months.tsv"))
        {
            var n = Int(f[0]);
            var ambiguous = f.Length > 3 && f[3].Trim().Equals("yes", StringComparison.OrdinalIgnoreCase);
            months[f[1].Trim()] = new MonthWord(n, ambiguous, false);
            if (f.Length > 2)
                foreach (var a in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    months[a] = new MonthWord(n, ambiguous, true);
        }
        Months = months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var weekdays = new Dictionary<string, WeekdayWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in resources.ReadTsv("en/dates-weekdays.tsv"))
        {
            var n = Int(f[0]);
            weekdays[f[1].Trim()] = new WeekdayWord(n, false);
            if (f.Length > 2)
                foreach (var a in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    weekdays[a] = new WeekdayWord(n, true);
        }
        Weekdays = weekdays.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        Numbers = resources.ReadTsv("en/dates-numbers.tsv")
            .ToFrozenDictionary(r => r.Fields[0].Trim(),
                r => new NumberWord(Int(r.Fields[1]), r.Fields.Length > 2 && r.Fields[2].Trim() == "ordinal"),
                StringComparer.OrdinalIgnoreCase);

        Units = resources.ReadTsv("en/dates-units.tsv")
            .ToFrozenDictionary(r => r.Fields[0].Trim(), r => Enum.Parse<UnitWord>(r.Fields[1].Trim(), ignoreCase: true),
                StringComparer.OrdinalIgnoreCase);

        var cues = new Dictionary<string, CueRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in resources.ReadTsv("en/dates-cues.tsv"))
        {
            var role = f[1].Trim() switch
            {
                "year-strong" => CueRole.YearStrong,
                "year-weak" => CueRole.YearWeak,
                "month" => CueRole.Month,
                "preposition" => CueRole.Preposition,
                "ordinal-prefix" => CueRole.OrdinalPrefix,
                "function" => CueRole.Function,
                "daypart" => CueRole.Daypart,
                "dayprefix" => CueRole.DayPrefix,
                "future" => CueRole.Future,
                var other => throw new FormatException($"DW2101: dates-cues.tsv line {line}: unknown role '{other}'"),
            };
            var w = f[0].Trim();
            cues[w] = cues.GetValueOrDefault(w) | role;
        }
        Cues = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        Seasons = resources.ReadTsv("en/dates-seasons.tsv")
            .ToFrozenDictionary(r => r.Fields[0].Trim(),
                r => r.Fields.Length > 2 && r.Fields[1].Trim().Length > 0 && r.Fields[2].Trim().Length > 0
                    ? ((int, int)?)(Int(r.Fields[1]), Int(r.Fields[2]))
                    : null,
                StringComparer.OrdinalIgnoreCase);

        Relative = new PhraseTable<RelativeEntry>(resources.ReadTsv("en/dates-relative.tsv")
            .Select(r => (r.Fields[0].Trim(), new RelativeEntry(r.Fields[1].Trim(), r.Fields.Length > 2 ? Int(r.Fields[2]) : 0))));

        var ranges = new Dictionary<string, DatePart>(StringComparer.Ordinal);
        var phrases = new List<(string, string)>();
        foreach (var (line, f) in resources.ReadTsv("en/dates-parts.tsv"))
        {
            switch (f[0].Trim())
            {
                case "range":
                    var (d1, d2) = Pair(f[2]);
                    var (m1, m2) = Pair(f[3]);
                    var (y1, y2) = Pair(f[4]);
                    ranges[f[1].Trim()] = new DatePart(f[1].Trim(), d1, d2, m1, m2, y1, y2);
                    break;
                case "phrase":
                    phrases.Add((f[1].Trim(), f[2].Trim()));
                    break;
                default:
                    throw new FormatException($"DW2102: dates-parts.tsv line {line}: expected 'range' or 'phrase'");
            }
        }
        Parts = new PhraseTable<DatePart>(phrases.Select(p => (p.Item1, ranges[p.Item2])));

        var triggers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        triggers.UnionWith(months.Keys);
        triggers.UnionWith(weekdays.Keys);
        triggers.UnionWith(Numbers.Keys);
        triggers.UnionWith(Seasons.Keys);
        triggers.UnionWith(GrammarStarts);
        triggers.UnionWith(cues.Where(c => (c.Value & (CueRole.DayPrefix | CueRole.Preposition)) != 0).Select(c => c.Key));
        triggers.UnionWith(Relative.FirstWords);
        triggers.UnionWith(Parts.FirstWords);
        Triggers = triggers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static int Int(string s) => int.Parse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static (int, int) Pair(string s)
    {
        var parts = s.Split('-', StringSplitOptions.TrimEntries);
        return (Int(parts[0]), Int(parts[1]));
    }

    public bool IsTrigger(ReadOnlySpan<char> word) => Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public CueRole Cue(ReadOnlySpan<char> word) =>
        Cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var r) ? r : CueRole.None;
}
