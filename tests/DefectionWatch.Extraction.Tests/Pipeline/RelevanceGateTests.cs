using DefectionWatch.Core.Layers;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Pipeline;

public class RelevanceGateTests
{
    [Fact]
    public void QuotesMotivesAndPeopleAreSkippedForDocumentsWithoutExits()
    {
        const string text = "\"The harvest was poor this year,\" said Amina Yusuf, a farmer in Kano, adding that prices had doubled.";
        var doc = SharedExtractor.Instance.Annotate(TestResources.Doc(text, "2020-01-15").Info, text);
        Assert.Empty(doc.Get(Layers.Events));
        Assert.Empty(doc.Get(Layers.Estimates));
        Assert.Empty(doc.Get(Layers.Quotes));
        Assert.Empty(doc.Get(Layers.Motives));
        Assert.Empty(doc.Get(Layers.People));
    }

    [Fact]
    public void TheyRunForDocumentsAboutAnExit()
    {
        const string text = "About 40 al-Shabaab fighters surrendered to the Somali army in Baidoa on Sunday. " +
                            "\"We were hungry and our commanders had abandoned us,\" said Omar Farah Gedi, one of the fighters.";
        var doc = SharedExtractor.Instance.Annotate(TestResources.Doc(text, "2020-03-10").Info, text);
        Assert.NotEmpty(doc.Get(Layers.Events));
        Assert.NotEmpty(doc.Get(Layers.Quotes));
        Assert.NotEmpty(doc.Get(Layers.Motives));
    }

    [Fact]
    public void ThePipelineStillChecksItsOrder()
    {
        // the gate needs events and estimates: the pipeline refuses to build without them
        var gate = new DefectionWatch.Extraction.Internal.RelevanceGate(new DefectionWatch.Extraction.Quotes.QuoteExtractor(TestResources.Store));
        var error = Assert.Throws<InvalidOperationException>(() =>
            new DefectionWatch.Core.Pipeline.TextPipeline([new DefectionWatch.Extraction.Sentences.SentenceSplitter(TestResources.Store), gate]));
        Assert.StartsWith("DW1001", error.Message, StringComparison.Ordinal);
    }
}
