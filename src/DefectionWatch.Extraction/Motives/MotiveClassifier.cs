using System.Collections.Frozen;
using System.Collections.Immutable;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Motives;

/// <summary>
/// A small text classifier that codes a sentence against the motive codebook when no cue pattern matched
/// it: multinomial logistic regression over word stems and pairs of neighbouring content stems, trained when
/// it is built (a few milliseconds, deterministic) from the phrasings of <c>en/motives-examples.tsv</c> and the
/// example column of <c>en/motives-codebook.tsv</c>, with class <c>none</c> for sentences that give no reason.
/// Users teach it new phrasings by adding lines to those files. Classifying a sentence costs one pass over its
/// characters and a few dictionary look-ups; no allocation besides a small buffer. Holds only immutable data.
/// </summary>
public sealed class MotiveClassifier
{
    /// <summary>The class of sentences that give no reason.</summary>
    public const string None = "none";

    private readonly ImmutableArray<string> _classes; // index 0 is "none"
    private readonly FrozenDictionary<uint, int> _features;
    private readonly float[] _weights; // feature-major: [feature * classes + class]
    private readonly float[] _bias;
    private readonly FrozenSet<string> _stop;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;

    private const int Epochs = 60;
    private const float LearningRate = 0.3f;
    private const float L2 = 1e-4f;
    private const int MaxTokens = 160;
    private const int MinFeatures = 3;

    public MotiveClassifier(ResourceStore resources, IEnumerable<MotiveCode> codebook)
    {
        _stop = resources.ReadTsv("en/motives-stopwords.tsv").Where(r => r.Fields.Length > 0)
            .Select(r => r.Fields[0].ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _stopLookup = _stop.GetAlternateLookup<ReadOnlySpan<char>>();
        var codes = codebook.ToList();
        var known = codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var examples = new List<(string Code, string Text)>();
        foreach (var c in codes)
            foreach (var e in c.Examples)
                examples.Add((c.Code, e));
        foreach (var (_, f) in resources.ReadTsv("en/motives-examples.tsv"))
            if (f.Length > 1 && (known.Contains(f[0]) || f[0] == None))
                examples.Add((f[0], f[1]));
        _classes = [None, .. codes.Select(c => c.Code).Where(c => examples.Any(e => e.Code == c))];
        var classIndex = _classes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);

        // featurise the training set
        var index = new Dictionary<uint, int>();
        var rows = new List<(int[] Features, int Class)>(examples.Count);
        var buffer = new List<uint>(64);
        foreach (var (code, text) in examples)
        {
            buffer.Clear();
            Featurise(text, buffer);
            var feats = buffer.Distinct().Select(h => index.TryGetValue(h, out var k) ? k : index[h] = index.Count).ToArray();
            rows.Add((feats, classIndex[code]));
        }
        _features = index.ToFrozenDictionary();
        var k = _classes.Length;
        _weights = new float[index.Count * k];
        _bias = new float[k];
        Train(rows, k);
    }

    /// <summary>The classes the model knows, "none" first.</summary>
    public ImmutableArray<string> Classes => _classes;

    /// <summary>Number of distinct features learnt from the training phrasings.</summary>
    public int FeatureCount => _features.Count;

