using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Core.Layers;

/// <summary>A sentence (or a heading/paragraph fragment that stands alone).</summary>
public sealed record Sentence(CharSpan Span);

/// <summary>What kind of token a span is.</summary>
public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token inside a sentence.</summary>
public sealed record Token(CharSpan Span, TokenKind Kind);

/// <summary>
/// What a number in the text measures. Only <see cref="Cardinal"/> may count people; years, ages,
/// clock times, percentages, money, ordinals and measures (km, tonnes) never do.
/// </summary>
public enum NumberKind { Cardinal, Year, Age, Time, Percent, Money, Ordinal, Measure, Unit }

/// <summary>A number or quantity phrase ("more than 1,000", "two dozen", "thousands") with its value.</summary>
public sealed record NumberMention(CharSpan Span, Count Count, NumberKind Kind, string Rule);

/// <summary>
/// A temporal expression resolved against the publication date. <c>Interval</c> is null where the
/// expression was recognised but the conventions give it no interval ("in recent weeks").
/// </summary>
public sealed record DateMention(CharSpan Span, DateInterval? Interval, string Rule);

/// <summary>A place name resolved to one gazetteer entry.</summary>
public sealed record PlaceMention(CharSpan Span, Place Place, long Population, string Rule);

/// <summary>
/// A reference to an actor of the codebook. <c>Generic</c> marks references such as "the militants"
/// resolved to the group the document is about.
/// </summary>
public sealed record ActorMention(CharSpan Span, string Canonical, ActorKind Kind, bool Generic);

/// <summary>The kind column of the actor codebook.</summary>
public enum ActorKind { ArmedGroup, StateForce, State }
