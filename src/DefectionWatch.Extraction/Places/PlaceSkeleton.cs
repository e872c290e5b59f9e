using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Extraction.Places;

/// <summary>
/// The "skeleton" of a place name, used to meet transliterations the gazetteer lacks ("Bulo Burde" and
/// GeoNames "Buulobarde" are both <c>blbrd</c>; "Avdiivka" and "Avdiyivka" are both <c>avdvk</c>).
/// <para>From a gazetteer key (<see cref="Gazetteer.Key(string)"/>: lower case, ASCII-folded): letters only,
/// the transliteration merges of <c>en/place-lexicon.tsv</c> (kind <c>fuzzy_merge</c>: "kh&gt;k", "y&gt;i",
/// "ah#&gt;a" where '#' marks a word end) applied left to right, longest first, within each word; then vowels
/// dropped except a leading one; then runs of one letter collapsed.</para>
/// </summary>
public sealed class PlaceSkeleton
{
    /// <summary>Longest folded or skeleton form handled; longer names are not indexed.</summary>
    public const int MaxLength = 64;

    // merges by the first letter of "from" (index 0 = 'a'), longest first, then in file order
    private readonly (string From, string To, bool AtWordEnd)[][] _merges;

    public PlaceSkeleton(IEnumerable<string> rules)
    {
        var merges = new List<(string, string, bool)>();
        foreach (var rule in rules)
        {
            var gt = rule.IndexOf('>', StringComparison.Ordinal);
            if (gt <= 0) continue;
            var from = rule[..gt].Trim().ToLowerInvariant();
            var to = rule[(gt + 1)..].Trim().ToLowerInvariant();
            var atEnd = from.EndsWith('#');
            if (atEnd) from = from[..^1];
            if (from.Length == 0 || !IsAsciiLetters(from) || !IsAsciiLetters(to)) continue;
            merges.Add((from, to, atEnd));
        }
        // longest first; ties keep file order (OrderBy is stable)
        var ordered = merges.OrderByDescending(m => m.Item1.Length).ToArray();
        _merges = new (string, string, bool)[26][];
        for (var c = 0; c < 26; c++) _merges[c] = [.. ordered.Where(m => m.Item1[0] == 'a' + c)];
    }

    private static bool IsAsciiLetters(string s)
    {
        foreach (var c in s) if (c is < 'a' or > 'z') return false;
        return true;
    }

    /// <summary>
    /// Writes the letters of <paramref name="key"/> after the merges into <paramref name="into"/> and returns
    /// their number, or -1 when the key has a non-ASCII letter or is too long.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Fold(ReadOnlySpan<char> key, Span<char> into)
    {
        var n = 0;
        var p = 0;
        while (p < key.Length)
        {
            var c = key[p];
            if (c is < 'a' or > 'z')
            {
                if (char.IsLetter(c)) return -1;
                p++;
                continue;
            }
            var wordEnd = p;
            while (wordEnd < key.Length && key[wordEnd] is >= 'a' and <= 'z') wordEnd++;
            var merged = false;
            foreach (var (from, to, atEnd) in _merges[c - 'a'])
            {
                if (p + from.Length > wordEnd || (atEnd && p + from.Length != wordEnd)) continue;
                if (!key.Slice(p, from.Length).SequenceEqual(from)) continue;
                if (n + to.Length > into.Length) return -1;
                to.AsSpan().CopyTo(into[n..]);
                n += to.Length;
                p += from.Length;
                merged = true;
                break;
            }
            if (merged) continue;
            if (n >= into.Length) return -1;
            into[n++] = c;
            p++;
        }
        return n;
    }

    /// <summary>The skeleton of folded letters (see <see cref="Fold"/>); <paramref name="consonants"/> counts its
    /// letters other than a leading vowel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Skeleton(ReadOnlySpan<char> folded, Span<char> into, out int consonants)
    {
        consonants = 0;
        var n = 0;
        for (var k = 0; k < folded.Length; k++)
        {
            var c = folded[k];
            if (k > 0 && IsVowel(c)) continue;
            if (n > 0 && into[n - 1] == c) continue;
            into[n++] = c;
            if (!IsVowel(c)) consonants++;
        }
        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The skeleton of a key as a string ("" when it cannot be computed), for tests and tools.</summary>
    public string Of(string key)
    {
        Span<char> folded = stackalloc char[MaxLength];
        Span<char> skeleton = stackalloc char[MaxLength];
        var f = Fold(Gazetteer.Key(key), folded);
        return f < 0 ? "" : skeleton[..Skeleton(folded[..f], skeleton, out _)].ToString();
    }
}

/// <summary>A gazetteer entry found through its skeleton; <c>Distance</c> is the edit distance between the
/// folded letters of the two names (smaller is closer).</summary>
public readonly record struct FuzzyMatch(GazetteerEntry Entry, int Distance);

/// <summary>
/// Gazetteer keys of cities and regions by skeleton (<see cref="PlaceSkeleton"/>). Built once from the
/// gazetteer's keys; immutable.
/// </summary>
internal sealed class FuzzyIndex
{
    /// <summary>Fewest letters a skeleton needs besides a leading vowel ("hrn" for Hiraan).</summary>
    public const int MinConsonants = 3;

    /// <summary>Most letters by which the two names may differ in length.</summary>
    public const int MaxLengthDifference = 3;

    private readonly PlaceSkeleton _skeleton;
    private readonly string[] _prefixes;

    // the index: gazetteer keys sorted by (skeleton hash, key); a lookup is a binary search. Two flat arrays
    // cost far less memory and load time than a dictionary of skeleton strings.
    private readonly ulong[] _hashes;
    private readonly string[] _keys;