    private void Train(List<(int[] Features, int Class)> rows, int k)
    {
        var rng = new Random(17);
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var scores = new float[k];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            rng.Shuffle(order);
            var lr = LearningRate / (1f + epoch * 0.1f);
            foreach (var i in order)
            {
                var (feats, y) = rows[i];
                var scale = feats.Length == 0 ? 0f : 1f / MathF.Sqrt(feats.Length);
                Scores(feats, scale, scores);
                for (var c = 0; c < k; c++)
                {
                    var g = scores[c] - (c == y ? 1f : 0f);
                    _bias[c] -= lr * g;
                    foreach (var f in feats)
                    {
                        ref var w = ref _weights[f * k + c];
                        w -= lr * (g * scale + L2 * w);
                    }
                }
            }
        }
    }

    private void Scores(ReadOnlySpan<int> feats, float scale, Span<float> probs)
    {
        var k = _classes.Length;
        _bias.AsSpan().CopyTo(probs);
        foreach (var f in feats)
        {
            var row = _weights.AsSpan(f * k, k);
            for (var c = 0; c < k; c++) probs[c] += row[c] * scale;
        }
        var max = float.MinValue;
        for (var c = 0; c < k; c++) max = Math.Max(max, probs[c]);
        var sum = 0f;
        for (var c = 0; c < k; c++) { probs[c] = MathF.Exp(probs[c] - max); sum += probs[c]; }
        for (var c = 0; c < k; c++) probs[c] /= sum;
    }

    /// <summary>
    /// The codes whose probability for <paramref name="sentence"/> is at least <paramref name="threshold"/>
    /// (at most two; never "none"), best first.
    /// </summary>
    public IReadOnlyList<(string Code, float Probability)> Classify(ReadOnlySpan<char> sentence, float threshold)
    {
        var hashes = new List<uint>(48);
        Featurise(sentence, hashes);
        Span<int> feats = stackalloc int[Math.Min(hashes.Count, 2 * MaxTokens)];
        var n = 0;
        foreach (var h in hashes)
            if (n < feats.Length && _features.TryGetValue(h, out var f) && !feats[..n].Contains(f)) feats[n++] = f;
        if (n < MinFeatures) return []; // too little known text to judge
        Span<float> probs = stackalloc float[_classes.Length];
        Scores(feats[..n], 1f / MathF.Sqrt(Math.Max(n, 2 * MinFeatures)), probs);
        List<(string, float)>? result = null;
        for (var c = 1; c < probs.Length; c++)
            if (probs[c] >= threshold) (result ??= []).Add((_classes[c], probs[c]));
        if (result is null) return [];
        result.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return result;
    }

    /// <summary>Hashes of the stems of content words and of pairs of neighbouring content words.</summary>
    private void Featurise(ReadOnlySpan<char> text, List<uint> output)
    {
        Span<char> word = stackalloc char[32];
        uint previous = 0;
        var tokens = 0;
        var i = 0;
        while (i < text.Length && tokens < MaxTokens)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var len = 0;
            while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] == '\'' || text[i] == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                if (len < word.Length) word[len++] = char.ToLowerInvariant(text[i]);
                i++;
            }
            tokens++;
            ReadOnlySpan<char> w = word[..len];
            if (w.EndsWith("'s") || w.EndsWith("\u2019s")) w = w[..^2];
            if (w.EndsWith("n't")) { w = "not"; }
            if (w.Length < 2 || _stopLookup.Contains(w)) continue;
            var stem = Stem(w);
            var h = Hash(stem);
            output.Add(h);
            if (previous != 0) output.Add(unchecked(previous * 0x9E3779B1u) ^ (h + 0x7F4A7C15u));
            previous = h;
        }
    }

    /// <summary>A crude suffix stripper: enough for "killed/killing/kills" to share one feature.</summary>
    internal static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w)
    {
        if (w.Length > 5 && w.EndsWith("ies")) return w[..^3];
        if (w.Length > 5 && w.EndsWith("ing")) w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed")) w = w[..^2];
        else if (w.Length > 4 && w.EndsWith("es") && !w.EndsWith("ses")) w = w[..^1];
        else if (w.Length > 3 && w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("us")) w = w[..^1];
        if (w.Length > 4 && w.EndsWith("e")) w = w[..^1];
        if (w.Length > 4 && w.EndsWith("y")) w = w[..^1];
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's')) w = w[..^1];
        return w;
    }

    private static uint Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s) h = unchecked((h ^ c) * 16777619u);
        return h == 0 ? 1 : h;
    }
}
