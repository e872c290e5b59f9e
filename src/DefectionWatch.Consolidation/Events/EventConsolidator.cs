using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Consolidation.Events;

/// <summary>
/// Groups event mentions from many documents into canonical events (one per real incident).
/// <para>
/// Blocking: only mentions of the same type class (defection/surrender/desertion together; every other type
/// alone) and the same group are compared. Inside a block, narrowly dated reports are swept in date order and
/// each joins the closest cluster all of whose members it is compatible with (complete link, so a chain of
/// near-matches cannot glue two incidents a week apart); widely dated and undated reports then attach to the
/// closest compatible cluster or found their own. The result depends only on the set of mentions (never on
/// their input order), and ids follow <see cref="CanonicalIds"/>.
/// </para>
/// </summary>
public static class EventConsolidator
{
    public const string IdPrefix = "ev";

    public static EventConsolidation Consolidate(IReadOnlyList<EventMention> mentions, IdState? prior = null, ConsolidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var o = options ?? ConsolidationOptions.Default;
        var n = mentions.Count;

        // Report order: publication date, then document id, then index. Everything downstream follows it.
        var sorted = new int[n];
        for (var i = 0; i < n; i++) sorted[i] = i;
        Array.Sort(sorted, (x, y) => ReportOrder(mentions[x], mentions[y]));
        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[sorted[r]] = r;
            if (r > 0 && mentions[sorted[r]].Key == mentions[sorted[r - 1]].Key)
                throw new ArgumentException($"mention {mentions[sorted[r]].Key} given twice", nameof(mentions));
        }

        var profiles = new MentionProfile[n];
        for (var i = 0; i < n; i++) profiles[i] = MentionProfile.Create(mentions[i], o);

        var blocks = new Dictionary<(int, string), List<int>>();
        foreach (var i in sorted)
        {
            var key = (profiles[i].TypeClass, profiles[i].GroupKey);
            if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
            list.Add(i);
        }

        var clusters = new List<List<int>>();
        foreach (var block in blocks.Values)
            ClusterBlock(block, profiles, rank, o, clusters);

        foreach (var c in clusters) c.Sort((x, y) => rank[x].CompareTo(rank[y]));
        clusters.Sort((x, y) => rank[x[0]].CompareTo(rank[y[0]]));

