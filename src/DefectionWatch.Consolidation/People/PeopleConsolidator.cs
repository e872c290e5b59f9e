using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Consolidation.People;

/// <summary>
/// One document's mention of a person, with the context that can confirm identity: the group of the event
/// they belong to and that event's canonical id (from <see cref="Events.EventConsolidator"/>), if any.
/// </summary>
public sealed record PersonMention(MentionKey Key, Person Person, string? Group, string? EventId, DateOnly? Published = null);

/// <summary>One person across documents and spellings.</summary>
public sealed record CanonicalPerson(
    string Id,
    string Name,
    ImmutableArray<string> Variants,
    ImmutableArray<string> Roles,
    string? Nationality,
    ImmutableArray<string> Groups,
    ImmutableArray<string> EventIds,
    ImmutableArray<PersonMention> Mentions,
    MentionKey Founder,
    ImmutableArray<string> Supersedes);

public sealed record PeopleConsolidation(ImmutableArray<CanonicalPerson> People, ImmutableDictionary<MentionKey, string> PersonOf, IdState State);

/// <summary>
/// Merges person mentions that name the same individual. A shared name is never enough on its own: the same
/// spelling-neutral name needs agreeing context (same event or document, or the same group, nationality or
/// role; a common name such as "Mohammed Ali" needs the same event or document, or group plus nationality or
/// role), and a shorter name ("Dhiblawe", "Abu Salim") joins a fuller one only within the same event or
/// document, or with group and nationality both agreeing, and only when exactly one fuller person fits.
/// Known disagreement (different group or nationality) blocks a merge unless the mentions share an event.
/// </summary>
public static class PeopleConsolidator
{
    public const string IdPrefix = "p";

    public static PeopleConsolidation Consolidate(IReadOnlyList<PersonMention> mentions, IdState? prior = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var order = Enumerable.Range(0, mentions.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = (mentions[a].Published ?? DateOnly.MaxValue).CompareTo(mentions[b].Published ?? DateOnly.MaxValue);
            return c != 0 ? c : mentions[a].Key.CompareTo(mentions[b].Key);
        });
        var names = mentions.Select(m => PersonNames.Parse(m.Person.Name)).ToArray();

