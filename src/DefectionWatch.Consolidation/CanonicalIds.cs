using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace DefectionWatch.Consolidation;

/// <summary>
/// Identifiers of consolidated things (events, people), kept stable as documents are added.
/// An id is born as a hash of its founding mention (the earliest report when the cluster first appeared);
/// afterwards the cluster that contains that founding mention keeps the id, whatever else joins it.
/// </summary>
public sealed record IdState(ImmutableSortedDictionary<MentionKey, string> Founders)
{
    public static IdState Empty { get; } = new(ImmutableSortedDictionary<MentionKey, string>.Empty);

    /// <summary>The founding mention of an id, if the state knows it.</summary>
    public MentionKey? FounderOf(string id)
    {
        foreach (var (k, v) in Founders)
            if (string.Equals(v, id, StringComparison.Ordinal)) return k;
        return null;
    }
}

/// <summary>The id one cluster gets: the kept id, the founder, and the ids of earlier clusters merged into it.</summary>
public readonly record struct AssignedId(string Id, MentionKey Founder, ImmutableArray<string> Supersedes);

public static class CanonicalIds
{
    /// <summary>"prefix-" and 12 hex digits of SHA-256 over the mention key (deterministic across runs and machines).</summary>
    public static string Hash(string prefix, MentionKey key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key.DocumentId + "\u001f" + key.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)), hash);
        return prefix + "-" + Convert.ToHexStringLower(hash[..6]);
    }

    /// <summary>
    /// Assigns ids to clusters. Each cluster is its members in report order (earliest first). A cluster containing
    /// founding mentions of <paramref name="prior"/> keeps the id of the earliest such founder (the others are
    /// recorded as superseded); a new cluster is founded by its earliest member.
    /// </summary>
    public static ImmutableArray<AssignedId> Assign(string prefix, IReadOnlyList<IReadOnlyList<MentionKey>> clusters, IdState? prior)
    {
        prior ??= IdState.Empty;
        var result = new AssignedId[clusters.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<int>();
        for (var i = 0; i < clusters.Count; i++)
        {
            string? keep = null;
            MentionKey founder = default;
            var superseded = ImmutableArray.CreateBuilder<string>();
            foreach (var m in clusters[i])
            {
                if (!prior.Founders.TryGetValue(m, out var id)) continue;
                if (keep is null && used.Add(id)) { keep = id; founder = m; }
                else if (!string.Equals(id, keep, StringComparison.Ordinal)) superseded.Add(id);
            }
            if (keep is null) { pending.Add(i); continue; }
            superseded.Sort(StringComparer.Ordinal);
            result[i] = new AssignedId(keep, founder, superseded.ToImmutable());
        }
        foreach (var i in pending)
        {
            var founder = clusters[i][0];
            var id = Hash(prefix, founder);
            for (var n = 2; !used.Add(id); n++) id = Hash(prefix, founder) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[i] = new AssignedId(id, founder, []);
        }
        return [.. result];
    }
}
