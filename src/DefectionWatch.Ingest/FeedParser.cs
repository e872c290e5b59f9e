using System.ServiceModel.Syndication;
using System.Xml;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Ingest;

/// <summary>RSS 2.0 / Atom 1.0 feeds: one document per item (title, link, date, content or summary).</summary>
internal static class FeedParser
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    internal sealed record FeedItem(string Id, string? Link, string? Title, DateOnly? Published, string Html);

    public static (string? Title, List<FeedItem> Items) Parse(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        using var stream = new MemoryStream(bytes, writable: false);
        using var xml = XmlReader.Create(stream, settings);
        var feed = SyndicationFeed.Load(xml);
        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString()
                       ?? item.Links.FirstOrDefault()?.Uri?.ToString();
            var html = Content(item) ?? "";
            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            DateOnly? published = date != default ? DateOnly.FromDateTime(date.UtcDateTime) : null;
            var id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim() : link ?? ContentHash.Compute((item.Title?.Text ?? "") + html)[..16];
            items.Add(new FeedItem(id, link, item.Title?.Text?.Trim(), published, html));
        }
        return (feed.Title?.Text?.Trim(), items);
    }

    private static string? Content(SyndicationItem item)
    {
        if (item.Content is TextSyndicationContent text && !string.IsNullOrWhiteSpace(text.Text)) return text.Text;
        foreach (var encoded in item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNs))
            if (!string.IsNullOrWhiteSpace(encoded)) return encoded;
        return item.Summary?.Text;
    }

    public static SourceDocument ToDocument(FeedItem item, string text, string source, string? feedTitle, string? feedUrl, IngestOptions options, DateTimeOffset retrieved)
    {
        var info = new DocumentInfo(item.Id, item.Link, item.Published ?? options.DefaultPublished, item.Title, null);
        var publisher = feedTitle ?? Web.HostOf(item.Link) ?? Web.HostOf(feedUrl);
        return new SourceDocument(info, text, new Provenance(source, null, item.Link, publisher, retrieved, ContentHash.Compute(text)));
    }
}
