using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Numbers;

/// <summary>
/// One left-to-right pass over the tokens of one text. At each token it tries, in this order: a hedge
/// ("more than"), a range opener ("between", "from"), a figure core (digits with scale, spelled-out number,
/// figure-less phrase), a range continuation, a post hedge ("or so"); then it decides the kind from the
/// words around the phrase. Per-call state only; the lexicon is shared and immutable.
/// </summary>
internal sealed class NumberScanner(string text, List<NumTok> toks, NumberLexicon lex)
{
    private const long MaxValue = 1_000_000_000_000_000;

    private readonly FrozenWordLookup _words = new(lex);

    /// <summary>The figure part of a quantity phrase, in tokens [Start, End).</summary>
    private struct Core
    {
        public int Start, End;
        public long Value;
        public QuantityPhrase? Phrase;
        public bool Digits;        // written with digits
        public bool Plain;         // one digit token, no groups, no decimal, no scale
        public int DigitCount;
        public bool Scaled;
        public bool Decimal;       // "1.5" without a scale word
        public bool SingleOne;     // the single word "one"
        public bool Money;         // currency sign before the figure
        public bool OrdinalSuffix; // "21st"
        public bool Decade;        // "1990s"
        public NumberKind? Kind;   // decided by shape (clock time, ISO date)
        public string? Rule;
    }

    public bool TryAt(int i, out NumberMention? mention, out int next)
    {
        mention = null;
        next = i + 1;
        var t = toks[i];
        // cheap filter: a mention starts with a digit, a sign, or a word
        if (t.Kind == NumTokKind.Other && !lex.CurrencyBefore.MatchForward(text, toks, i, out _, out _) &&
            !lex.PreHedges.MatchForward(text, toks, i, out _, out _)) return false;

        var j = i;
        Hedge? hedge = null;
        if (lex.PreHedges.MatchForward(text, toks, j, out var h, out var hEnd) && hEnd < toks.Count)
        {
            hedge = h.Value;
            j = hEnd;
        }

        var opener = 0; // 1 between, 2 from
        if (IsWord(j, "between")) { opener = 1; j++; }
        else if (IsWord(j, "from")) { opener = 2; j++; }

        if (!TryCore(j, out var c1))
        {
            if (hedge is null && opener == 0) return TryOrdinalWord(i, out mention, out next);
            return false;
        }

        var end = c1.End;
        Core? c2 = null;
        if (c1.Phrase is null && c1.Kind is null && end < toks.Count && IsConnector(end, opener) &&
            TryCore(end + 1, out var second) && second.Phrase is null && second.Kind is null && !second.Money &&
            AcceptRange(ref c1, second, end))
        {
            c2 = second;
            end = second.End;
        }
        if (opener != 0 && c2 is null) return false;

        Hedge? post = null;
        if (c2 is null && c1.Phrase is null && c1.Kind is null &&
            lex.PostHedges.MatchForward(text, toks, end, out var ph, out var phEnd) &&
            (toks[end].Kind == NumTokKind.Word ? !IsWord(end, "plus") || !toks[end].Space : !toks[end].Space))
        {
            post = ph.Value;
            end = phEnd;
        }

        mention = Classify(i, c1, c2, hedge ?? post, ref end);
        next = Math.Max(end, i + 1);
        return mention is not null;
    }

    // ------------------------------------------------------------------ cores

    private bool TryCore(int j, out Core core)
    {
        core = default;
        if (j >= toks.Count) return false;
        var money = false;
        var start = j;
        if (lex.CurrencyBefore.MatchForward(text, toks, j, out _, out var cEnd) && cEnd < toks.Count &&
            toks[cEnd].Kind == NumTokKind.Number)
        {
            money = true;
            j = cEnd;
        }

        if (!money && lex.Phrases.MatchForward(text, toks, j, out var p, out var pEnd))
        {
            var q = p.Value;
            var ok = q.NeedsOf ? IsWord(pEnd, "of")
                : q.Qualifier != CountQualifier.Vague ? pEnd < toks.Count && toks[pEnd].Kind == NumTokKind.Word
                : true;
            if (ok)
            {
                core = new Core { Start = start, End = pEnd, Phrase = q };
                return true;
            }
        }

        if (toks[j].Kind == NumTokKind.Number)
        {
            if (!TryDigits(j, money, out core)) return false;
            core.Start = start;
            return true;
        }
        if (!money && toks[j].Kind == NumTokKind.Word) return TryWords(j, out core);
        return false;
    }

