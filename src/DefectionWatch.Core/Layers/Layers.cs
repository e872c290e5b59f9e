using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Core.Layers;

/// <summary>Every annotation layer of a <see cref="Document"/>, in pipeline order. One stage owns each.</summary>
public static class Layers
{
    public static readonly LayerKey<Sentence> Sentences = new("sentences");
    public static readonly LayerKey<Token> Tokens = new("tokens");
    public static readonly LayerKey<NumberMention> Numbers = new("numbers");
    public static readonly LayerKey<DateMention> Dates = new("dates");
    public static readonly LayerKey<PlaceMention> Places = new("places");
    public static readonly LayerKey<ActorMention> Actors = new("actors");
    public static readonly LayerKey<ExitEvent> Events = new("events");
    public static readonly LayerKey<Estimate> Estimates = new("estimates");
    public static readonly LayerKey<Motive> Motives = new("motives");
    public static readonly LayerKey<Person> People = new("people");
    public static readonly LayerKey<Quote> Quotes = new("quotes");
}
