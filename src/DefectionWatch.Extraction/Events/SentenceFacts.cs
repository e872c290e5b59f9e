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

    public static ImmutableArray<SentenceFacts> Of(Document doc)
    {
        var tokens = doc.Get(Layers.Tokens);
        var numbers = SpanIndex.Sorted(doc.Get(Layers.Numbers), n => n.Span);
        var dates = SpanIndex.Sorted(doc.Get(Layers.Dates), d => d.Span);
        var places = SpanIndex.Sorted(doc.Get(Layers.Places), p => p.Span);
        var actors = doc.Get(Layers.Actors);
        var sentences = doc.Get(Layers.Sentences);
        var b = ImmutableArray.CreateBuilder<SentenceFacts>(sentences.Length);
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i].Span;
            b.Add(new SentenceFacts(i, s, doc.Text,
                SpanIndex.Within(tokens, t => t.Span, s), SpanIndex.Within(numbers, n => n.Span, s),
                SpanIndex.Within(dates, d => d.Span, s), SpanIndex.Within(places, p => p.Span, s),
                SpanIndex.Within(actors, a => a.Span, s)));
        }
        return b.MoveToImmutable();
    }
}
