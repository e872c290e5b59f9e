using System.Globalization;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Dates;

/// <summary>A temporal expression found in text with its underspecified value (not yet resolved).</summary>
public sealed record DetectedDate(CharSpan Span, TemporalValue Value, string Rule);

/// <summary>
/// Detection half of the date stage: finds temporal expressions with a small hand-written grammar over
/// tokens (no regex backtracking) and gives each an underspecified <see cref="TemporalValue"/>. Spans
/// leave out a leading preposition ("on Sunday" → "Sunday") except where it changes the interval
/// ("since 2014", "between ... and ...") or is part of a fixed phrase ("over the weekend").
/// </summary>
internal sealed class DateDetector(DateLexicon lexicon)
{
    public List<DetectedDate> Detect(string text)
    {
        var result = new List<DetectedDate>();
        if (string.IsNullOrEmpty(text)) return result;
        var scan = new Scan(text, DateTokenizer.Tokenize(text), lexicon);
        var tokens = scan.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (scan.Best(i) is { } m && m.End > i)
            {
                result.Add(new DetectedDate(new CharSpan(tokens[m.Start].Start, tokens[m.End - 1].End), m.Value, m.Rule));
                i = m.End;
            }
            else i++;
        }
        return result;
    }

    private readonly record struct M(int Start, int End, TemporalValue Value, string Rule);

    private sealed class Scan(string text, DateToken[] tokens, DateLexicon lex)
    {
        public DateToken[] Tokens => tokens;

        // ---------------------------------------------------------------- token helpers

        private bool Has(int i) => i >= 0 && i < tokens.Length;
        private ReadOnlySpan<char> S(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);
        private bool IsWord(int i) => Has(i) && tokens[i].Kind == DateTokenKind.Word;
        private bool Eq(int i, string w) => IsWord(i) && S(i).Equals(w, StringComparison.OrdinalIgnoreCase);
        private bool Cap(int i) => char.IsUpper(text[tokens[i].Start]);
        /// <summary>Token i follows token i-1 on the same line.</summary>
        private bool SameLine(int i) => Has(i) && !tokens[i].Newline;
        /// <summary>Token i touches token i-1 (no white space).</summary>
        private bool Joined(int i) => Has(i) && !tokens[i].Gap;
        private bool IsPunct(int i, char c) => Has(i) && tokens[i].Kind == DateTokenKind.Punct && text[tokens[i].Start] == c;
        private bool IsDash(int i) => Has(i) && tokens[i].Kind == DateTokenKind.Punct && text[tokens[i].Start] is '-' or '\u2013' or '\u2014';
        private CueRole Cue(int i) => IsWord(i) ? lex.Cue(S(i)) : CueRole.None;
        private CueRole PrevCue(int i) => SameLine(i) ? Cue(i - 1) : CueRole.None;

        private int? Num(int i, int maxLength)
        {
            if (!Has(i) || tokens[i].Kind != DateTokenKind.Number || tokens[i].Length > maxLength) return null;
            return int.Parse(S(i), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        /// <summary>A number that is not part of a larger one ("2,014", "16:05", "1.5") nor glued to letters or currency.</summary>
        private bool Standalone(int i, bool allowSuffix = true)
        {
            if (Joined(i) && Has(i - 1))
            {
                var p = tokens[i - 1];
                if (p.Kind == DateTokenKind.Word) return false;
                if (p.Kind == DateTokenKind.Punct)
                {
                    var c = text[p.Start];
                    if (c is '$' or '\u00a3' or '\u20ac' or '#' or '+') return false;
                    if (c is ',' or '.' or ':' or '/' && Joined(i - 1) && Has(i - 2) && tokens[i - 2].Kind == DateTokenKind.Number) return false;
                }
            }
            if (Joined(i + 1))
            {
                var n = tokens[i + 1];
                if (n.Kind == DateTokenKind.Word) return allowSuffix && IsOrdinalSuffix(i + 1);
                var c = text[n.Start];
                if (c is '%') return false;
                if (c is ',' or '.' or ':' or '/' && Joined(i + 2) && tokens[i + 2].Kind == DateTokenKind.Number) return false;
            }
            return true;
        }

        private bool IsOrdinalSuffix(int i) =>
            IsWord(i) && tokens[i].Length == 2 && (Eq(i, "st") || Eq(i, "nd") || Eq(i, "rd") || Eq(i, "th"));

        private int SkipOrdinalSuffix(int i) => Joined(i) && IsOrdinalSuffix(i) ? i + 1 : i;

        private bool IsYear(int i, out int year)
        {
            year = 0;
            if (Num(i, 4) is not { } y || tokens[i].Length != 4 || y is < 1800 or > 2099) return false;
            if (!Standalone(i, allowSuffix: false))
            {
                // "2014's" is fine, "2000s" is a decade (handled elsewhere)
                if (!(Joined(i + 1) && tokens[i + 1].Kind == DateTokenKind.Punct && text[tokens[i + 1].Start] is '\'' or '\u2019')) return false;
            }
            year = y;
            return true;
        }

        private bool MonthAt(int i, out MonthWord month, out int after)
        {
            month = default;
            after = i;
            if (!IsWord(i) || !Cap(i)) return false;
            if (!lex.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(S(i), out month)) return false;
            after = i + 1;
            if (month.Abbreviation && IsPunct(i + 1, '.') && Joined(i + 1)) after = i + 2;
            return true;
        }

        private bool WeekdayAt(int i, bool allowAbbreviation, out int isoDay, out int after)
        {
            isoDay = 0;
            after = i;
            if (!IsWord(i) || !Cap(i)) return false;
            if (!lex.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(S(i), out var w)) return false;
            if (w.Abbreviation && !allowAbbreviation) return false;
            isoDay = w.IsoDay;
            after = i + 1;
            if (w.Abbreviation && IsPunct(i + 1, '.') && Joined(i + 1)) after = i + 2;
            return true;
        }

        /// <summary>A cardinal number, as digits (up to 3) or a word ("two"); "a"/"an" only when <paramref name="allowArticle"/>.</summary>
        private bool CountAt(int i, bool allowArticle, out int n)
        {
            n = 0;
            if (Num(i, 3) is { } v && Standalone(i, allowSuffix: false)) { n = v; return true; }
            if (!IsWord(i)) return false;
            if (!lex.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(S(i), out var w) || w.Ordinal) return false;
            if (!allowArticle && (Eq(i, "a") || Eq(i, "an"))) return false;
            n = w.Value;
            return true;
        }

        private bool UnitAt(int i, out UnitWord unit) =>
            lex.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(IsWord(i) ? S(i) : default, out unit) && IsWord(i);

        private static (int Count, TimeUnit Unit) Normalise(int n, UnitWord u) => u switch
        {
            UnitWord.Hour => ((n + 23) / 24, TimeUnit.Day),
            UnitWord.Day => (n, TimeUnit.Day),
            UnitWord.Week => (n, TimeUnit.Week),
            UnitWord.Fortnight => (2 * n, TimeUnit.Week),
            UnitWord.Month => (n, TimeUnit.Month),
            UnitWord.Decade => (10 * n, TimeUnit.Year),
            _ => (n, TimeUnit.Year),
        };

        /// <summary>A future cue ("will", "scheduled") in the same clause just before token <paramref name="start"/>.</summary>
        private bool FutureCue(int start)
        {
            for (var k = start - 1; k >= 0 && k >= start - 6; k--)
            {
                if (tokens[k + 1].Newline) return false;
                if (tokens[k].Kind == DateTokenKind.Punct && text[tokens[k].Start] is not '-' and not '\'' and not '\u2019') return false;
                if ((Cue(k) & CueRole.Future) != 0) return true;
            }
            return false;
        }

        private YearRef Yearless(int start) => FutureCue(start) ? new YearRef(YearAnchor.Upcoming, 0) : YearRef.Recent;

        private static void Consider(ref M? best, M? candidate)
        {
            if (candidate is { } c && (best is not { } b || c.End > b.End)) best = c;
        }

        // ---------------------------------------------------------------- entry points

        public M? Best(int i)
        {
            var t = tokens[i];
            if (t.Kind == DateTokenKind.Punct)
                return text[t.Start] is '\'' or '\u2019' ? Decade(i) : null;
            if (t.Kind == DateTokenKind.Word ? !lex.IsTrigger(S(i)) : t.Length > 4) return null;
            M? best = null;
            Consider(ref best, Range(i));
            Consider(ref best, SinceAt(i));
            Consider(ref best, Simple(i));
            return best;
        }

        private M? Simple(int i)
        {
            if (!Has(i)) return null;
            M? best = null;
            if (tokens[i].Kind == DateTokenKind.Number)
            {
                Consider(ref best, Iso(i));
                Consider(ref best, DayFirst(i));
                Consider(ref best, Decade(i));
                Consider(ref best, Year(i));
                Consider(ref best, Ago(i));
                return best;
            }
            if (tokens[i].Kind != DateTokenKind.Word) return Decade(i);
            Consider(ref best, WeekdayCalendar(i));
            Consider(ref best, MonthFirst(i));
            Consider(ref best, Relative(i));
            Consider(ref best, Part(i));
            Consider(ref best, Anchored(i));
            Consider(ref best, Season(i));
            Consider(ref best, Decade(i));
            Consider(ref best, Fiscal(i));
            Consider(ref best, Weekday(i));
            Consider(ref best, Ago(i));
            Consider(ref best, PastSpanAt(i));
            Consider(ref best, Quarter(i));
            Consider(ref best, DayOfMonthAt(i));
            return best;
        }

        private M Daypart(M m)
        {
            var dayLevel = m.Value is CalendarDay or WeekdayRef or RelativeRef { Kind: "day" };
            if (dayLevel && IsWord(m.End) && SameLine(m.End) && (Cue(m.End) & CueRole.Daypart) != 0 && !Cap(m.End))
                return m with { End = m.End + 1 };
            return m;
        }

        // ---------------------------------------------------------------- calendar dates

        /// <summary>"2019-01-13"</summary>
        private M? Iso(int i)
        {
            if (!IsYear(i, out _) && !(Num(i, 4) is { } && tokens[i].Length == 4)) return null;
            if (!(IsPunct(i + 1, '-') && Joined(i + 1) && Joined(i + 2) && IsPunct(i + 3, '-') && Joined(i + 3) && Joined(i + 4)))
                return null;
            if (Num(i, 4) is not { } y || Num(i + 2, 2) is not { } mo || Num(i + 4, 2) is not { } d) return null;
            if (y is < 1800 or > 2099 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
            if (Joined(i + 5) && tokens[i + 5].Kind != DateTokenKind.Punct) return null;
            return new M(i, i + 5, new CalendarDay(mo, d, YearRef.Of(y)), "date.iso");
        }

        private bool DayNumber(int i, out int day)
        {
            day = 0;
            if (Num(i, 2) is not { } d || d is < 1 or > 31 || !Standalone(i) || !tokens[i].Gap && Has(i - 1) && !IsPunct(i - 1, '(')) return false;
            day = d;
            return true;
        }

        /// <summary>Optional ", 2015" or " 2015" after a day; returns the token after it.</summary>
        private int TrailingYear(int k, out int? year)
        {
            year = null;
            if (IsPunct(k, ',') && SameLine(k + 1) && IsYear(k + 1, out var y1)) { year = y1; return k + 2; }
            if (SameLine(k) && tokens[k].Gap && IsYear(k, out var y2)) { year = y2; return k + 1; }
            return k;
        }

        private static bool ValidDay(int month, int day, int? year) =>
            day <= DateTime.DaysInMonth(year ?? 2000, month);

        /// <summary>"Dec. 1, 2015", "Jan 16", "October 15", "July 22-24", "June 2014", "May of 2021", "in June".</summary>
        private M? MonthFirst(int i)
        {
            if (!MonthAt(i, out var month, out var a)) return null;
            if (SameLine(a) && DayNumber(a, out var d))
            {
                var b = SkipOrdinalSuffix(a + 1);
                int? d2 = null;
                if (IsDash(b) && SameLine(b + 1) && DayNumber(b + 1, out var dd) && dd > d) { d2 = dd; b += 2; }
                else if (IsDash(b) && Joined(b) && Joined(b + 1) && Num(b + 1, 2) is { } dj && dj > d && dj <= 31 && Standalone(b + 1)) { d2 = dj; b += 2; }
                var end = TrailingYear(b, out var year);
                if (!ValidDay(month.Number, d, year) || d2 is { } x && !ValidDay(month.Number, x, year)) return null;
                var yr = year is { } y ? YearRef.Of(y) : Yearless(i);
                if (d2 is { } last)
                    return new M(i, end, new Between(new CalendarDay(month.Number, d, yr), new CalendarDay(month.Number, last, yr)), "date.md-range");
                return Daypart(new M(i, end, new CalendarDay(month.Number, d, yr), year is null ? "date.md" : "date.mdy"));
            }
            if (SameLine(a) && IsYear(a, out var y3))
                return new M(i, a + 1, new MonthSpan(month.Number, month.Number, YearRef.Of(y3), DatePart.Whole), "month.year");
            if (Eq(a, "of") && SameLine(a + 1) && IsYear(a + 1, out var y4))
                return new M(i, a + 2, new MonthSpan(month.Number, month.Number, YearRef.Of(y4), DatePart.Whole), "month.year");
            // a month on its own
            if (month.Abbreviation) return null;
            var cued = (PrevCue(i) & CueRole.Month) != 0;
            // "June Smith", "Mary June": a capitalised neighbour makes it a name unless a date cue precedes
            if (!cued && (IsWord(a) && SameLine(a) && Cap(a) || IsWord(i - 1) && SameLine(i) && Cap(i - 1))) return null;
            if (month.Ambiguous)
            {
                if (!cued) return null;
                if (Joined(a) && Has(a) && text[tokens[a].Start] is '\'' or '\u2019') return null; // "May's government"
            }
            return new M(i, i + 1, new MonthSpan(month.Number, month.Number, Yearless(i), DatePart.Whole), "month");
        }

        /// <summary>"1 December 2015", "4 March", "22-24 July", "9th of March".</summary>
        private M? DayFirst(int i)
        {
            if (!DayNumber(i, out var d)) return null;
            var b = SkipOrdinalSuffix(i + 1);
            var ordinal = b > i + 1;
            int? d2 = null;
            if (IsDash(b) && SameLine(b + 1) && DayNumber(b + 1, out var dd) && dd > d) { d2 = dd; b = SkipOrdinalSuffix(b + 2); }
            else if (IsDash(b) && Joined(b) && Joined(b + 1) && Num(b + 1, 2) is { } dj && dj > d && dj <= 31 && Standalone(b + 1)) { d2 = dj; b += 2; }
            if (ordinal && Eq(b, "of")) b++;
            if (!SameLine(b) || !MonthAt(b, out var month, out var a)) return null;
            var end = TrailingYear(a, out var year);
            if (!ValidDay(month.Number, d, year) || d2 is { } x && !ValidDay(month.Number, x, year)) return null;
            var yr = year is { } y ? YearRef.Of(y) : Yearless(i);
            if (d2 is { } last)
                return new M(i, end, new Between(new CalendarDay(month.Number, d, yr), new CalendarDay(month.Number, last, yr)), "date.dm-range");
            return Daypart(new M(i, end, new CalendarDay(month.Number, d, yr), year is null ? "date.dm" : "date.dmy"));
        }

        /// <summary>"Monday 4 March 2019", "Tuesday, Jan. 7", "Sun., Nov. 5".</summary>
        private M? WeekdayCalendar(int i)
        {
            if (!WeekdayAt(i, allowAbbreviation: true, out _, out var a)) return null;
            if (IsPunct(a, ',')) a++;
            if (!SameLine(a)) return null;
            M? inner = null;
            Consider(ref inner, MonthFirst(a));
            Consider(ref inner, DayFirst(a));
            if (inner is not { Value: CalendarDay } m) return null;
            return new M(i, m.End, m.Value, "date.weekday+" + m.Rule["date.".Length..]);
        }

        // ---------------------------------------------------------------- years, decades, parts

        /// <summary>"in 2014", "since 2014", "the end of 2016,", "2011-2013" (with a cue).</summary>
        private M? Year(int i)
        {
            if (!IsYear(i, out var y)) return null;
            if (Joined(i + 1) && IsWord(i + 1)) return null;
            var cue = PrevCue(i);
            // "1998's results": a possessive four-digit number is a year
            var possessive = Joined(i + 1) && Has(i + 1) && text[tokens[i + 1].Start] is '\'' or '\u2019' && Eq(i + 2, "s") && Joined(i + 2);
            var ok = possessive || (cue & CueRole.YearStrong) != 0;
            if (!ok && (cue & CueRole.YearWeak) != 0)
            {
                var n = i + 1;
                ok = !IsWord(n) || !SameLine(n) || Cap(n) || (Cue(n) & CueRole.Function) != 0;
                if (IsYear(i + 1, out _) == false && Eq(i + 1, "of")) ok = false;
            }
            if (!ok) return null;
            // "2011-2013", "2011-13"
            if (IsDash(i + 1) && SameLine(i + 2))
            {
                if (IsYear(i + 2, out var y2) && y2 > y && y2 - y <= 60)
                    return new M(i, i + 3, new Between(new CalendarYear(y, DatePart.Whole), new CalendarYear(y2, DatePart.Whole)), "year.range");
                if (Joined(i + 1) && Joined(i + 2) && Num(i + 2, 2) is { } yy && tokens[i + 2].Length == 2 && Standalone(i + 2, allowSuffix: false)
                    && (y / 100 * 100 + yy) is var full && full > y)
                    return new M(i, i + 3, new Between(new CalendarYear(y, DatePart.Whole), new CalendarYear(full, DatePart.Whole)), "year.range");
            }
            return new M(i, i + 1, new CalendarYear(y, DatePart.Whole), "year");
        }

        /// <summary>"fiscal 1997", "fiscal year 1998"</summary>
        private M? Fiscal(int i)
        {
            if (!Eq(i, "fiscal")) return null;
            var k = Eq(i + 1, "year") ? i + 2 : i + 1;
            return SameLine(k) && IsYear(k, out var y) && !(Joined(k + 1) && IsWord(k + 1))
                ? new M(i, k + 1, new CalendarYear(y, DatePart.Whole), "year.fiscal")
                : null;
        }

        /// <summary>"the 1990s", "1990s", "the '90s"</summary>
        private M? Decade(int i)
        {
            var s = i;
            var k = Eq(i, "the") ? i + 1 : i;
            if (k > i && !SameLine(k)) return null;
            return DecadeNumber(k, out var first, out var end)
                ? new M(s, end, new Decade(first, DatePart.Whole), "decade")
                : null;
        }

        private bool DecadeNumber(int k, out int first, out int end)
        {
            first = 0;
            end = k;
            if (Num(k, 4) is { } y && tokens[k].Length == 4 && y % 10 == 0 && y is >= 1800 and <= 2090 && Eq(k + 1, "s") && Joined(k + 1)
                && !(Joined(k) && Has(k - 1) && tokens[k - 1].Kind != DateTokenKind.Punct))
            {
                first = y;
                end = k + 2;
                return !(Joined(end) && IsWord(end));
            }
            if (Has(k) && tokens[k].Kind == DateTokenKind.Punct && text[tokens[k].Start] is '\'' or '\u2019'
                && Joined(k + 1) && Num(k + 1, 2) is { } yy && tokens[k + 1].Length == 2 && yy % 10 == 0 && Eq(k + 2, "s") && Joined(k + 2))
            {
                first = yy < 30 ? 2000 + yy : 1900 + yy;
                end = k + 3;
                return !(Joined(end) && IsWord(end));
            }
            return false;
        }

        /// <summary>"early March", "mid-2016", "late last year", "the end of last month", "the last days of September", "early 2000s".</summary>
        private M? Part(int i)
        {
            var s = i;
            var start = i;
            if (Eq(i, "the") && Has(i + 1) && (Eq(i + 1, "early") || Eq(i + 1, "mid") || Eq(i + 1, "late"))) start = i + 1;
            if (!lex.Parts.Match(text, tokens, start, out var part, out var p)) return null;
            if (IsDash(p) && Joined(p)) p++;
            if (!SameLine(p)) return null;
            if (MonthAt(p, out var month, out var a))
            {
                if (DayNumber(a, out _) && SameLine(a)) return null; // "early March 5" is a day: left to MonthFirst
                if (SameLine(a) && IsYear(a, out var y))
                    return new M(s, a + 1, new MonthSpan(month.Number, month.Number, YearRef.Of(y), part), "month.part");
                if (Eq(a, "of") && SameLine(a + 1) && IsYear(a + 1, out var y2))
                    return new M(s, a + 2, new MonthSpan(month.Number, month.Number, YearRef.Of(y2), part), "month.part");
                return new M(s, a, new MonthSpan(month.Number, month.Number, Yearless(s), part), "month.part");
            }
            if (DecadeNumber(p, out var first, out var end))
                return new M(s, end, new Decade(first, part), "decade.part");
            if (s == start && IsYear(p, out var year) && !(Joined(p + 1) && IsWord(p + 1)))
                return new M(s, p + 1, new CalendarYear(year, part), "year.part");
            if (s != start) return null;
            if (lex.Relative.Match(text, tokens, p, out var rel, out var re) && rel.Kind is "month" or "monthtodate" or "year" or "yeartodate")
                return new M(s, re, new RelativeRef(rel.Kind, rel.Offset, part), "relative.part");
            if (Eq(p, "the") && (Eq(p + 1, "year") || Eq(p + 1, "month")) && SameLine(p + 1) && !Eq(p + 2, "of"))
                return new M(s, p + 2, new RelativeRef(Eq(p + 1, "year") ? "year" : "month", 0, part), "relative.part");
            return null;
        }

        // ---------------------------------------------------------------- relative expressions

        /// <summary>Phrases of dates-relative.tsv: "yesterday", "last week", "earlier this month", "in recent weeks".</summary>
        private M? Relative(int i)
        {
            if (!lex.Relative.Match(text, tokens, i, out var rel, out var end))
            {
                // a vague phrase keeps its preposition: "over the past few weeks", "in recent weeks"
                if ((Cue(i) & CueRole.Preposition) != 0 && SameLine(i + 1) && lex.Relative.Match(text, tokens, i + 1, out rel, out end) && rel.Kind == "none")
                    return new M(i, end, new Unresolvable("vague"), "relative.vague");
                return null;
            }
            // "the day before the attack" is relative to the attack, not to publication
            if (Eq(end - 1, "before") && IsWord(end) && SameLine(end)) return null;
            if (rel.Kind == "none") return new M(i, end, new Unresolvable("vague"), "relative.vague");
            return Daypart(new M(i, end, new RelativeRef(rel.Kind, rel.Offset, DatePart.Whole), "relative." + rel.Kind));
        }

        /// <summary>"last September", "next March", "this summer", "last summer", "last spring" (null).</summary>
        private M? Anchored(int i)
        {
            YearRef anchor;
            if (Eq(i, "last")) anchor = new YearRef(YearAnchor.Previous, 0);
            else if (Eq(i, "next")) anchor = new YearRef(YearAnchor.Next, 0);
            else if (Eq(i, "this")) anchor = YearRef.Relative(0);
            else return null;
            if (!SameLine(i + 1)) return null;
            if (MonthAt(i + 1, out var month, out _) && !month.Abbreviation)
                return new M(i, i + 2, new MonthSpan(month.Number, month.Number, anchor, DatePart.Whole), "month.anchored");
            if (IsWord(i + 1) && lex.Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(S(i + 1), out var months))
                return new M(i, i + 2, months is { } m ? new MonthSpan(m.First, m.Last, anchor, DatePart.Whole) : new Unresolvable("season"), "season.anchored");
            return null;
        }

        /// <summary>"(in) the summer", "summer 2014", "the summer of 2014".</summary>
        private M? Season(int i)
        {
            var k = Eq(i, "the") ? i + 1 : i;
            if (!IsWord(k) || !SameLine(k) || !lex.Seasons.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(S(k), out var months)) return null;
            int? year = null;
            var end = k + 1;
            if (SameLine(k + 1) && IsYear(k + 1, out var y)) { year = y; end = k + 2; }
            else if (Eq(k + 1, "of") && SameLine(k + 2) && IsYear(k + 2, out var y2)) { year = y2; end = k + 3; }
            if (year is null)
            {
                if (k == i) return null; // a bare "spring" or "fall" is not a date
                if (Eq(k + 1, "of")) return null; // "the fall of Mosul"
                if ((PrevCue(i) & (CueRole.YearStrong | CueRole.Preposition)) == 0) return null;
                if (Eq(i - 1, "of") || Eq(i - 1, "for") || Eq(i - 1, "at") || Eq(i - 1, "by")) return null;
            }
            TemporalValue value = months is { } m
                ? new MonthSpan(m.First, m.Last, year is { } yy ? YearRef.Of(yy) : YearRef.Recent, DatePart.Whole)
                : new Unresolvable("season");
            return new M(i, end, value, "season");
        }

        /// <summary>"Thursday", "last Friday", "this past Friday", "next Monday", "overnight on Sunday", "Friday night".</summary>
        private M? Weekday(int i)
        {
            var mode = WeekdayMode.OnOrBefore;
            var j = i;
            var rule = "weekday";
            if (Eq(i, "last")) { mode = WeekdayMode.Before; j = i + 1; rule = "weekday.last"; }
            else if (Eq(i, "this") && Eq(i + 1, "past")) { mode = WeekdayMode.Before; j = i + 2; rule = "weekday.last"; }
            else if (Eq(i, "next")) { mode = WeekdayMode.After; j = i + 1; rule = "weekday.next"; }
            else if (Eq(i, "this")) { mode = WeekdayMode.SameWeek; j = i + 1; rule = "weekday.this"; }
            else if ((Cue(i) & CueRole.DayPrefix) != 0)
            {
                j = Eq(i + 1, "on") && SameLine(i + 1) ? i + 2 : i + 1;
            }
            if (j > i && !SameLine(j)) return null;
            if (!WeekdayAt(j, allowAbbreviation: false, out var iso, out var end)) return null;
            return Daypart(new M(i, end, new WeekdayRef(iso, mode), rule));
        }

        /// <summary>"two days ago", "a week ago", "three years ago", "48 hours ago".</summary>
        private M? Ago(int i)
        {
            if (!CountAt(i, allowArticle: true, out var n) || !SameLine(i + 1) || !UnitAt(i + 1, out var unit) || !Eq(i + 2, "ago")) return null;
            var (count, u) = Normalise(n, unit);
            return new M(i, i + 3, new Ago(count, u), "ago");
        }

        /// <summary>"in the past two weeks", "over the past week", "the last 10 days", "the past year".</summary>
        private M? PastSpanAt(int i)
        {
            var k = i;
            if (Eq(k, "in") || Eq(k, "over") || Eq(k, "during") || Eq(k, "within") || Eq(k, "for")) k++;
            var the = Eq(k, "the");
            if (the) k++;
            if (!(Eq(k, "past") || Eq(k, "last") || Eq(k, "previous"))) return null;
            k++;
            var n = 1;
            var counted = CountAt(k, allowArticle: false, out var c);
            if (counted) { n = c; k++; }
            if (!the && !counted) return null;
            if (!UnitAt(k, out var unit)) return null;
            // without a number the unit is singular: "the past week"; "the last days of September" is a part
            if (!counted && text[tokens[k].End - 1] is 's' or 'S') return null;
            for (var t = i + 1; t <= k; t++) if (!SameLine(t)) return null;
            // "the last week of March" is a part of March (Part), "the past 10 years' war" still a span
            var (count, u) = Normalise(n, unit);
            if (count <= 0) return null;
            return new M(i, k + 1, new PastSpan(count, u), "past-span");
        }

        /// <summary>"the third quarter", "the fourth quarter of 1997", "the first half of 2015".</summary>
        private M? Quarter(int i)
        {
            if (!Eq(i, "the")) return null;
            if (FirstMonths(i) is { } fm) return fm;
            int q;
            var k = i + 1;
            if (IsWord(k) && lex.Numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(S(k), out var w) && w.Ordinal) { q = w.Value; k++; }
            else if (Num(k, 1) is { } d && IsOrdinalSuffix(k + 1) && Joined(k + 1)) { q = d; k += 2; }
            else return null;
            var half = Eq(k, "half");
            if (!half && !Eq(k, "quarter")) return null;
            if (half ? q is < 1 or > 2 : q is < 1 or > 4) return null;
            var end = YearOf(k + 1, out var year);
            if (year is null && SameLine(end) && IsYear(end, out var y2)) { year = YearRef.Of(y2); end += 1; }
            if (half && year is null) return null; // "the first half" of a match, a speech ...
            for (var t = i + 1; t < end; t++) if (!SameLine(t)) return null;
            var first = half ? 6 * q - 5 : 3 * q - 2;
            var last = half ? 6 * q : 3 * q;
            return new M(i, end, new MonthSpan(first, last, year ?? YearRef.Recent, DatePart.Whole), half ? "half" : "quarter");
        }

        /// <summary>"of 2018", "of last year", "of this year" after a part of a year; returns the token after it.</summary>
        private int YearOf(int k, out YearRef? year)
        {
            year = null;
            if (!Eq(k, "of") || !SameLine(k + 1)) return k;
            if (IsYear(k + 1, out var y)) { year = YearRef.Of(y); return k + 2; }
            if (Eq(k + 1, "last") && Eq(k + 2, "year")) { year = YearRef.Relative(-1); return k + 3; }
            if ((Eq(k + 1, "this") || Eq(k + 1, "the")) && Eq(k + 2, "year")) { year = YearRef.Relative(0); return k + 3; }
            if (Eq(k + 1, "next") && Eq(k + 2, "year")) { year = YearRef.Relative(1); return k + 3; }
            return k;
        }

        /// <summary>"the first nine months of 2018", "the last two months of last year".</summary>
        private M? FirstMonths(int i)
        {
            var first = Eq(i + 1, "first");
            if (!first && !Eq(i + 1, "last")) return null;
            if (!CountAt(i + 2, allowArticle: false, out var n) || n is < 1 or > 11 || !Eq(i + 3, "months")) return null;
            var end = YearOf(i + 4, out var year);
            if (year is not { } y) return null;
            for (var t = i + 1; t < end; t++) if (!SameLine(t)) return null;
            return new M(i, end, first ? new MonthSpan(1, n, y, DatePart.Whole) : new MonthSpan(13 - n, 12, y, DatePart.Whole), "months-of-year");
        }

        /// <summary>"on the 9th" (not "the 9th Division", not "the 9th of March" which is a calendar date).</summary>
        private M? DayOfMonthAt(int i)
        {
            if (!Eq(i, "the") || (PrevCue(i) & CueRole.OrdinalPrefix) == 0) return null;
            if (!SameLine(i + 1) || !DayNumber(i + 1, out var d) || !IsOrdinalSuffix(i + 2) || !Joined(i + 2)) return null;
            var n = i + 3;
            if (Has(n) && SameLine(n))
            {
                if (IsWord(n) && (Cap(n) || (Cue(n) & CueRole.Function) == 0)) return null;
                if (IsDash(n) && Joined(n)) return null; // "the 9th-century"
            }
            return new M(i, n, new DayOfMonth(d), "day-of-month");
        }

        // ---------------------------------------------------------------- composites

        /// <summary>"since 2014", "since the 1990s", "since December", "since last week".</summary>
        private M? SinceAt(int i)
        {
            if (!Eq(i, "since") || !SameLine(i + 1)) return null;
            if (Simple(i + 1) is not { } inner || inner.Value is Unresolvable or Since or PastSpan) return null;
            return new M(i, inner.End, new Since(inner.Value), "since." + inner.Rule);
        }

        /// <summary>"between 22 July and Wednesday", "from 2011 to 2013", "between 22 and 24 July".</summary>
        private M? Range(int i)
        {
            string[] connectors;
            if (Eq(i, "between")) connectors = ["and"];
            else if (Eq(i, "from")) connectors = ["to", "until", "till", "through", "-"];
            else return null;
            var x = i + 1;
            if (!SameLine(x)) return null;
            TemporalValue? from = null;
            int? bareDay = null;
            int c;
            if (Simple(x) is { } fm && fm.Value is not (Unresolvable or Since or PastSpan or Between))
            {
                from = fm.Value;
                c = fm.End;
            }
            else if (DayNumber(x, out var d))
            {
                bareDay = d;
                c = SkipOrdinalSuffix(x + 1);
            }
            else return null;
            if (!SameLine(c)) return null;
            var connector = false;
            foreach (var w in connectors)
                if (w == "-" ? IsDash(c) : Eq(c, w)) { connector = true; break; }
            if (!connector || !SameLine(c + 1)) return null;
            if (Simple(c + 1) is not { } tm || tm.Value is Unresolvable or Since or PastSpan or Between) return null;
            var to = tm.Value;
            if (bareDay is { } day)
            {
                if (to is not CalendarDay cd || !ValidDay(cd.Month, day, null) || day >= cd.Day) return null;
                from = new CalendarDay(cd.Month, day, cd.Year);
            }
            from = InheritYear(from!, to);
            return new M(i, tm.End, new Between(from, to), "range");
        }

        /// <summary>"from March to May 2015": a year-less start takes the end's year (the year before if it would come later).</summary>
        private static TemporalValue InheritYear(TemporalValue from, TemporalValue to)
        {
            (int Year, int Month)? end = to switch
            {
                CalendarDay { Year.IsAbsolute: true } d => (d.Year.Value, d.Month),
                MonthSpan { Year.IsAbsolute: true } m => (m.Year.Value, m.FirstMonth),
                _ => null,
            };
            if (end is not { } e) return from;
            return from switch
            {
                CalendarDay { Year.IsAbsolute: false } d => d with { Year = YearRef.Of(d.Month <= e.Month ? e.Year : e.Year - 1) },
                MonthSpan { Year.IsAbsolute: false } m => m with { Year = YearRef.Of(m.FirstMonth <= e.Month ? e.Year : e.Year - 1) },
                _ => from,
            };
        }
    }
}