    /// <param name="skeleton">the skeleton rules</param>
    /// <param name="prefixes">leading words (with a trailing space: "al ") that do not count towards <see cref="MinConsonants"/></param>
    /// <param name="names">the gazetteer's keys and entries</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FuzzyIndex(PlaceSkeleton skeleton, IEnumerable<string> prefixes, IEnumerable<KeyValuePair<string, ImmutableArray<GazetteerEntry>>> names)
    {
        _skeleton = skeleton;
        _prefixes = [.. prefixes];
        var hashes = new List<ulong>(150_000);
        var keys = new List<string>(150_000);
        Span<char> folded = stackalloc char[PlaceSkeleton.MaxLength];
        Span<char> sk = stackalloc char[PlaceSkeleton.MaxLength];
        foreach (var (key, entries) in names)
        {
            var place = false;
            foreach (var e in entries) place |= e.Precision != PlacePrecision.Country;
            if (!place) continue;
            var f = skeleton.Fold(key, folded);
            if (f < 0) continue;
            var s = PlaceSkeleton.Skeleton(folded[..f], sk, out var consonants);
            if (consonants < MinConsonants || !LongEnough(key)) continue;
            hashes.Add(Hash(sk[..s]));
            keys.Add(key);
        }
        _hashes = [.. hashes];
        _keys = [.. keys];
        Array.Sort(_hashes, _keys);
        // the gazetteer's key order depends on string hashing: keys of one skeleton are sorted too, so that ties
        // resolve the same way every run
        for (var k = 0; k < _hashes.Length;)
        {
            var end = k + 1;
            while (end < _hashes.Length && _hashes[end] == _hashes[k]) end++;
            if (end - k > 1) Array.Sort(_keys, k, end - k, StringComparer.Ordinal);
            k = end;
        }
    }

    /// <summary>Number of gazetteer keys indexed.</summary>
    public int Count => _keys.Length;

    /// <summary>FNV-1a: stable across runs, unlike string hash codes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>
    /// Cities and regions whose key has the skeleton of <paramref name="key"/>, the same first letter and a
    /// length within <see cref="MaxLengthDifference"/> letters, in key order. Empty when the skeleton of
    /// <paramref name="key"/> is too short to trust.
    /// </summary>
    public ImmutableArray<FuzzyMatch> Lookup(ReadOnlySpan<char> key, Gazetteer gazetteer)
    {
        Span<char> folded = stackalloc char[PlaceSkeleton.MaxLength];
        Span<char> sk = stackalloc char[PlaceSkeleton.MaxLength];
        var f = _skeleton.Fold(key, folded);
        if (f <= 0) return [];
        var s = PlaceSkeleton.Skeleton(folded[..f], sk, out var consonants);
        if (consonants < MinConsonants || !LongEnough(key)) return [];
        var hash = Hash(sk[..s]);
        var lo = Array.BinarySearch(_hashes, hash);
        if (lo < 0) return [];
        while (lo > 0 && _hashes[lo - 1] == hash) lo--;
        var letters = Letters(key);
        var first = FirstLetter(key);
        Span<char> other = stackalloc char[PlaceSkeleton.MaxLength];
        Span<char> otherSkeleton = stackalloc char[PlaceSkeleton.MaxLength];
        var result = ImmutableArray.CreateBuilder<FuzzyMatch>();
        for (var at = lo; at < _hashes.Length && _hashes[at] == hash; at++)
        {
            var k = _keys[at];
            if (FirstLetter(k) != first || Math.Abs(Letters(k) - letters) > MaxLengthDifference) continue;
            var g = _skeleton.Fold(k, other);
            // a hash collision is not a match
            if (!otherSkeleton[..PlaceSkeleton.Skeleton(other[..g], otherSkeleton, out _)].SequenceEqual(sk[..s])) continue;
            var distance = EditDistance(folded[..f], other[..g]);
            foreach (var e in gazetteer.LookupKey(k))
            {
                if (e.Precision == PlacePrecision.Country) continue;
                var seen = -1;
                for (var m = 0; m < result.Count && seen < 0; m++) if (ReferenceEquals(result[m].Entry, e)) seen = m;
                if (seen < 0) result.Add(new FuzzyMatch(e, distance));
                else if (distance < result[seen].Distance) result[seen] = new FuzzyMatch(e, distance);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Whether the key without a leading article still has <see cref="MinConsonants"/>: "al hol" (alhl)
    /// must not meet "al hillah".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool LongEnough(ReadOnlySpan<char> key)
    {
        foreach (var p in _prefixes)
        {
            if (key.Length <= p.Length || !key.StartsWith(p, StringComparison.Ordinal)) continue;
            Span<char> folded = stackalloc char[PlaceSkeleton.MaxLength];
            Span<char> sk = stackalloc char[PlaceSkeleton.MaxLength];
            var f = _skeleton.Fold(key[p.Length..], folded);
            if (f < 0) return false;
            PlaceSkeleton.Skeleton(folded[..f], sk, out var consonants);
            return consonants >= MinConsonants;
        }
        return true;
    }

    private static int Letters(ReadOnlySpan<char> key)
    {
        var n = 0;
        foreach (var c in key) if (char.IsLetter(c)) n++;
        return n;
    }

    private static char FirstLetter(ReadOnlySpan<char> key)
    {
        foreach (var c in key) if (char.IsLetter(c)) return c;
        return '\0';
    }

    /// <summary>Levenshtein distance of two short strings.</summary>
    internal static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            cur.CopyTo(prev);
        }
        return prev[b.Length];
    }
}
