namespace DefectionWatch.Evaluation;

/// <summary>The figures of a <see cref="ScoreResult"/> as plain dictionaries (the shape of score.py --json).</summary>
public static class ScoreJson
{
    private static Dictionary<string, object?> Prf(Tally t) => new()
    {
        ["gold"] = t.Gold, ["pred"] = t.Pred, ["tp"] = t.Tp, ["fp"] = t.Fp, ["fn"] = t.Fn,
        ["precision"] = t.Precision, ["recall"] = t.Recall, ["f1"] = t.F1,
    };

    public static Dictionary<string, object?> Of(ScoreResult r) => new()
    {
        ["documents"] = new Dictionary<string, object?>
        {
            ["gold"] = r.GoldDocuments, ["pred"] = r.PredDocuments, ["scored"] = r.GoldDocuments,
            ["missing_from_pred"] = r.MissingFromPred, ["not_in_gold"] = r.NotInGold,
        },
        ["events"] = new Dictionary<string, object?>
        {
            ["overall"] = Prf(r.Events),
            ["by_type"] = r.EventsByType.ToDictionary(x => x.Type, x => (object?)Prf(x.Tally)),
            ["matched_by"] = new Dictionary<string, int> { ["evidence"] = r.MatchedByEvidence, ["fallback"] = r.MatchedByFallback },
        },
        ["event_attributes"] = r.Attributes.ToDictionary(a => a.Attribute, a => (object?)new Dictionary<string, object?>
        {
            ["scored"] = a.Tally.Scored, ["correct"] = a.Tally.Correct, ["pred_null"] = a.Tally.PredNull,
            ["accuracy"] = a.Tally.Accuracy, ["pred_null_rate"] = a.Tally.PredNullRate,
        }),
        ["estimates"] = new Dictionary<string, object?>
        {
            ["overall"] = Prf(r.Estimates),
            ["by_measure"] = r.EstimatesByMeasure.ToDictionary(x => x.Measure, x => (object?)Prf(x.Tally)),
        },
        ["motives"] = new Dictionary<string, object?>
        {
            ["overall"] = Prf(r.Motives),
            ["by_code"] = r.MotivesByCode.ToDictionary(x => x.Code, x => (object?)Prf(x.Tally)),
        },
        ["people"] = Prf(r.People),
        ["quotes"] = Prf(r.Quotes),
        ["summary"] = ScoreReport.SummaryLine(r),
    };
}