    private bool TryDigits(int j, bool money, out Core core)
    {
        core = default;
        var t = toks[j];
        var span = text.AsSpan(t.Start, t.Length);
        if (!NumberTokenizer.TryValue(span, out var value, out var hasDecimal, out var hasGroups)) return false;
        core.Digits = true;
        core.Money = money;
        core.DigitCount = span.Length;
        var end = j + 1;

        // shapes decided by punctuation: clock time, ISO and slashed dates
        if (!hasDecimal && !hasGroups)
        {
            if (span.Length <= 2 && Is(end, ':', attached: true) && IsDigitsTok(end + 1, 2, 2, attached: true))
            {
                core.End = end + 2;
                core.Value = (long)value * 100 + ParseInt(end + 1);
                core.Kind = NumberKind.Time;
                core.Rule = "time.clock";
                return true;
            }
            if (span.Length == 4 && Is(end, '-', true) && IsDigitsTok(end + 1, 1, 2, true) && Is(end + 2, '-', true) && IsDigitsTok(end + 3, 1, 2, true) ||
                span.Length == 4 && Is(end, '/', true) && IsDigitsTok(end + 1, 1, 2, true) && Is(end + 2, '/', true) && IsDigitsTok(end + 3, 1, 2, true))
            {
                core.End = end + 4;
                core.Value = (long)value;
                core.Kind = NumberKind.Year;
                core.Rule = "year.date";
                return true;
            }
            if (span.Length <= 2 && Is(end, '/', true) && IsDigitsTok(end + 1, 1, 2, true) && Is(end + 2, '/', true) && IsDigitsTok(end + 3, 2, 4, true))
            {
                core.End = end + 4;
                core.Value = ParseInt(end + 3);
                core.Kind = NumberKind.Year;
                core.Rule = "year.date";
                return true;
            }
        }

        decimal scale = 1;
        if (end < toks.Count && toks[end].Kind == NumTokKind.Word && !toks[end].Space)
        {
            var w = Text(end);
            if (!hasDecimal && (w.Equals("st", StringComparison.OrdinalIgnoreCase) || w.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
                                w.Equals("rd", StringComparison.OrdinalIgnoreCase) || w.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                core.OrdinalSuffix = true;
                end++;
            }
            else if (!hasDecimal && !hasGroups && span.Length == 4 && span[3] == '0' && w.SequenceEqual("s"))
            {
                core.Decade = true;
                end++;
            }
            else if (_words.TryGet(w, out var nw) && nw.Class == NumberWordClass.Suffix &&
                     (nw.Value != 1_000_000 || !w.Equals("m", StringComparison.OrdinalIgnoreCase) || hasDecimal || money))
            {
                scale = nw.Value;
                end++;
            }
        }
        else if (end < toks.Count && toks[end].Kind == NumTokKind.Word && _words.TryGet(Text(end), out var sw) &&
                 sw.Class is NumberWordClass.Scale or NumberWordClass.Hundred or NumberWordClass.Dozen)
        {
            scale = sw.Value;
            end++;
            // "1.5 million" / "two hundred thousand"-like chains: one more larger scale
            if (end < toks.Count && toks[end].Kind == NumTokKind.Word && _words.TryGet(Text(end), out var sw2) &&
                sw2.Class == NumberWordClass.Scale && sw2.Value > sw.Value)
            {
                scale *= sw2.Value;
                end++;
            }
        }

        var v = value * scale;
        if (v > MaxValue) return false;
        core.Value = (long)Math.Round(v, MidpointRounding.AwayFromZero);
        core.Scaled = scale != 1;
        core.Plain = !hasDecimal && !hasGroups && !core.Scaled;
        core.Decimal = hasDecimal && !core.Scaled;
        core.End = end;
        return true;
    }

    private bool TryWords(int j, out Core core)
    {
        core = default;
        long total = 0, current = 0;
        long lastScale = long.MaxValue;
        var last = WordState.None;
        var k = j;
        var words = 0;
        var end = j;

        if ((IsWord(k, "a") || IsWord(k, "an")) && k + 1 < toks.Count && _words.TryGet(Text(k + 1), out var aw) &&
            aw.Class is NumberWordClass.Hundred or NumberWordClass.Scale or NumberWordClass.Dozen)
        {
            current = 1;
            last = WordState.Unit;
            k++;
        }

        while (k < toks.Count)
        {
            var tk = toks[k];
            if (tk.Kind == NumTokKind.Other)
            {
                // "twenty-first": a spelled ordinal ends the number
                if (last == WordState.Tens && Text(k).SequenceEqual("-") && !tk.Space && k + 1 < toks.Count && !toks[k + 1].Space &&
                    _words.TryGet(Text(k + 1), out var ho) && ho.Class == NumberWordClass.Ordinal && ho.Value < 10)
                {
                    current += ho.Value;
                    core.OrdinalSuffix = true;
                    words++;
                    end = k + 2;
                    break;
                }
                // "twenty-three"
                if (last == WordState.Tens && Text(k).SequenceEqual("-") && !tk.Space && k + 1 < toks.Count && !toks[k + 1].Space &&
                    _words.TryGet(Text(k + 1), out var hu) && hu.Class == NumberWordClass.Unit)
                {
                    k++;
                    continue;
                }
                break;
            }
            if (tk.Kind != NumTokKind.Word) break;
            var w = Text(k);
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                if (last is WordState.Hundred or WordState.Scale && k + 1 < toks.Count && _words.TryGet(Text(k + 1), out var an) &&
                    an.Class is NumberWordClass.Unit or NumberWordClass.Teen or NumberWordClass.Tens)
                {
                    k++;
                    continue;
                }
                break;
            }
            if (!_words.TryGet(w, out var nw)) break;
            var accepted = true;
            switch (nw.Class)
            {
                case NumberWordClass.Unit:
                    if (last is WordState.None or WordState.Hundred or WordState.Scale or WordState.Tens) { current += nw.Value; last = WordState.Unit; }
                    else accepted = false;
                    break;
                case NumberWordClass.Teen:
                    if (last is WordState.None or WordState.Hundred or WordState.Scale) { current += nw.Value; last = WordState.Teen; }
                    else accepted = false;
                    break;
                case NumberWordClass.Tens:
                    if (last is WordState.None or WordState.Hundred or WordState.Scale) { current += nw.Value; last = WordState.Tens; }
                    else accepted = false;
                    break;
                case NumberWordClass.Hundred:
                    if (last is WordState.Unit or WordState.Teen && current is > 0 and < 100) { current *= 100; last = WordState.Hundred; }
                    else accepted = false;
                    break;
                case NumberWordClass.Dozen:
                    if (last is WordState.Unit or WordState.Teen or WordState.Tens && current is > 0 and < 100) { current *= 12; last = WordState.Dozen; }
                    else accepted = false;
                    break;
                case NumberWordClass.Scale:
                    if (last is not WordState.None and not WordState.Scale && current > 0 && nw.Value < lastScale)
                    {
                        total += current * nw.Value;
                        current = 0;
                        lastScale = nw.Value;
                        last = WordState.Scale;
                    }
                    else accepted = false;
                    break;
                default:
                    accepted = false;
                    break;
            }
            if (!accepted) break;
            words++;
            k++;
            end = k;
        }
        if (words == 0) return false;
        core.Start = j;
        core.End = end;
        core.Value = total + current;
        core.SingleOne = words == 1 && core.Value == 1 && end == j + 1;
        core.Scaled = lastScale != long.MaxValue;
        if (core.Value <= 0 || core.Value > MaxValue) return false;

        // "twenty-three (23)": the figure repeated in brackets belongs to the same mention
        if (!core.OrdinalSuffix && Is(end, '(', attached: false) && end + 2 < toks.Count && toks[end + 1].Kind == NumTokKind.Number &&
            Is(end + 2, ')', attached: true) &&
            NumberTokenizer.TryValue(text.AsSpan(toks[end + 1].Start, toks[end + 1].Length), out var echo, out _, out _) &&
            echo == core.Value)
        {
            core.End = end + 3;
        }
        return true;
    }

