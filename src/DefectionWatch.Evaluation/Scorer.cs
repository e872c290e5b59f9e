using System.Collections.Immutable;

namespace DefectionWatch.Evaluation;

/// <summary>TP/FP/FN with P, R, F1 (null where the denominator is zero).</summary>
public sealed record Tally(int Tp, int Fp, int Fn)
{
    public static readonly Tally Zero = new(0, 0, 0);
    public int Gold => Tp + Fn;
    public int Pred => Tp + Fp;
    public double? Precision => Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : null;
    public double? Recall => Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : null;
    public double? F1 => Tp + Fp + Fn > 0 ? 2.0 * Tp / (2 * Tp + Fp + Fn) : null;
    public Tally Add(int tp = 0, int fp = 0, int fn = 0) => new(Tp + tp, Fp + fp, Fn + fn);
}

/// <summary>Accuracy of one event attribute over matched pairs whose gold value is non-null.</summary>
public sealed record AttributeTally(int Scored, int Correct, int PredNull)
{
    public double? Accuracy => Scored > 0 ? (double)Correct / Scored : null;
    public double? PredNullRate => Scored > 0 ? (double)PredNull / Scored : null;
}

/// <summary>An unmatched event, for error listings.</summary>
public sealed record EventError(string DocId, ScoredEvent Event);

/// <summary>Every figure of one scoring run.</summary>
public sealed record ScoreResult(
    int GoldDocuments, int PredDocuments, ImmutableArray<string> MissingFromPred, ImmutableArray<string> NotInGold,
    Tally Events, ImmutableArray<(string Type, Tally Tally)> EventsByType, int MatchedByEvidence, int MatchedByFallback,
    ImmutableArray<(string Attribute, AttributeTally Tally)> Attributes,
    Tally Estimates, ImmutableArray<(string Measure, Tally Tally)> EstimatesByMeasure,
    Tally Motives, ImmutableArray<(string Code, Tally Tally)> MotivesByCode,
    Tally People, Tally Quotes,
    ImmutableArray<EventError> FalseNegatives, ImmutableArray<EventError> FalsePositives);

/// <summary>
/// The matching rules of the reference scorer (shared/tools/score.py), ported one to one so that
/// <c>defwatch eval</c> and score.py print the same figures.
/// </summary>
public static class Scorer
{
    public static readonly string[] EventTypes = ["defection", "desertion", "surrender", "civilian_flight", "sham_defection", "reprisal"];
    public static readonly string[] Measures = ["killed", "strength", "foreign_fighters", "origin_countries", "defectors", "displaced", "members_executed", "other"];
    public static readonly string[] MotiveCodes = ["brutality", "infighting", "corruption", "living_conditions", "discrimination", "unmet_expectations", "exploitation", "coercion", "military_pressure", "mistrust", "family", "incentive", "ideology"];
    public static readonly string[] AttributeNames = ["count", "date", "location", "group", "to"];

    private const double LocationRadiusKm = 50.0;
    private const double EarthRadiusKm = 6371.0088;

    public static bool CountEqual(ScoredCount? gold, ScoredCount? pred)
    {
        if (gold is null) return pred is null;
        if (pred is null) return false;
        if (gold.Value is not null) return pred.Value is not null && pred.Value == gold.Value;
        return pred.Low == gold.Low && pred.High == gold.High;
    }

    public static bool DateRight(ScoredDate gold, ScoredDate pred) =>
        gold.Overlaps(pred) && pred.Width <= 2 * gold.Width + 7;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        double Rad(double d) => d * Math.PI / 180.0;
        var p1 = Rad(lat1); var p2 = Rad(lat2);
        var dp = p2 - p1; var dl = Rad(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dp / 2), 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Pow(Math.Sin(dl / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    public static bool LocationRight(ScoredPlace gold, ScoredPlace? pred)
    {
        if (pred is null || gold.Country != pred.Country) return false;
        if (gold.Name.Length > 0 && gold.Name == pred.Name) return true;
        if (gold.Lat is { } a && gold.Lon is { } b && pred.Lat is { } c && pred.Lon is { } d)
            return HaversineKm(a, b, c, d) <= LocationRadiusKm;
        return false;
    }

    /// <summary>True/false, or null when the gold attribute is null (not scored).</summary>
    public static bool? AttributeRight(string attribute, ScoredEvent gold, ScoredEvent pred) => attribute switch
    {
        "count" => gold.Count is null ? null : pred.Count is not null && CountEqual(gold.Count, pred.Count),
        "date" => gold.Date is null ? null : pred.Date is not null && DateRight(gold.Date, pred.Date),
        "location" => gold.Location is null ? null : pred.Location is not null && LocationRight(gold.Location, pred.Location),
        "group" => gold.Group is null ? null : pred.Group is not null && gold.Group == pred.Group,
        "to" => gold.To is null ? null : pred.To is not null && gold.To == pred.To,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute)),
    };

