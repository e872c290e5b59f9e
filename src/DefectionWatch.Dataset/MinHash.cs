using System.Collections.Immutable;

namespace DefectionWatch.Dataset;

/// <summary>
/// MinHash signatures over word 5-shingles (Broder 1997) with LSH banding: 128 hash functions in 32 bands
/// of 4 rows, so texts with a Jaccard similarity above about 0.5 share a band with high probability; the
/// candidates are then confirmed by the similarity estimated from the full signatures.
/// </summary>
public static class MinHash
{
    public const int Hashes = 128;
    public const int Bands = 32;
    public const int Rows = Hashes / Bands;
    public const int ShingleWords = 5;

    /// <summary>Texts with fewer words than this get no signature (only exact duplicates are found).</summary>
    public const int MinWords = 20;

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var x = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++) seeds[i] = x = Mix(x + 0x9E3779B97F4A7C15UL);
        return seeds;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The signature, or empty for a text too short to judge.</summary>
    public static ImmutableArray<ulong> Signature(string text)
    {
        var words = WordHashes(text);
        if (words.Count < MinWords) return [];
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = 1469598103934665603UL;
            for (var k = 0; k < ShingleWords; k++) h = Mix(h ^ words[i + k]);
            for (var j = 0; j < Hashes; j++)
            {
                var v = Mix(h ^ Seeds[j]);
                if (v < sig[j]) sig[j] = v;
            }
        }
        return [.. sig];
    }

    /// <summary>One hash per band (band index mixed in), as stored in the band index.</summary>
    public static ImmutableArray<long> BandHashes(ImmutableArray<ulong> signature)
    {
        if (signature.IsDefaultOrEmpty) return [];
        var bands = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = Mix((ulong)b + 0x51ED27UL);
            for (var r = 0; r < Rows; r++) h = Mix(h ^ signature[b * Rows + r]);
            bands[b] = unchecked((long)h);
        }
        return [.. bands];
    }

    /// <summary>Estimated Jaccard similarity: the share of equal signature positions.</summary>
    public static double Similarity(ImmutableArray<ulong> a, ImmutableArray<ulong> b)
    {
        if (a.IsDefaultOrEmpty || b.IsDefaultOrEmpty || a.Length != b.Length) return 0;
        var same = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>Lower-cased letter/digit words, hashed (FNV-1a then mixed).</summary>
    private static List<ulong> WordHashes(string text)
    {
        var list = new List<ulong>(text.Length / 5);
        var h = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                list.Add(Mix(h));
                h = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord) list.Add(Mix(h));
        return list;
    }
}
