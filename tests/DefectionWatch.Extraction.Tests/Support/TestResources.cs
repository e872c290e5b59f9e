using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Tests.Support;

/// <summary>Shared, immutable test fixtures: the embedded resources and a document factory.</summary>
public static class TestResources
{
    public static ResourceStore Store { get; } = new();

    public static Document Doc(string text, string published = "2017-10-10", string id = "t1") =>
        new(new DocumentInfo(id, null, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, "en"), text);
}