    private static bool PredIsNull(string attribute, ScoredEvent p) => attribute switch
    {
        "count" => p.Count is null,
        "date" => p.Date is null,
        "location" => p.Location is null,
        "group" => p.Group is null,
        _ => p.To is null,
    };

    private static int Agreement(ScoredEvent g, ScoredEvent p) => AttributeNames.Count(a => AttributeRight(a, g, p) == true);

    /// <summary>Greedy one-to-one over candidates sorted by their key (smaller first); ties by gold then pred index.</summary>
    private static List<(int G, int P)> Greedy(List<(double[] Key, int G, int P)> candidates, HashSet<int>? usedG = null, HashSet<int>? usedP = null)
    {
        usedG = usedG is null ? [] : [.. usedG];
        usedP = usedP is null ? [] : [.. usedP];
        candidates.Sort((x, y) =>
        {
            for (var k = 0; k < x.Key.Length; k++)
            {
                var c = x.Key[k].CompareTo(y.Key[k]);
                if (c != 0) return c;
            }
            var g = x.G.CompareTo(y.G);
            return g != 0 ? g : x.P.CompareTo(y.P);
        });
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (usedG.Contains(g) || usedP.Contains(p)) continue;
            usedG.Add(g); usedP.Add(p);
            pairs.Add((g, p));
        }
        return pairs;
    }

    public static List<(int G, int P, bool ByEvidence)> MatchEvents(ImmutableArray<ScoredEvent> gold, ImmutableArray<ScoredEvent> pred)
    {
        var cands = new List<(double[], int, int)>();
        for (var gi = 0; gi < gold.Length; gi++)
            for (var pj = 0; pj < pred.Length; pj++)
            {
                var g = gold[gi]; var p = pred[pj];
                if (g.Type != p.Type || g.Spans.IsEmpty || p.Spans.IsEmpty) continue;
                var (inter, union) = Spans.Overlap(g.Spans, p.Spans);
                if (inter > 0) cands.Add(([-(double)inter / union, -Agreement(g, p), -inter], gi, pj));
            }
        var phase1 = Greedy(cands);
        var usedG = phase1.Select(x => x.G).ToHashSet();
        var usedP = phase1.Select(x => x.P).ToHashSet();
        cands = [];
        for (var gi = 0; gi < gold.Length; gi++)
        {
            var g = gold[gi];
            if (usedG.Contains(gi) || g.Group is null || g.Date is null || g.Location?.Country is null) continue;
            for (var pj = 0; pj < pred.Length; pj++)
            {
                var p = pred[pj];
                if (usedP.Contains(pj) || p.Type != g.Type || p.Group != g.Group || p.Date is null || p.Location is null
                    || p.Location.Country != g.Location.Country || !g.Date.Overlaps(p.Date)) continue;
                cands.Add(([-g.Date.IoU(p.Date), -Agreement(g, p)], gi, pj));
            }
        }
        var phase2 = Greedy(cands, usedG, usedP);
        return [.. phase1.Select(x => (x.G, x.P, true)), .. phase2.Select(x => (x.G, x.P, false))];
    }

    public static List<(int G, int P)> MatchEstimates(ImmutableArray<ScoredEstimate> gold, ImmutableArray<ScoredEstimate> pred)
    {
        var cands = new List<(double[], int, int)>();
        for (var gi = 0; gi < gold.Length; gi++)
            for (var pj = 0; pj < pred.Length; pj++)
            {
                var g = gold[gi]; var p = pred[pj];
                if (g.Measure != p.Measure || !CountEqual(g.Count, p.Count)) continue;
                var (inter, union) = Spans.Overlap(g.Spans, p.Spans);
                var iou = union > 0 ? (double)inter / union : 0.0;
                cands.Add(([-iou, g.Group == p.Group ? -1 : 0, g.Area.SetEquals(p.Area) ? -1 : 0], gi, pj));
            }
        return Greedy(cands);
    }

    public static List<(int G, int P)> MatchQuotes(ImmutableArray<ScoredQuote> gold, ImmutableArray<ScoredQuote> pred)
    {
        var cands = new List<(double[], int, int)>();
        for (var gi = 0; gi < gold.Length; gi++)
            for (var pj = 0; pj < pred.Length; pj++)
            {
                var g = gold[gi]; var p = pred[pj];
                if (g.Speaker != p.Speaker) continue;
                var (inter, union) = Spans.Overlap(g.Spans, p.Spans);
                if (inter > 0) cands.Add(([-(double)inter / union, -inter], gi, pj));
            }
        return Greedy(cands);
    }

    public static ScoreResult Score(IReadOnlyDictionary<string, ScoredRecord> gold, IReadOnlyDictionary<string, ScoredRecord> pred)
    {
        var ev = Tally.Zero; var est = Tally.Zero; var mot = Tally.Zero; var people = Tally.Zero; var quotes = Tally.Zero;
        var evType = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var estMeasure = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var motCode = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var attrs = AttributeNames.ToDictionary(a => a, _ => new AttributeTally(0, 0, 0), StringComparer.Ordinal);
        int byEvidence = 0, byFallback = 0;
        var fns = ImmutableArray.CreateBuilder<EventError>();
        var fps = ImmutableArray.CreateBuilder<EventError>();
        var empty = new ScoredRecord("", 0, [], [], [], ImmutableDictionary<string, int>.Empty, []);

        void Bump(Dictionary<string, Tally> t, string? key, int tp = 0, int fp = 0, int fn = 0)
        {
            var k = key ?? "(none)";
            t[k] = t.GetValueOrDefault(k, Tally.Zero).Add(tp, fp, fn);
        }

        foreach (var (docId, g) in gold)
        {
            var p = pred.GetValueOrDefault(docId, empty);
            var pairs = MatchEvents(g.Events, p.Events);
            foreach (var (gi, pj, phase) in pairs)
            {
                var ge = g.Events[gi]; var pe = p.Events[pj];
                if (phase) byEvidence++; else byFallback++;
                ev = ev.Add(tp: 1);
                Bump(evType, ge.Type, tp: 1);
                foreach (var a in AttributeNames)
                {
                    if (AttributeRight(a, ge, pe) is not { } right) continue;
                    var t = attrs[a];
                    attrs[a] = new AttributeTally(t.Scored + 1, t.Correct + (right ? 1 : 0), t.PredNull + (PredIsNull(a, pe) ? 1 : 0));
                }
            }
            var mg = pairs.Select(x => x.G).ToHashSet();
            var mp = pairs.Select(x => x.P).ToHashSet();
            for (var gi = 0; gi < g.Events.Length; gi++)
                if (!mg.Contains(gi)) { ev = ev.Add(fn: 1); Bump(evType, g.Events[gi].Type, fn: 1); fns.Add(new EventError(docId, g.Events[gi])); }
            for (var pj = 0; pj < p.Events.Length; pj++)
                if (!mp.Contains(pj)) { ev = ev.Add(fp: 1); Bump(evType, p.Events[pj].Type, fp: 1); fps.Add(new EventError(docId, p.Events[pj])); }

            var estPairs = MatchEstimates(g.Estimates, p.Estimates);
            est = est.Add(estPairs.Count, p.Estimates.Length - estPairs.Count, g.Estimates.Length - estPairs.Count);
            foreach (var (gi, _) in estPairs) Bump(estMeasure, g.Estimates[gi].Measure, tp: 1);
            var eg = estPairs.Select(x => x.G).ToHashSet();
            var ep = estPairs.Select(x => x.P).ToHashSet();
            for (var gi = 0; gi < g.Estimates.Length; gi++) if (!eg.Contains(gi)) Bump(estMeasure, g.Estimates[gi].Measure, fn: 1);
            for (var pj = 0; pj < p.Estimates.Length; pj++) if (!ep.Contains(pj)) Bump(estMeasure, p.Estimates[pj].Measure, fp: 1);

            mot = mot.Add(g.Motives.Intersect(p.Motives).Count, p.Motives.Except(g.Motives).Count, g.Motives.Except(p.Motives).Count);
            foreach (var code in g.Motives.Union(p.Motives))
                Bump(motCode, code, tp: g.Motives.Contains(code) && p.Motives.Contains(code) ? 1 : 0,
                    fn: g.Motives.Contains(code) && !p.Motives.Contains(code) ? 1 : 0,
                    fp: p.Motives.Contains(code) && !g.Motives.Contains(code) ? 1 : 0);

            var common = g.People.Sum(kv => Math.Min(kv.Value, p.People.GetValueOrDefault(kv.Key)));
            people = people.Add(common, p.People.Values.Sum() - common, g.People.Values.Sum() - common);

            var qPairs = MatchQuotes(g.Quotes, p.Quotes);
            quotes = quotes.Add(qPairs.Count, p.Quotes.Length - qPairs.Count, g.Quotes.Length - qPairs.Count);
        }

        static ImmutableArray<(string, Tally)> Ordered(Dictionary<string, Tally> t, string[] known) =>
            [.. known.Select(k => (k, t.GetValueOrDefault(k, Tally.Zero))),
             .. t.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).Select(k => (k, t[k]))];

        return new ScoreResult(gold.Count, pred.Count,
            [.. gold.Keys.Where(d => !pred.ContainsKey(d))], [.. pred.Keys.Where(d => !gold.ContainsKey(d))],
            ev, Ordered(evType, EventTypes), byEvidence, byFallback,
            [.. AttributeNames.Select(a => (a, attrs[a]))],
            est, Ordered(estMeasure, Measures), mot, Ordered(motCode, MotiveCodes), people, quotes,
            fns.ToImmutable(), fps.ToImmutable());
    }
}
