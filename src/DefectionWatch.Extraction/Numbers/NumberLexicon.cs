using System.Collections.Frozen;
using System.Globalization;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Numbers;

/// <summary>Class of a number word (numbers-words.tsv).</summary>
internal enum NumberWordClass : byte { Unit, Teen, Tens, Hundred, Scale, Dozen, Suffix, Ordinal }

internal readonly record struct NumberWord(long Value, NumberWordClass Class);

internal enum HedgePosition : byte { Pre, Post }

internal readonly record struct Hedge(CountQualifier Qualifier, HedgePosition Position);

/// <summary>A figure-less quantity phrase ("several dozen", "a handful") from numbers-phrases.tsv.</summary>
internal readonly record struct QuantityPhrase(CountQualifier Qualifier, long Low, long High, bool NeedsOf);

/// <summary>The word lists of the numbers stage, read once from Resources/en/numbers-*.tsv.</summary>
internal sealed class NumberLexicon
{
    public required FrozenDictionary<string, NumberWord> Words { get; init; }
    public required PhraseTable<Hedge> PreHedges { get; init; }
    public required PhraseTable<Hedge> PostHedges { get; init; }
    public required PhraseTable<QuantityPhrase> Phrases { get; init; }
    public required PhraseTable<bool> MeasureAfter { get; init; }
    public required PhraseTable<bool> PercentAfter { get; init; }
    public required PhraseTable<bool> TimeAfter { get; init; }
    public required PhraseTable<bool> AgeBefore { get; init; }
    public required PhraseTable<bool> AgeAfter { get; init; }
    public required PhraseTable<bool> UnitBefore { get; init; }
    public required PhraseTable<bool> UnitAfter { get; init; }
    public required PhraseTable<bool> Months { get; init; }
    public required PhraseTable<bool> OneBlockedBefore { get; init; }
    public required PhraseTable<bool> OneBlockedAfter { get; init; }
    public required PhraseTable<bool> OrdinalDeterminers { get; init; }
    public required PhraseTable<bool> CurrencyBefore { get; init; }
    public required PhraseTable<bool> CurrencyAfter { get; init; }

    public FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup => Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NumberLexicon Load(ResourceStore store)
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in store.ReadTsv("en/numbers-words.tsv"))
        {
            Require(f, 3, "numbers-words.tsv", line);
            words[f[0].Trim()] = new NumberWord(long.Parse(f[1], CultureInfo.InvariantCulture), ParseClass(f[2].Trim(), line));
        }

        var pre = new List<(string, Hedge)>();
        var post = new List<(string, Hedge)>();
        foreach (var (line, f) in store.ReadTsv("en/numbers-hedges.tsv"))
        {
            Require(f, 3, "numbers-hedges.tsv", line);
            var q = ParseQualifier(f[1].Trim(), line);
            if (f[2].Trim().Equals("post", StringComparison.Ordinal)) post.Add((f[0].Trim(), new Hedge(q, HedgePosition.Post)));
            else pre.Add((f[0].Trim(), new Hedge(q, HedgePosition.Pre)));
        }

        var phrases = new List<(string, QuantityPhrase)>();
        foreach (var (line, f) in store.ReadTsv("en/numbers-phrases.tsv"))
        {
            Require(f, 5, "numbers-phrases.tsv", line);
            phrases.Add((f[0].Trim(), new QuantityPhrase(
                ParseQualifier(f[1].Trim(), line),
                long.Parse(f[2], CultureInfo.InvariantCulture),
                long.Parse(f[3], CultureInfo.InvariantCulture),
                f[4].Trim().Equals("yes", StringComparison.Ordinal))));
        }

        var roles = new Dictionary<string, List<(string, bool)>>(StringComparer.Ordinal);
        foreach (var (line, f) in store.ReadTsv("en/numbers-units.tsv"))
        {
            Require(f, 2, "numbers-units.tsv", line);
            var role = f[1].Trim();
            if (!roles.TryGetValue(role, out var l)) roles[role] = l = [];
            l.Add((f[0].Trim(), true));
        }
        var currencyBefore = new List<(string, bool)>();
        var currencyAfter = new List<(string, bool)>();
        foreach (var (line, f) in store.ReadTsv("en/numbers-currency.tsv"))
        {
            Require(f, 2, "numbers-currency.tsv", line);
            (f[1].Trim().Equals("before", StringComparison.Ordinal) ? currencyBefore : currencyAfter).Add((f[0].Trim(), true));
        }

        PhraseTable<bool> Role(string name) =>
            roles.TryGetValue(name, out var l) ? new PhraseTable<bool>(l)
            : throw new InvalidDataException($"DW2101: numbers-units.tsv has no '{name}' rows");

        return new NumberLexicon
        {
            Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            PreHedges = new PhraseTable<Hedge>(pre),
            PostHedges = new PhraseTable<Hedge>(post),
            Phrases = new PhraseTable<QuantityPhrase>(phrases),
            MeasureAfter = Role("measure_after"),
            PercentAfter = Role("percent_after"),
            TimeAfter = Role("time_after"),
            AgeBefore = Role("age_before"),
            AgeAfter = Role("age_after"),
            UnitBefore = Role("unit_before"),
            UnitAfter = Role("unit_after"),
            Months = Role("month"),
            OneBlockedBefore = Role("one_blocked_before"),
            OneBlockedAfter = Role("one_blocked_after"),
            OrdinalDeterminers = Role("ordinal_determiner"),
            CurrencyBefore = new PhraseTable<bool>(currencyBefore),
            CurrencyAfter = new PhraseTable<bool>(currencyAfter),
        };
    }

    private static void Require(string[] f, int n, string file, int line)
    {
        if (f.Length < n) throw new InvalidDataException($"DW2102: {file} line {line}: expected {n} tab-separated fields");
    }

    private static NumberWordClass ParseClass(string s, int line) => s switch
    {
        "unit" => NumberWordClass.Unit,
        "teen" => NumberWordClass.Teen,
        "tens" => NumberWordClass.Tens,
        "hundred" => NumberWordClass.Hundred,
        "scale" => NumberWordClass.Scale,
        "dozen" => NumberWordClass.Dozen,
        "suffix" => NumberWordClass.Suffix,
        "ordinal" => NumberWordClass.Ordinal,
        _ => throw new InvalidDataException($"DW2103: numbers-words.tsv line {line}: unknown class '{s}'"),
    };

    private static CountQualifier ParseQualifier(string s, int line) => s switch
    {
        "exact" => CountQualifier.Exact,
        "approx" => CountQualifier.Approx,
        "at_least" => CountQualifier.AtLeast,
        "at_most" => CountQualifier.AtMost,
        "range" => CountQualifier.Range,
        "vague" => CountQualifier.Vague,
        _ => throw new InvalidDataException($"DW2104: unknown qualifier '{s}' on line {line}"),
    };
}
