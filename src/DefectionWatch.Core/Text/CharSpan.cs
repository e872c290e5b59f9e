namespace DefectionWatch.Core.Text;

/// <summary>
/// A half-open range of UTF-16 code units in the <em>original</em> document text:
/// <c>Start</c> is the first character, <c>End</c> one past the last (as Lucene's IOffsetAttribute).
/// Every annotation and every extracted fact points back to the text through one of these.
/// </summary>
public readonly record struct CharSpan(int Start, int End) : IComparable<CharSpan>
{
    public int Length => End - Start;
    public bool IsEmpty => End <= Start;
    public bool Overlaps(CharSpan other) => Start < other.End && other.Start < End;
    public bool Contains(CharSpan other) => Start <= other.Start && other.End <= End;
    public bool Contains(int offset) => Start <= offset && offset < End;
    public CharSpan Union(CharSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));
    public string Slice(string text) => text.Substring(Start, Length);
    public ReadOnlySpan<char> SliceSpan(string text) => text.AsSpan(Start, Length);
    public int CompareTo(CharSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);
    public override string ToString() => $"[{Start},{End})";
}
