namespace DefectionWatch.Extraction.Tests.Support;

/// <summary>One default pipeline for the integration tables (loading the gazetteer once).</summary>
public static class SharedExtractor
{
    public static Extractor Instance { get; } = new(TestResources.Store);

    public static DefectionWatch.Core.Records.ExtractionRecord Extract(string text, string published) =>
        Instance.Extract(TestResources.Doc(text, published).Info, text);
}
