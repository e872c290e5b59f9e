using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Motives;

/// <summary>One codebook entry (<c>en/motives-codebook.tsv</c>).</summary>
public sealed record MotiveCode(string Code, string Description, ImmutableArray<string> Examples);

/// <summary>
/// Codes stated reasons for leaving against the motive codebook. A sentence can give a motive only when it
/// or a neighbouring sentence talks about leaving (<c>en/motives-leaving.tsv</c>); within such sentences the
/// cue patterns of <c>en/motives-cues.tsv</c> (stems and short constructions, with a negation check) assign
/// codes; <see cref="MotiveClassifier"/> (trained from <c>en/motives-examples.tsv</c> and the codebook's
/// examples) adds codes for paraphrases no pattern covers, on those same sentences only. A description of the
/// group with no one leaving nearby gives nothing. The layer holds every statement in sentence order (the
/// record keeps the first of each code); <see cref="CodesFor"/> gives the codes that explain one event.
/// </summary>
public sealed partial class MotiveCoder : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("motives.v2", [Layers.Sentences], Layers.Motives);

    private readonly ImmutableArray<MotiveCode> _codebook;
    private readonly ImmutableArray<(string Code, Regex Pattern)> _cues;
    private readonly Regex _leaving;
    private readonly RegexPrefilter _anyCue;

    private readonly MotiveClassifier _classifier;
    private readonly float _threshold;

    /// <summary>Probability from which the classifier's code is taken for a sentence no cue pattern coded.</summary>
    public const float DefaultThreshold = 0.45f;

    public MotiveCoder(ResourceStore resources, float threshold = DefaultThreshold)
    {
        _threshold = threshold;
        _codebook = [.. resources.ReadTsv("en/motives-codebook.tsv")
            .Where(r => r.Fields.Length > 1)
            .Select(r => new MotiveCode(r.Fields[0], r.Fields[1],
                r.Fields.Length > 2 ? [.. r.Fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries)] : []))];
        var known = _codebook.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        _cues = [.. resources.ReadTsv("en/motives-cues.tsv")
            .Where(r => r.Fields.Length > 1 && known.Contains(r.Fields[0]))
            .GroupBy(r => r.Fields[0], StringComparer.Ordinal)
            .Select(g => (g.Key, Compile(string.Join('|', g.Select(r => "(?:" + r.Fields[1] + ")")))))];
        _anyCue = new RegexPrefilter(_cues.Select(c => c.Pattern));
        _leaving = Compile(string.Join('|', resources.ReadTsv("en/motives-leaving.tsv").Select(r => "(?:" + r.Fields[0] + ")")));
        _classifier = new MotiveClassifier(resources, _codebook);
    }

    /// <summary>The classifier trained from the codebook's and <c>motives-examples.tsv</c>'s phrasings.</summary>
    public MotiveClassifier Classifier => _classifier;

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public StageInfo Info => Descriptor;

    /// <summary>The codebook as loaded (codes, descriptions, example phrasings).</summary>
    public ImmutableArray<MotiveCode> Codebook => _codebook;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        // every statement, in sentence order: CodesFor reads them back per event; the record keeps the first of each code
        return document.With(Layers.Motives, Code(document.Text, document.Get(Layers.Sentences)));
    }

    /// <summary>Every motive statement of the text, in sentence order (a code may repeat across sentences).</summary>
    public ImmutableArray<Motive> Code(string text, ImmutableArray<Sentence> sentences)
    {
        if (sentences.IsDefaultOrEmpty) return [];
        // one pass of each pattern over the whole text; matches are mapped to sentences
        var leaving = new bool[sentences.Length];
        for (var m = _leaving.Match(text); m.Success; m = m.NextMatch())
        {
            var si = SentenceIndex(sentences, m.Index);
            if (si >= 0) leaving[si] = true;
        }
        var hits = new List<(int Sentence, int Code)>();
        for (var si = 0; si < sentences.Length; si++)
        {
            // one linear-time pass says whether any cue can match; only those sentences run the per-code patterns
            var span = sentences[si].Span;
            if (!NearLeaving(leaving, si) || !_anyCue.IsMatch(text.AsSpan(span.Start, span.Length))) continue;
            for (var c = 0; c < _cues.Length; c++)
                for (var m = _cues[c].Pattern.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
                {
                    if (IsNegated(text, span.Start, m)) continue;
                    hits.Add((si, CodeIndex(_cues[c].Code)));
                    break;
                }
        }
        // the classifier, only on sentences near leaving; it adds codes the cue patterns did not give
        var coded = new HashSet<(int, int)>(hits);
        for (var si = 0; si < sentences.Length; si++)
        {
            if (!NearLeaving(leaving, si)) continue;
            var span = sentences[si].Span;
            foreach (var (code, _) in _classifier.Classify(text.AsSpan(span.Start, span.Length), _threshold))
                if (coded.Add((si, CodeIndex(code)))) hits.Add((si, CodeIndex(code)));
        }
        hits.Sort();
        var result = ImmutableArray.CreateBuilder<Motive>(hits.Count);
        foreach (var (si, c) in hits) result.Add(new Motive(_codebook[c].Code, Evidence.From(sentences[si].Span, text)));
        return result.MoveToImmutable();
    }

    private int CodeIndex(string code)
    {
        for (var i = 0; i < _codebook.Length; i++)
            if (string.Equals(_codebook[i].Code, code, StringComparison.Ordinal)) return i;
        throw new InvalidOperationException("unknown motive code " + code);
    }

    private static int SentenceIndex(ImmutableArray<Sentence> sentences, int pos)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var sp = sentences[mid].Span;
            if (pos < sp.Start) hi = mid - 1;
            else if (pos >= sp.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// The codes that explain one event: motives stated in the sentences its evidence covers and in the
    /// two sentences that follow in the same paragraph (read from the motives layer when the stage ran).
    /// </summary>
    public IReadOnlyList<string> CodesFor(CharSpan eventEvidence, Document doc)
    {
        var sentences = doc.Get(Layers.Sentences);
        var text = doc.Text;
        var codes = new List<string>();
        var motives = doc.Has(Layers.Motives) ? doc.Get(Layers.Motives) : Code(text, sentences);
        var first = -1;
        var last = -1;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (!sentences[i].Span.Overlaps(eventEvidence)) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return codes;
        var end = last;
        while (end + 1 < sentences.Length && end + 1 <= last + 2 && SameParagraph(text, sentences[end], sentences[end + 1])) end++;
        var window = new CharSpan(sentences[first].Span.Start, sentences[end].Span.End);
        foreach (var m in motives)
            if (window.Contains(new CharSpan(m.Evidence.Start, m.Evidence.End)) && !codes.Contains(m.Code, StringComparer.Ordinal))
                codes.Add(m.Code);
        return codes;
    }

    /// <summary>Leaving is talked about in the sentence or within <see cref="Window"/> sentences of it.</summary>
    private static bool NearLeaving(bool[] leaving, int i)
    {
        for (var j = Math.Max(0, i - Window); j <= Math.Min(leaving.Length - 1, i + Window); j++)
            if (leaving[j]) return true;
        return false;
    }

    private const int Window = 5;

    private static bool SameParagraph(string text, Sentence a, Sentence b) =>
        text.AsSpan(a.Span.End, Math.Max(0, b.Span.Start - a.Span.End)).IndexOf('\n') < 0;

    // "would not obey orders to fire" refuses the order: a refusal verb between the negation and the cue
    // keeps the cue
    [GeneratedRegex(@"\b(?:not|no|never|n't|denied|deny|denies|without)\W+(?!(?:obey|follow|carry|accept|comply|take\s+part|participate|join\s+in)\w*\b)(?:\w+\W+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationBeforeRegex();

    [GeneratedRegex(@"^(?:not|no|never|n't|without)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationStartRegex();

    private static bool IsNegated(string text, int sentenceStart, Match m)
    {
        if (NegationStartRegex().IsMatch(m.ValueSpan)) return false;
        var from = Math.Max(sentenceStart, m.Index - 30);
        return NegationBeforeRegex().IsMatch(text.AsSpan(from, m.Index - from));
    }
}
