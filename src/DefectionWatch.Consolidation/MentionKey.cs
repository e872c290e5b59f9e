using System.Globalization;

namespace DefectionWatch.Consolidation;

/// <summary>
/// Where a fact was reported: the document's id and the fact's index in that document's list (events[i],
/// people[i], estimates[i]). Compared ordinally, so orderings do not depend on the culture.
/// </summary>
public readonly record struct MentionKey(string DocumentId, int Index) : IComparable<MentionKey>
{
    public int CompareTo(MentionKey other)
    {
        var c = string.CompareOrdinal(DocumentId, other.DocumentId);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }

    public override string ToString() => DocumentId + "#" + Index.ToString(CultureInfo.InvariantCulture);
}
