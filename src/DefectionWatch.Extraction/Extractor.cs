using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Actors;
using DefectionWatch.Extraction.Estimates;
using DefectionWatch.Extraction.Events;
using DefectionWatch.Extraction.Dates;
using DefectionWatch.Extraction.Internal;
using DefectionWatch.Extraction.Motives;
using DefectionWatch.Extraction.Numbers;
using DefectionWatch.Extraction.People;
using DefectionWatch.Extraction.Quotes;
using DefectionWatch.Extraction.Places;
using DefectionWatch.Extraction.Sentences;

namespace DefectionWatch.Extraction;

/// <summary>
/// The default English pipeline. Stages are listed in one place (<see cref="CreateStages"/>) and the
/// pipeline checks their Requires/Assigns when it is built.
/// </summary>
public sealed class Extractor : IExtractor
{
    private readonly TextPipeline _pipeline;
    private readonly RecordAssembler _assembler;

    public Extractor(ResourceStore? resources = null)
    {
        resources ??= new ResourceStore();
        var motives = new MotiveCoder(resources);
        _pipeline = new TextPipeline(CreateStages(resources, motives));
        _assembler = new RecordAssembler(motives);
    }

    public TextPipeline Pipeline => _pipeline;

    public string Version => "defwatch-extract/" + _pipeline.Signature;

    public static IEnumerable<IStage> CreateStages(ResourceStore resources, MotiveCoder motives)
    {
        var lexicon = new EventLexicon(resources);
        yield return new SentenceSplitter(resources);
        yield return new NumberRecogniser(resources);
        yield return new DateRecogniser(resources);
        yield return new PlaceRecogniser(resources);
        yield return new ActorRecogniser(new ActorCodebook(resources));
        yield return new EventExtractor(lexicon);
        yield return new EstimateExtractor(resources, lexicon);
        // quotes, motives and people are reported only for documents about exits: skip the rest
        yield return new RelevanceGate(new QuoteExtractor(resources));
        yield return new RelevanceGate(motives);
        yield return new RelevanceGate(new PeopleExtractor(resources));
    }

    public Document Annotate(DocumentInfo info, string text, CancellationToken cancellationToken = default) =>
        _pipeline.Run(new Document(info, text), cancellationToken);

    public ExtractionRecord Extract(DocumentInfo info, string text, CancellationToken cancellationToken = default) =>
        _assembler.Assemble(Annotate(info, text, cancellationToken), Version);
}
