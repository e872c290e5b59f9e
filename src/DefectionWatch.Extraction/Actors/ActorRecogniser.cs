using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Actors;

/// <summary>
/// Finds actor references: codebook names and aliases (longest match), demonym + military word
/// ("Syrian soldiers" → Syrian Arab Army) and generic references ("the militants"), which resolve to the
/// document's most mentioned named actor of the matching kind.
/// </summary>
public sealed class ActorRecogniser(ActorCodebook codebook) : IStage
{
    public static readonly StageInfo Descriptor = StageInfo.Create("actors.v1", [Layers.Tokens, Layers.Places], Layers.Actors);

    public StageInfo Info => Descriptor;
    public ActorCodebook Codebook => codebook;

    public Document Process(Document document, CancellationToken cancellationToken = default) =>
        document.With(Layers.Actors, Recognise(document.Text, document.Get(Layers.Tokens), MainCountry(document)));

    /// <summary>The country most places of the document are in (for generic references), or null.</summary>
    private static string? MainCountry(Document document) =>
        document.GetOrEmpty(Layers.Places).Select(p => p.Place.Country).OfType<string>()
            .GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    public ImmutableArray<ActorMention> Recognise(string text, ImmutableArray<Token> tokens, string? country = null)
    {
        var norm = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            norm[i] = tokens[i].Kind == TokenKind.Word ? TextNormalizer.NormalizeName(tokens[i].Span.Slice(text)) : "";

        var named = new List<ActorMention>();
        var generic = new List<(CharSpan Span, ActorKind Kind)>();
        var i0 = 0;
        while (i0 < tokens.Length)
        {
            var first = norm[i0];
            var firstWord = first.Length == 0 ? "" : first.Split(' ')[0];
            if (first.Length == 0 || !codebook.FirstWords.Contains(firstWord)) { i0++; continue; }
            var matched = Match(text, tokens, norm, i0, named, generic);
            i0 = matched > 0 ? i0 + matched : i0 + 1;
        }

        // Resolve generic references to the dominant named actor of their kind.
        var dominant = new Dictionary<ActorKind, string>();
        foreach (var group in named.Where(m => !m.Generic).GroupBy(m => m.Kind))
        {
            var best = group.GroupBy(m => m.Canonical)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Span.Start)).First().Key;
            dominant[group.Key] = best;
        }
        if (country is not null && codebook.ByCountry.TryGetValue(country, out var national))
        {
            if (national.Force is { } force) dominant.TryAdd(ActorKind.StateForce, force.Canonical);
            if (national.State is { } state) dominant.TryAdd(ActorKind.State, state.Canonical);
        }
        var all = new List<ActorMention>(named);
        foreach (var (span, kind) in generic)
            if (dominant.TryGetValue(kind, out var canonical))
                all.Add(new ActorMention(span, canonical, kind, Generic: true));
        all.Sort((a, b) => a.Span.CompareTo(b.Span));
        return [.. all];
    }

    /// <summary>Tries the longest name starting at token <paramref name="i0"/>; returns tokens consumed (0 = none).</summary>
    private int Match(string text, ImmutableArray<Token> tokens, string[] norm, int i0,
        List<ActorMention> named, List<(CharSpan, ActorKind)> generic)
    {
        var maxN = Math.Min(codebook.MaxAliasWords, tokens.Length - i0);
        var key = "";
        int bestN = 0; ActorEntry? bestEntry = null; ActorKind? bestGeneric = null;
        for (var n = 1; n <= maxN; n++)
        {
            var t = i0 + n - 1;
            if (tokens[t].Kind is TokenKind.Punctuation or TokenKind.Symbol && tokens[t].Span.Slice(text) is not ("(" or ")" or "'" or "." or "-"))
                break;
            if (norm[t].Length == 0 && tokens[t].Kind == TokenKind.Number) break;
            if (norm[t].Length == 0) continue; // punctuation inside a name: "Army (MNDAA)"
            key = n == 1 ? norm[t] : key + " " + norm[t];
            var surface = new CharSpan(tokens[i0].Span.Start, tokens[t].Span.End).Slice(text);
            if (codebook.ByName.TryGetValue(key, out var entry) && CaseOk(surface) && HasCapital(surface))
            { bestN = n; bestEntry = entry; bestGeneric = null; }
            else if (codebook.Demonyms.TryGetValue(key, out var state) && char.IsUpper(surface[0]))
            {
                // demonym + up to two words, the last a military noun: "Syrian army colonel", "Afghan servicemen"
                for (var m = 1; m <= 3 && t + m < tokens.Length; m++)
                {
                    var tail = string.Join(' ', Enumerable.Range(t + 1, m).Select(k => norm[k]));
                    var last = norm[t + m];
                    if (codebook.MilitaryNouns.Contains(tail) || codebook.MilitaryNouns.Contains(last))
                    { bestN = n + m; bestEntry = state; bestGeneric = null; }
                    if (norm[t + m].Length == 0) break;
                }
            }
            else if (codebook.Generic.TryGetValue(key, out var kind) && bestEntry is null)
            { bestN = n; bestGeneric = kind; }
        }
        if (bestN == 0) return 0;
        var span = new CharSpan(tokens[i0].Span.Start, tokens[i0 + bestN - 1].Span.End);
        if (bestEntry is not null)
        {
            // "Syrian army soldiers", "Taliban fighters": the generic noun after a name is part of it
            var next = i0 + bestN;
            if (next < tokens.Length && norm[next].Length > 0 && codebook.Generic.ContainsKey(norm[next]) && tokens[next].Span.Start - span.End <= 1)
            {
                span = new CharSpan(span.Start, tokens[next].Span.End);
                bestN++;
            }
            named.Add(new ActorMention(span, bestEntry.Canonical, bestEntry.Kind, Generic: false));
        }
        else if (bestGeneric is { } g) generic.Add((span, g));
        return bestN;

        bool CaseOk(string s) => !codebook.CaseSensitiveAliases.Contains(s.ToUpperInvariant()) || s == s.ToUpperInvariant();
    }

    private static bool HasCapital(string s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }
}
