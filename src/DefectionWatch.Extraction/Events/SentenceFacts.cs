using System.Text.RegularExpressions;
using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Events;

/// <summary>The annotations of one sentence, gathered once for the event and estimate frames.</summary>
public sealed record SentenceFacts(
    int Index, CharSpan Span, string Text,
    ImmutableArray<Token> Tokens, ImmutableArray<NumberMention> Numbers, ImmutableArray<DateMention> Dates,
    ImmutableArray<PlaceMention> Places, ImmutableArray<ActorMention> Actors)
{
    /// <summary>The sentence text (Text is the whole document).</summary>
    public string Sentence => Span.Slice(Text);

    /// <summary>Offset in the document of a position in <see cref="Sentence"/>.</summary>
    public int Abs(int local) => Span.Start + local;
}

/// <summary>Sentence shape tests shared by the frame stages.</summary>
public static partial class SentenceShape
{
    /// <summary>Ends as a sentence does: headings, captions, bylines and list items do not, and give no frames.</summary>
    [GeneratedRegex(@"[.!?""”’')\]]\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex EndsLikeASentence();
}

/// <summary>
/// The sentences of one document with their facts gathered on first use: most sentences of a news text
/// never reach the frame builders, so only those that pass a stage's prefilter pay for the gathering.
/// Local to one <c>Process</c> call (not shared between threads).
/// </summary>
public sealed class SentenceFactsList : IReadOnlyList<SentenceFacts>
{
    private readonly Document _doc;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ImmutableArray<NumberMention> _numbers;
    private readonly ImmutableArray<DateMention> _dates;
    private readonly ImmutableArray<PlaceMention> _places;
    private readonly ImmutableArray<ActorMention> _actors;
    private readonly SentenceFacts?[] _cache;

    public SentenceFactsList(Document doc)
    {
        _doc = doc;
        _sentences = doc.Get(Layers.Sentences);
        _tokens = doc.Get(Layers.Tokens);
        _numbers = SpanIndex.Sorted(doc.Get(Layers.Numbers), n => n.Span);
        _dates = SpanIndex.Sorted(doc.Get(Layers.Dates), d => d.Span);
        _places = SpanIndex.Sorted(doc.Get(Layers.Places), p => p.Span);
        _actors = doc.Get(Layers.Actors);
        _cache = new SentenceFacts?[_sentences.Length];
    }

    public int Count => _sentences.Length;

    /// <summary>The sentence's span, without gathering its facts.</summary>
    public CharSpan SpanAt(int i) => _sentences[i].Span;

    /// <summary>The sentence's text, without gathering its facts.</summary>
    public string TextAt(int i) => _sentences[i].Span.Slice(_doc.Text);

    public SentenceFacts this[int i] => _cache[i] ??= Build(i);

    private SentenceFacts Build(int i)
    {
        var s = _sentences[i].Span;
        return new SentenceFacts(i, s, _doc.Text,
            SpanIndex.Within(_tokens, t => t.Span, s), SpanIndex.Within(_numbers, n => n.Span, s),
            SpanIndex.Within(_dates, d => d.Span, s), SpanIndex.Within(_places, p => p.Span, s),
            SpanIndex.Within(_actors, a => a.Span, s));
    }

    public IEnumerator<SentenceFacts> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