    private enum WordState : byte { None, Unit, Teen, Tens, Hundred, Dozen, Scale }

    private bool AcceptRange(ref Core c1, Core c2, int connector)
    {
        // "2011-13", "2014-15": a year range with a two-digit end
        if (c1.Plain && c1.DigitCount == 4 && c1.Value is >= 1900 and <= 2099 && c2.Plain && c2.DigitCount == 2 &&
            (Text(connector).SequenceEqual("-") || Text(connector).SequenceEqual("\u2013")))
        {
            return c1.Value % 100 < c2.Value;
        }
        if (c2.Scaled && !c1.Scaled && c1.Digits == c2.Digits)
        {
            var unit = ScaleOf(c2);
            if (unit > 1 && c1.Value * unit < c2.Value) c1.Value *= unit;
        }
        return c2.Value > c1.Value;
    }

    private long ScaleOf(Core c)
    {
        // the scale word of c ("million" in "10 million") from its last token
        var last = c.End - 1;
        return _words.TryGet(Text(last), out var w) && w.Class is NumberWordClass.Scale or NumberWordClass.Suffix or NumberWordClass.Dozen ? w.Value : 1;
    }

    private bool IsConnector(int k, int opener)
    {
        var w = Text(k);
        var dash = w.SequenceEqual("-") || w.SequenceEqual("\u2013") || w.SequenceEqual("\u2014");
        return opener switch
        {
            1 => dash || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase),
            2 => dash || w.Equals("to", StringComparison.OrdinalIgnoreCase),
            _ => dash || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase),
        };
    }

    // ------------------------------------------------------------------ kinds

    private NumberMention? Classify(int i, Core c1, Core? c2, Hedge? hedge, ref int end)
    {
        var hedged = hedge is not null;
        var start = i;

        Count count;
        if (c2 is { } r) count = Count.Between(c1.Value, r.Value);
        else if (c1.Phrase is { } p)
            count = p.Qualifier == CountQualifier.Vague ? Count.Vague(p.Low, p.High)
                : (p.Qualifier == CountQualifier.Approx ? Count.Approx(p.Low) : Count.Exact(p.Low)).WithQualifier(hedge?.Qualifier ?? p.Qualifier);
        else count = Count.Exact(c1.Value).WithQualifier(hedge?.Qualifier ?? CountQualifier.Exact);

        if (c1.Kind is { } fixedKind)
        {
            if (fixedKind == NumberKind.Time && lex.TimeAfter.MatchForward(text, toks, end, out _, out var te)) end = te;
            return Make(start, end, count, fixedKind, c1.Rule!);
        }

        var last = c2 ?? c1;
        var plainRange = c1.Plain && (c2 is null || c2.Value.Plain);

        if (lex.PercentAfter.MatchForward(text, toks, end, out _, out var pe))
        {
            end = pe;
            return Make(start, end, count, NumberKind.Percent, "percent");
        }
        if (c1.Phrase is null && (c1.Money || lex.CurrencyAfter.MatchForward(text, toks, end, out _, out _)))
            return Make(start, end, count, NumberKind.Money, "money");
        if (c1.Phrase is null && lex.AgeAfter.MatchForward(text, toks, end, out _, out var ae))
        {
            end = ae;
            return Make(start, end, count, NumberKind.Age, "age.year-old");
        }
        if (c1.Phrase is null && last.Value <= 2400 && lex.TimeAfter.MatchForward(text, toks, end, out _, out var tEnd))
        {
            end = tEnd;
            return Make(start, end, count, NumberKind.Time, "time.suffix");
        }
        if (lex.AgeBefore.MatchBackward(text, toks, i, out _, out _) && c1.Phrase is null)
            return Make(start, end, count, NumberKind.Age, "age.aged");
        if (!hedged && c2 is null && c1.Plain && c1.Value is >= 1 and <= 120 && i >= 2 && IsCapitalisedWord(i - 2) &&
            !lex.Months.MatchBackward(text, toks, i - 1, out _, out _) &&
            (Is(i - 1, '(', false) && Is(end, ')', true) || Is(i - 1, ',', true) && Is(end, ',', true)))
            return Make(start, end, count, NumberKind.Age, "age.apposition");

        // "GMT+3": a clock offset
        if (!hedged && c1.Plain && i >= 2 && (Is(i - 1, '+', true) || Is(i - 1, '-', true)) && !toks[i].Space &&
            lex.TimeAfter.MatchBackward(text, toks, i - 1, out _, out _))
            return Make(start, end, count, NumberKind.Time, "time.offset");

        // "1. Gallant troops ...": a numbered paragraph of a press release
        if (!hedged && c2 is null && c1.Plain && c1.Value < 100 && IsLineStart(i) &&
            (Is(end, '.', true) || Is(end, ')', true)) && end + 1 < toks.Count && toks[end + 1].Space)
            return Make(start, end, count, NumberKind.Ordinal, "ordinal.list-item");

        if (!hedged && c1.Digits && !c1.Money && lex.UnitBefore.MatchBackward(text, toks, i, out _, out _))
            return Make(start, end, count, NumberKind.Unit, "unit.before");

        if (c1.OrdinalSuffix)
        {
            if (IsMonthAt(end) || IsMonthBefore(i) || IsWord(end, "of") && IsMonthAt(end + 1))
                return Make(start, end, count, NumberKind.Ordinal, "ordinal.day-of-month");
            if (UnitAfter(end, anyCase: true))
                return Make(start, end, count, NumberKind.Unit, "unit.after");
            return Make(start, end, count, NumberKind.Ordinal, "ordinal.suffix");
        }
        if (c1.Decade)
            return Make(start, end, Count.Between(c1.Value, c1.Value + 9), NumberKind.Year, "year.decade");

        if (!hedged && plainRange && c1.DigitCount == 4 && c1.Value is >= 1900 and <= 2099)
        {
            if (c2 is { } y)
            {
                var high = y.DigitCount == 2 ? c1.Value / 100 * 100 + y.Value : y.Value;
                if (high is >= 1900 and <= 2099)
                    return Make(start, end, Count.Between(c1.Value, high), NumberKind.Year, "year.range");
            }
            else return Make(start, end, count, NumberKind.Year, "year");
        }

        if (!hedged && plainRange && c1.Value is >= 1 and <= 31 && last.Value <= 31 && (IsMonthAt(end) || IsMonthBefore(i)))
            return Make(start, end, count, NumberKind.Ordinal, "ordinal.day-of-month");

        if (!hedged && c2 is null && c1.Plain && c1.DigitCount <= 4 && UnitAfter(end, anyCase: false))
            return Make(start, end, count, NumberKind.Unit, "unit.after");

        if (lex.MeasureAfter.MatchForward(text, toks, end, out _, out _) ||
            Is(end, '-', true) && end + 1 < toks.Count && !toks[end + 1].Space && lex.MeasureAfter.MatchForward(text, toks, end + 1, out _, out _))
            return Make(start, end, count, NumberKind.Measure, "measure");

        // a decimal without a scale ("2.4 magnitude") never counts people
        if (c1.Decimal || c2 is { Decimal: true })
            return Make(start, end, count, NumberKind.Measure, "measure.decimal");

        if (c1.Digits && !hedged && c1.Phrase is null)
        {
            // "F-16", "COVID-19", "A4": a figure glued to a word is a designation
            var glued = i >= 1 && !toks[i].Space &&
                        (toks[i - 1].Kind == NumTokKind.Word ||
                         Is(i - 1, '-', true) && i >= 2 && toks[i - 2].Kind == NumTokKind.Word && !_words.TryGet(Text(i - 2), out _));
            // "5G", "4x4": a figure with letters glued after it
            var suffixed = end < toks.Count && !toks[end].Space && toks[end].Kind == NumTokKind.Word;
            if (glued || suffixed) return Make(start, end, count, NumberKind.Unit, "unit.designation");
        }

        if (c1.SingleOne && c2 is null && !hedged)
        {
            if (lex.OneBlockedBefore.MatchBackward(text, toks, i, out _, out _)) return null;
            if (end >= toks.Count || toks[end].Kind != NumTokKind.Word || lex.OneBlockedAfter.MatchForward(text, toks, end, out _, out _)) return null;
        }

        var rule = c2 is not null ? "cardinal.range"
            : c1.Phrase is { Qualifier: CountQualifier.Vague } ? "cardinal.vague"
            : c1.Phrase is not null ? "cardinal.phrase"
            : c1.Digits ? "cardinal.digits" : "cardinal.words";
        return Make(start, end, count, NumberKind.Cardinal, rule);
    }

    private bool TryOrdinalWord(int i, out NumberMention? mention, out int next)
    {
        mention = null;
        next = i + 1;
        if (toks[i].Kind != NumTokKind.Word || !_words.TryGet(Text(i), out var w) || w.Class != NumberWordClass.Ordinal) return false;
        if (!lex.OrdinalDeterminers.MatchBackward(text, toks, i, out _, out _)) return false;
        mention = Make(i, i + 1, Count.Exact(w.Value), NumberKind.Ordinal, "ordinal.word");
        return true;
    }

    private NumberMention Make(int startTok, int endTok, Count count, NumberKind kind, string rule) =>
        new(new CharSpan(toks[startTok].Start, toks[endTok - 1].End), count, kind, rule);

    // ------------------------------------------------------------------ helpers

    private bool UnitAfter(int k, bool anyCase)
    {
        for (var skipped = 0; skipped <= 3 && k < toks.Count; skipped++, k++)
        {
            if (toks[k].Kind != NumTokKind.Word || !char.IsUpper(text[toks[k].Start]) && !anyCase) return false;
            if (lex.UnitAfter.MatchForward(text, toks, k, out _, out _)) return true;
            if (!char.IsUpper(text[toks[k].Start])) return false;
        }
        return false;
    }

    /// <summary>Only white space between the start of the line and token <paramref name="k"/>.</summary>
    private bool IsLineStart(int k)
    {
        for (var p = toks[k].Start - 1; p >= 0; p--)
        {
            if (text[p] == '\n') return true;
            if (!char.IsWhiteSpace(text[p])) return false;
        }
        return true;
    }

    private bool IsMonthAt(int k) =>
        k < toks.Count && toks[k].Kind == NumTokKind.Word && char.IsUpper(text[toks[k].Start]) &&
        lex.Months.MatchForward(text, toks, k, out _, out _);

    private bool IsMonthBefore(int k)
    {
        if (k < 1) return false;
        // "Dec. 1", "December 1", "Jan 16"
        return lex.Months.MatchBackward(text, toks, k, out _, out var s) && char.IsUpper(text[toks[s].Start]);
    }

    private bool IsCapitalisedWord(int k) =>
        k >= 0 && k < toks.Count && toks[k].Kind == NumTokKind.Word && char.IsUpper(text[toks[k].Start]) && !_words.TryGet(Text(k), out _);

    private ReadOnlySpan<char> Text(int k) => text.AsSpan(toks[k].Start, toks[k].Length);

    private bool IsWord(int k, string w) =>
        k >= 0 && k < toks.Count && toks[k].Kind == NumTokKind.Word && Text(k).Equals(w, StringComparison.OrdinalIgnoreCase);

    private bool Is(int k, char c, bool attached) =>
        k >= 0 && k < toks.Count && toks[k].Kind == NumTokKind.Other && toks[k].Length == 1 && text[toks[k].Start] == c &&
        (!attached || !toks[k].Space);

    private bool IsDigitsTok(int k, int minLen, int maxLen, bool attached)
    {
        if (k >= toks.Count) return false;
        var t = toks[k];
        if (t.Kind != NumTokKind.Number || t.Length < minLen || t.Length > maxLen || attached && t.Space) return false;
        foreach (var ch in text.AsSpan(t.Start, t.Length)) if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    private int ParseInt(int k)
    {
        var n = 0;
        foreach (var ch in Text(k)) n = n * 10 + (ch - '0');
        return n;
    }

    /// <summary>Span-keyed access to the number words.</summary>
    private readonly struct FrozenWordLookup(NumberLexicon lexicon)
    {
        private readonly System.Collections.Frozen.FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _lookup = lexicon.WordLookup;

        public bool TryGet(ReadOnlySpan<char> word, out NumberWord value) => _lookup.TryGetValue(word, out value);
    }
}
