using System.Globalization;
using System.Text;

namespace DefectionWatch.Evaluation;

/// <summary>Prints a <see cref="ScoreResult"/> in the layout of score.py (same table, same summary line).</summary>
public static class ScoreReport
{
    /// <summary>Three decimals, ties to even as Python's format does ("0.8125" → "0.812").</summary>
    public static string Fmt(double? x) =>
        x is { } v ? Math.Round((decimal)v, 3, MidpointRounding.ToEven).ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    public static string SummaryLine(ScoreResult r)
    {
        var at = r.Attributes.ToDictionary(a => a.Attribute, a => a.Tally, StringComparer.Ordinal);
        return $"events F1={Fmt(r.Events.F1)} P={Fmt(r.Events.Precision)} R={Fmt(r.Events.Recall)}" +
               $" | count={Fmt(at["count"].Accuracy)} date={Fmt(at["date"].Accuracy)} location={Fmt(at["location"].Accuracy)}" +
               $" | estimates F1={Fmt(r.Estimates.F1)} | motives F1={Fmt(r.Motives.F1)}" +
               $" | people F1={Fmt(r.People.F1)} | quotes F1={Fmt(r.Quotes.F1)}";
    }

    private static IEnumerable<string> PrfTable(string title, IEnumerable<(string Name, Tally T)> rows, int width = 20)
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{title.PadRight(width)} {"gold",6} {"pred",6} {"TP",6} {"FP",6} {"FN",6} {"P",6} {"R",6} {"F1",6}");
        foreach (var (name, f) in rows)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {name.PadRight(width - 2)} {f.Gold,6} {f.Pred,6} {f.Tp,6} {f.Fp,6} {f.Fn,6} {Fmt(f.Precision),6} {Fmt(f.Recall),6} {Fmt(f.F1),6}");
    }

    public static string Format(ScoreResult r, string goldPath, string predPath, int showErrors = 0)
    {
        var lines = new List<string>
        {
            $"gold: {goldPath}", $"pred: {predPath}",
            string.Create(CultureInfo.InvariantCulture, $"documents: {r.GoldDocuments} gold, {r.PredDocuments} predicted, {r.MissingFromPred.Length} gold missing from pred (scored as all-missed), {r.NotInGold.Length} pred not in gold (ignored)"),
            "",
        };
        lines.AddRange(PrfTable("EVENTS", [.. r.EventsByType.Select(x => (x.Type, x.Tally)), ("all", r.Events)]));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  matched by evidence overlap: {r.MatchedByEvidence}, by group+country+date fallback: {r.MatchedByFallback}"));
        lines.Add("");
        lines.Add($"{"EVENT ATTRIBUTES",-20} {"scored",6} {"right",6} {"acc",6} {"null",6} {"null%",6}   (matched pairs, gold non-null; null = pred left it null)");
        foreach (var (a, f) in r.Attributes)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {a,-18} {f.Scored,6} {f.Correct,6} {Fmt(f.Accuracy),6} {f.PredNull,6} {Fmt(f.PredNullRate),6}"));
        lines.Add("");
        lines.AddRange(PrfTable("ESTIMATES", [.. r.EstimatesByMeasure.Where(x => x.Tally.Gold > 0 || x.Tally.Pred > 0).Select(x => (x.Measure, x.Tally)), ("all", r.Estimates)]));
        lines.Add("");
        lines.AddRange(PrfTable("MOTIVES", [.. r.MotivesByCode.Where(x => x.Tally.Gold > 0 || x.Tally.Pred > 0).Select(x => (x.Code, x.Tally)), ("all (micro)", r.Motives)]));
        lines.Add("");
        lines.AddRange(PrfTable("PEOPLE, QUOTES", [("people", r.People), ("quotes", r.Quotes)]));
        if (showErrors > 0)
        {
            lines.Add("");
            foreach (var (items, title) in new[] { (r.FalseNegatives, "false negatives (gold events not matched)"), (r.FalsePositives, "false positives (predicted events not matched)") })
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"EVENT {title}: showing {Math.Min(showErrors, items.Length)} of {items.Length}"));
                foreach (var e in items.Take(showErrors)) lines.AddRange(Describe(e));
            }
        }
        lines.Add("");
        lines.Add(SummaryLine(r));
        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<string> Describe(EventError err)
    {
        var e = err.Event;
        var bits = new List<string> { $"doc={err.DocId}", string.Create(CultureInfo.InvariantCulture, $"events[{e.Index}]"), $"type={e.Type}" };
        if (e.RawGroup is not null) bits.Add($"group={e.RawGroup}");
        if (e.RawTo is not null) bits.Add($"to={e.RawTo}");
        if (e.Count is { } c) bits.Add(c.Value is { } v ? $"count={Num(v)}" : $"count={Num(c.Low)}-{Num(c.High)}");
        if (e.Date is { } d)
        {
            var s = DateOnly.FromDayNumber(d.Start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var t = DateOnly.FromDayNumber(d.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            bits.Add(s == t ? $"date={s}" : $"date={s}..{t}");
        }
        if (e.Location is { } l) bits.Add($"location={l.Label}");
        if (!e.Spans.IsEmpty) bits.Add("span=" + string.Join(',', e.Spans.Intervals.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Start}-{x.End}"))));
        yield return "  " + string.Join("  ", bits);
        if (e.Spans.Text is { } text)
        {
            var clipped = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (clipped.Length > 240) clipped = clipped[..239] + "…";
            yield return $"      \"{clipped}\"";
        }
    }

    private static string Num(double? v) => v is { } x ? (x == Math.Floor(x) ? ((long)x).ToString(CultureInfo.InvariantCulture) : x.ToString(CultureInfo.InvariantCulture)) : "None";
}
