namespace DefectionWatch.Consolidation.Tests.Support;

/// <summary>Pairwise precision and recall of a clustering against gold labels (counted from the contingency table).</summary>
public static class PairwiseScore
{
    public static (double Precision, double Recall, long PredictedPairs, long GoldPairs) Score<TKey>(
        IEnumerable<TKey> items, Func<TKey, string> predicted, Func<TKey, int> gold) where TKey : notnull
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var list = items.ToList();
        long both = list.GroupBy(i => (predicted(i), gold(i))).Sum(g => Pairs(g.Count()));
        long pred = list.GroupBy(predicted).Sum(g => Pairs(g.Count()));
        long gol = list.GroupBy(gold).Sum(g => Pairs(g.Count()));
        return (pred == 0 ? 1 : (double)both / pred, gol == 0 ? 1 : (double)both / gol, pred, gol);
    }
}