        var ids = CanonicalIds.Assign(IdPrefix, [.. clusters.Select(c => (IReadOnlyList<MentionKey>)[.. c.Select(i => mentions[i].Key)])], prior);
        var events = ImmutableArray.CreateBuilder<CanonicalEvent>(clusters.Count);
        var eventOf = ImmutableDictionary.CreateBuilder<MentionKey, string>();
        var founders = ImmutableSortedDictionary.CreateBuilder<MentionKey, string>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var ev = Summarize(ids[c], [.. clusters[c].Select(i => mentions[i])]);
            events.Add(ev);
            founders[ids[c].Founder] = ids[c].Id;
            foreach (var i in clusters[c]) eventOf[mentions[i].Key] = ids[c].Id;
        }
        events.Sort((a, b) =>
        {
            var c = (a.Date?.Start ?? DateOnly.MaxValue).CompareTo(b.Date?.Start ?? DateOnly.MaxValue);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return new EventConsolidation(events.ToImmutable(), eventOf.ToImmutable(), new IdState(founders.ToImmutable()));
    }

    internal static int ReportOrder(EventMention a, EventMention b)
    {
        var c = (a.Published ?? DateOnly.MaxValue).CompareTo(b.Published ?? DateOnly.MaxValue);
        return c != 0 ? c : a.Key.CompareTo(b.Key);
    }

    private sealed class Cluster(int ordinal, int first, in MentionProfile p)
    {
        public readonly int Ordinal = ordinal;
        public readonly List<int> Members = [first];
        public int MinStart = p.Start;
        public int MaxEnd = p.End;
        public readonly int CoreStart = p.Start;

        public void Add(int m, in MentionProfile p)
        {
            Members.Add(m);
            MinStart = Math.Min(MinStart, p.Start);
            MaxEnd = Math.Max(MaxEnd, p.End);
        }
    }

    /// <summary>Mean cost over the members, or null when any member rules the mention out.</summary>
    private static double? LinkCost(Cluster c, int m, MentionProfile[] profiles, ConsolidationOptions o)
    {
        double sum = 0;
        foreach (var x in c.Members)
        {
            if (MentionProfile.Cost(profiles[x], profiles[m], o) is not { } cost) return null;
            sum += cost;
        }
        return sum / c.Members.Count;
    }

    private static void ClusterBlock(List<int> block, MentionProfile[] profiles, int[] rank, ConsolidationOptions o, List<List<int>> output)
    {
        var w = o.DateWindowDays;
        var narrow = new List<int>();
        var wide = new List<int>();
        foreach (var i in block)
            (profiles[i].Dated && profiles[i].Width <= o.NarrowDays ? narrow : wide).Add(i);
        int ByDate(int x, int y)
        {
            var c = profiles[x].Start.CompareTo(profiles[y].Start);
            if (c == 0) c = profiles[x].End.CompareTo(profiles[y].End);
            return c != 0 ? c : rank[x].CompareTo(rank[y]);
        }
        narrow.Sort(ByDate);
        wide.Sort(ByDate);

        // Pass 1: sweep the narrowly dated reports; clusters whose last day is more than the window behind retire.
        var core = new List<Cluster>();
        var active = new List<Cluster>();
        var maxCoreSpan = 0;
        foreach (var m in narrow)
        {
            var p = profiles[m];
            active.RemoveAll(c => (long)c.MaxEnd + w < p.Start);
            Cluster? best = null;
            var bestCost = double.MaxValue;
            foreach (var c in active)
                if (LinkCost(c, m, profiles, o) is { } cost && cost < bestCost) { best = c; bestCost = cost; }
            if (best is null)
            {
                best = new Cluster(core.Count, m, p);
                core.Add(best);
                active.Add(best);
            }
            else best.Add(m, p);
            maxCoreSpan = Math.Max(maxCoreSpan, best.MaxEnd - best.CoreStart);
        }

        // Pass 2: widely dated and undated reports attach to the closest compatible cluster.
        var extra = new List<Cluster>();
        var coreStarts = core.Select(c => c.CoreStart).ToArray(); // non-decreasing: clusters were founded in date order
        foreach (var m in wide)
        {
            var p = profiles[m];
            Cluster? best = null;
            var bestCost = double.MaxValue;
            void Consider(Cluster c)
            {
                if ((long)c.MinStart - w > p.End || (long)p.Start > (long)c.MaxEnd + w) return;
                if (LinkCost(c, m, profiles, o) is { } cost && (cost < bestCost || (cost == bestCost && best is not null && Order(c) < Order(best))))
                {
                    best = c;
                    bestCost = cost;
                }
            }
            int Order(Cluster c) => c.Ordinal + (extra.Contains(c) ? core.Count : 0);
            var from = LowerBound(coreStarts, (long)p.Start - w - maxCoreSpan);
            for (var k = from; k < core.Count && core[k].CoreStart <= (long)p.End + w; k++) Consider(core[k]);
            foreach (var c in extra) Consider(c);
            if (best is null) extra.Add(new Cluster(extra.Count, m, p));
            else best.Add(m, p);
        }

        foreach (var c in core) output.Add(c.Members);
        foreach (var c in extra) output.Add(c.Members);
    }

    private static int LowerBound(int[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // ---- summaries --------------------------------------------------------------------------------------

    private static readonly ImmutableArray<CountQualifier> PrecisionOrder =
        [CountQualifier.Exact, CountQualifier.Approx, CountQualifier.AtLeast, CountQualifier.AtMost, CountQualifier.Range, CountQualifier.Vague];

    private static int CountPrecision(Count c) => PrecisionOrder.IndexOf(c.Qualifier);

    private static (long?, long?, long?) Figure(Count c) => c.Value is { } v ? (v, null, null) : (null, c.Low, c.High);

    internal static CanonicalEvent Summarize(AssignedId id, IReadOnlyList<EventMention> members)
    {
        var sources = SourceKeys(members);
        var reports = members.Select((m, i) => new EventReport(m, sources[i])).ToImmutableArray();
        var independent = sources.Distinct(StringComparer.Ordinal).Count();

        // Per field: the value most independent sources give; ties go to the earlier report (reports are in order).
        T MostSourced<T>(IEnumerable<(T Value, string Key, int Order)> values, IComparer<(T Value, string Key, int Order)>? tieBreak = null)
        {
            var groups = values.GroupBy(v => v.Key, StringComparer.Ordinal)
                .Select(g => (First: g.OrderBy(x => x.Order).First(), Sources: g.Select(x => sources[x.Order]).Distinct(StringComparer.Ordinal).Count()))
                .ToList();
            groups.Sort((a, b) =>
            {
                var c = b.Sources.CompareTo(a.Sources);
                if (c == 0 && tieBreak is not null) c = tieBreak.Compare(a.First, b.First);
                return c != 0 ? c : a.First.Order.CompareTo(b.First.Order);
            });
            return groups[0].First.Value;
        }

        var type = MostSourced(members.Select((m, i) => (m.Event.Type, Describe.Type(m.Event.Type), i)));
        var group = members.Select(m => m.Event.Group).FirstOrDefault(g => g is not null);
        var tos = members.Select((m, i) => (m.Event.To, TextNormalizer.NormalizeName(m.Event.To), i)).Where(t => t.To is not null).ToList();
        var to = tos.Count == 0 ? null : MostSourced(tos);

        // Count: best = the figure most sources give (ties to the more precise statement); low/high span all reports.
        var counts = members.Select((m, i) => (Count: m.Event.Count, i)).Where(c => c.Count is not null).Select(c => (c.Count!, c.i)).ToList();
        CountSummary countSummary;
        if (counts.Count == 0) countSummary = new CountSummary(null, null, null, 0);
        else
        {
            // Within a source, its most precise statement of each figure stands for it.
            var best = MostSourced(
                counts.OrderBy(c => CountPrecision(c.Item1)).ThenBy(c => c.i).Select(c => (c.Item1, FigureKey(c.Item1), c.i)),
                Comparer<(Count Value, string Key, int Order)>.Create((a, b) => CountPrecision(a.Value).CompareTo(CountPrecision(b.Value))));
            var bestKey = FigureKey(best);
            var bestSources = counts.Where(c => string.Equals(FigureKey(c.Item1), bestKey, StringComparison.Ordinal))
                .Select(c => sources[c.i]).Distinct(StringComparer.Ordinal).Count();
            var numbers = counts.SelectMany(c => new[] { c.Item1.Low, c.Item1.Value, c.Item1.High }).Where(v => v is not null).Select(v => v!.Value).ToList();
            countSummary = new CountSummary(best, numbers.Min(), numbers.Max(), bestSources);
        }

        // Date: the narrowest interval given (ties: most sources, then earliest).
        var dates = members.Select((m, i) => (m.Event.Date, i)).Where(d => d.Date is not null).ToList();
        DateInterval? date = null;
        if (dates.Count > 0)
        {
            // Among the narrowest intervals, the one most sources' intervals agree with (overlap), then the earliest report's.
            var narrowest = dates.Min(d => d.Date!.Days);
            date = dates.Where(d => d.Date!.Days == narrowest)
                .Select(d => (d.Date, d.i, Support: dates.Where(x => x.Date!.Overlaps(d.Date!)).Select(x => sources[x.i]).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(d => d.Support).ThenBy(d => d.i).First().Date;
        }

        // Place: the finest precision given (a point beats a name without one), then most sources, then earliest.
        var places = members.Select((m, i) => (m.Event.Location, i)).Where(p => p.Location is not null).ToList();
        Place? place = null;
        if (places.Count > 0)
        {
            var finest = places.Min(p => PlaceRank(p.Location!));
            place = MostSourced(places.Where(p => PlaceRank(p.Location!) == finest).Select(p => (p.Location, TextNormalizer.NormalizeName(p.Location!.Name), p.i)));
        }

        var conflicts = ImmutableArray.CreateBuilder<EventConflict>();
        AddConflict(conflicts, "type", members.Select(m => (Describe.Type(m.Event.Type), Describe.Type(m.Event.Type), m.Key.DocumentId)));
        AddConflict(conflicts, "count", counts.Select(c => (FigureKey(c.Item1), Describe.Count(c.Item1), members[c.i].Key.DocumentId)));
        AddConflict(conflicts, "place", places.Where(p => p.Location!.Precision == PlacePrecision.City)
            .Select(p => (TextNormalizer.NormalizeName(p.Location!.Name), Describe.Place(p.Location), members[p.i].Key.DocumentId)));
        if (dates.Any(a => dates.Any(b => !a.Date!.Overlaps(b.Date!))))
            AddConflict(conflicts, "date", dates.Select(d => (Describe.Date(d.Date), Describe.Date(d.Date), members[d.i].Key.DocumentId)));
        AddConflict(conflicts, "to", tos.Select(t => (t.Item2, t.To!, members[t.i].Key.DocumentId)));

        return new CanonicalEvent(id.Id, type!, group, to, countSummary, date, place, independent, reports,
            conflicts.ToImmutable(), id.Founder, id.Supersedes);
    }

    private static string FigureKey(Count c)
    {
        var (v, lo, hi) = Figure(c);
        return v is { } x ? x.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : (lo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?") + "-" + (hi?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
    }

    private static int PlaceRank(Place p) => p.Precision switch
    {
        PlacePrecision.City => p.Lat is not null ? 0 : 1,
        PlacePrecision.Region => 2,
        _ => 3,
    };

    /// <summary>Records a conflict when the reports give more than one distinct value (by key); values show as given.</summary>
    private static void AddConflict(ImmutableArray<EventConflict>.Builder conflicts, string field, IEnumerable<(string Key, string Shown, string Doc)> values)
    {
        var groups = values.GroupBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (groups.Count < 2) return;
        conflicts.Add(new EventConflict(field, [.. groups.Select(g => new ConflictValue(
            string.Join(" / ", g.Select(x => x.Shown).Distinct(StringComparer.Ordinal)),
            [.. g.Select(x => x.Doc).Distinct(StringComparer.Ordinal)]))]));
    }

    /// <summary>
    /// One key per independent source: reports are one source when they share a document, a syndication group
    /// or a publisher (transitively). The key shown is the publisher, else the syndication group, else the document.
    /// </summary>
    internal static string[] SourceKeys(IReadOnlyList<EventMention> members)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            if (!parent.TryGetValue(x, out var p)) { parent[x] = x; return x; }
            if (string.Equals(p, x, StringComparison.Ordinal)) return x;
            var root = Find(p);
            parent[x] = root;
            return root;
        }
        void Union(string a, string b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (string.Equals(ra, rb, StringComparison.Ordinal)) return;
            // The smaller label (ordinally, with "pub:" < "syn:" < "z:doc") becomes the root, so the key is stable.
            if (string.CompareOrdinal(ra, rb) < 0) parent[rb] = ra; else parent[ra] = rb;
        }
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            var doc = "z:" + m.Key.DocumentId;
            Find(doc);
            shown.TryAdd(doc, m.Key.DocumentId);
            if (!string.IsNullOrWhiteSpace(m.SyndicationGroup)) shown.TryAdd("syn:" + m.SyndicationGroup.Trim(), m.SyndicationGroup.Trim());
            if (!string.IsNullOrWhiteSpace(m.Publisher)) shown.TryAdd("pub:" + TextNormalizer.NormalizeName(m.Publisher), m.Publisher.Trim());
            if (!string.IsNullOrWhiteSpace(m.SyndicationGroup))
            {
                // The group may be the original's document id: the copy and the original are one source.
                Union(doc, "syn:" + m.SyndicationGroup.Trim());
                Union("syn:" + m.SyndicationGroup.Trim(), "z:" + m.SyndicationGroup.Trim());
            }
            if (!string.IsNullOrWhiteSpace(m.Publisher)) Union(doc, "pub:" + TextNormalizer.NormalizeName(m.Publisher));
        }
        return [.. members.Select(m => Find("z:" + m.Key.DocumentId)).Select(root => shown.TryGetValue(root, out var label) ? label : root[(root.IndexOf(':', StringComparison.Ordinal) + 1)..])];
    }
}