        // Union-find over mentions; a root's member list is its cluster.
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        var members = Enumerable.Range(0, mentions.Count).Select(i => new List<int> { i }).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) return;
            if (rank(ra) > rank(rb)) (ra, rb) = (rb, ra);
            parent[rb] = ra;
            members[ra].AddRange(members[rb]);
            members[rb].Clear();
        }
        var rankOf = new int[mentions.Count];
        for (var r = 0; r < order.Length; r++) rankOf[order[r]] = r;
        int rank(int i) => rankOf[i];

        bool Vetoed(int a, int b) => !SameEvent(mentions[a], mentions[b]) && Disagree(mentions[a], mentions[b]);
        bool ClusterVetoed(int ra, int rb) => members[ra].Any(a => members[rb].Any(b => Vetoed(a, b)));

        // Pass 1: same name (any spelling), agreeing context, nothing disagreeing.
        var bySet = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            if (names[i].IsEmpty) continue;
            if (!bySet.TryGetValue(names[i].SetKey, out var roots)) bySet[names[i].SetKey] = roots = [];
            var joined = false;
            foreach (var r in roots)
            {
                var root = Find(r);
                if (members[root].Any(j => Vetoed(i, j))) continue;
                if (!members[root].Any(j => SameNameAgree(mentions[i], mentions[j], names[i].Common))) continue;
                Union(root, i);
                joined = true;
                break;
            }
            if (!joined) roots.Add(i);
        }

        // Pass 2: shorter names into the one fuller person they fit (longer short names first).
        var byPart = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
            foreach (var p in names[i].Parts.Distinct(StringComparer.Ordinal))
            {
                if (!byPart.TryGetValue(p, out var l)) byPart[p] = l = [];
                l.Add(i);
            }
        foreach (var i in order.Where(i => !names[i].IsEmpty).OrderByDescending(i => names[i].Parts.Length).ThenBy(rank))
        {
            var ri = Find(i);
            // Only a cluster's fullest names act as its name: a cluster holding "Dhiblawe" and "Ahmed Dhiblawe Ali" is done.
            if (members[ri].Any(j => names[i].StrictSubsetOf(names[j]))) continue;
            var rarest = names[i].Parts.Distinct(StringComparer.Ordinal).OrderBy(p => byPart[p].Count).ThenBy(p => p, StringComparer.Ordinal).First();
            var candidates = new SortedSet<int>();
            foreach (var j in byPart[rarest])
            {
                var rj = Find(j);
                if (rj == ri || candidates.Contains(rj) || !names[i].StrictSubsetOf(names[j])) continue;
                if (!members[ri].Any(a => members[rj].Any(b => names[a].StrictSubsetOf(names[b]) && SubsetAgree(mentions[a], mentions[b], names[a].Common)))) continue;
                if (ClusterVetoed(ri, rj)) continue;
                candidates.Add(rj);
            }
            if (candidates.Count == 1) Union(candidates.Min, ri);
        }

        // Clusters in report order; ids by founding mention.
        var clusters = Enumerable.Range(0, mentions.Count).Where(i => Find(i) == i)
            .Select(r => members[r].OrderBy(rank).ToList()).OrderBy(c => rank(c[0])).ToList();
        var ids = CanonicalIds.Assign(IdPrefix, [.. clusters.Select(c => (IReadOnlyList<MentionKey>)[.. c.Select(i => mentions[i].Key)])], prior);
        var people = ImmutableArray.CreateBuilder<CanonicalPerson>();
        var personOf = ImmutableDictionary.CreateBuilder<MentionKey, string>();
        var founders = ImmutableSortedDictionary.CreateBuilder<MentionKey, string>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var ms = clusters[c].Select(i => mentions[i]).ToImmutableArray();
            var variants = ms.Select(m => m.Person.Name.Trim()).Distinct(StringComparer.Ordinal).ToList();
            // The display name: the fullest spelling, then the most frequent, then the earliest.
            var name = variants.OrderByDescending(v => PersonNames.Parse(v).Parts.Length)
                .ThenByDescending(v => ms.Count(m => string.Equals(m.Person.Name.Trim(), v, StringComparison.Ordinal)))
                .First();
            people.Add(new CanonicalPerson(
                ids[c].Id, name, [.. variants],
                [.. ms.Select(m => m.Person.Role).Distinct(StringComparer.Ordinal)],
                ms.Select(m => m.Person.Nationality).FirstOrDefault(n => n is not null),
                [.. ms.Select(m => m.Group).Where(g => g is not null).Select(g => g!).Distinct(StringComparer.Ordinal)],
                [.. ms.Select(m => m.EventId).Where(e => e is not null).Select(e => e!).Distinct(StringComparer.Ordinal)],
                ms, ids[c].Founder, ids[c].Supersedes));
            founders[ids[c].Founder] = ids[c].Id;
            foreach (var m in ms) personOf[m.Key] = ids[c].Id;
        }
        return new PeopleConsolidation(people.ToImmutable(), personOf.ToImmutable(), new IdState(founders.ToImmutable()));
    }

    private static bool SameEvent(PersonMention a, PersonMention b) =>
        a.EventId is not null && string.Equals(a.EventId, b.EventId, StringComparison.Ordinal);

    private static bool SameDocument(PersonMention a, PersonMention b) =>
        string.Equals(a.Key.DocumentId, b.Key.DocumentId, StringComparison.Ordinal);

    private static bool GroupAgree(PersonMention a, PersonMention b) =>
        a.Group is not null && b.Group is not null && string.Equals(TextNormalizer.NormalizeName(a.Group), TextNormalizer.NormalizeName(b.Group), StringComparison.Ordinal);

    private static bool NationalityAgree(PersonMention a, PersonMention b) =>
        a.Person.Nationality is not null && string.Equals(a.Person.Nationality, b.Person.Nationality, StringComparison.OrdinalIgnoreCase);

    private static bool RoleAgree(PersonMention a, PersonMention b) =>
        string.Equals(a.Person.Role, b.Person.Role, StringComparison.OrdinalIgnoreCase);

    /// <summary>Both known and different: group or nationality.</summary>
    internal static bool Disagree(PersonMention a, PersonMention b) =>
        (a.Group is not null && b.Group is not null && !GroupAgree(a, b))
        || (a.Person.Nationality is not null && b.Person.Nationality is not null && !NationalityAgree(a, b));

    internal static bool SameNameAgree(PersonMention a, PersonMention b, bool common) =>
        SameEvent(a, b) || SameDocument(a, b)
        || (common
            ? GroupAgree(a, b) && (NationalityAgree(a, b) || RoleAgree(a, b))
            : GroupAgree(a, b) || NationalityAgree(a, b) || RoleAgree(a, b));

    internal static bool SubsetAgree(PersonMention shorter, PersonMention fuller, bool shortIsCommon) =>
        SameEvent(shorter, fuller) || SameDocument(shorter, fuller)
        || (!shortIsCommon && GroupAgree(shorter, fuller) && NationalityAgree(shorter, fuller));
}
