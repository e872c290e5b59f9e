using System.Runtime.CompilerServices;
using System.Xml;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Ingest;

/// <summary>The kinds of input a reader understands.</summary>
public enum SourceKind { Jsonl, Json, Text, Html, Pdf, Feed }

/// <summary>
/// Reads sources (JSONL corpora, .txt/.html/.htm/.pdf/.json files, folders of them read recursively,
/// RSS/Atom feed files and http(s) URLs of feeds or pages) into a stream of <see cref="IngestResult"/>s:
/// every readable document, and one <see cref="IngestProblem"/> per file or line that could not be read,
/// naming it. One bad input never stops the others. Thread-safe; lazily enumerated.
/// </summary>
public sealed class SourceReader
{
    private static readonly Dictionary<string, SourceKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = SourceKind.Jsonl, [".ndjson"] = SourceKind.Jsonl, [".json"] = SourceKind.Json,
        [".txt"] = SourceKind.Text, [".text"] = SourceKind.Text,
        [".html"] = SourceKind.Html, [".htm"] = SourceKind.Html, [".xhtml"] = SourceKind.Html,
        [".pdf"] = SourceKind.Pdf,
        [".rss"] = SourceKind.Feed, [".atom"] = SourceKind.Feed, [".xml"] = SourceKind.Feed,
    };

    private readonly IngestOptions _options;
    private readonly HttpClient? _http;

    public SourceReader(IngestOptions? options = null, HttpClient? http = null)
    {
        _options = options ?? new IngestOptions();
        _http = http;
    }

    public IngestOptions Options => _options;

    /// <summary>The kind a file name implies, or null for an extension the reader does not take from folders.</summary>
    public static SourceKind? KindOf(string path) =>
        Extensions.TryGetValue(Path.GetExtension(path), out var k) ? k : null;

    /// <summary>Reads every source in order (URLs are fetched synchronously).</summary>
    public IEnumerable<IngestResult> Read(IEnumerable<string> sources, CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Web.IsUrl(source))
            {
                foreach (var r in ReadUrlAsync(source, cancellationToken).GetAwaiter().GetResult()) yield return r;
                continue;
            }
            foreach (var r in ReadPath(source, cancellationToken)) yield return r;
        }
    }

    /// <summary>Reads every source in order; URL fetches are awaited.</summary>
    public async IAsyncEnumerable<IngestResult> ReadAsync(IEnumerable<string> sources, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Web.IsUrl(source))
            {
                foreach (var r in await ReadUrlAsync(source, cancellationToken).ConfigureAwait(false)) yield return r;
                continue;
            }
            foreach (var r in ReadPath(source, cancellationToken)) yield return r;
        }
    }

    /// <summary>A file or folder path.</summary>
    public IEnumerable<IngestResult> ReadPath(string path, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path)) return ReadFolder(path, cancellationToken);
        if (File.Exists(path)) return ReadFile(path, Path.GetFileName(path), null, cancellationToken);
        return [IngestResult.Fail(path, null, "no such file or folder")];
    }

    private IEnumerable<IngestResult> ReadFolder(string folder, CancellationToken cancellationToken)
    {
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", enumeration).Where(f => KindOf(f) is not null)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(folder, null, "cannot list folder: " + e.Message)];
        }
        return files.SelectMany(f => ReadFile(f, Path.GetRelativePath(folder, f).Replace('\\', '/'), KindOf(f), cancellationToken));
    }

    /// <summary>
    /// One file. <paramref name="id"/> is the id given to a whole-file document (folder-relative path);
    /// <paramref name="kind"/> null means: by extension, else sniffed from the content.
    /// </summary>
    public IEnumerable<IngestResult> ReadFile(string path, string id, SourceKind? kind = null, CancellationToken cancellationToken = default)
    {
        kind ??= KindOf(path);
        if (kind == SourceKind.Jsonl) return ReadJsonl(path, cancellationToken);
        return ReadWholeFile(path, id, kind, cancellationToken);
    }

    private IEnumerable<IngestResult> ReadJsonl(string path, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(path, null, "cannot read: " + e.Message)];
        }
        return ReadJsonlStream(stream, path, cancellationToken);
    }

    private IEnumerable<IngestResult> ReadJsonlStream(FileStream stream, string path, CancellationToken cancellationToken)
    {
        using (stream)
        {
            if (stream.Length == 0)
            {
                yield return IngestResult.Fail(path, null, "empty file");
                yield break;
            }
            var any = false;
            using var e = JsonDocuments.ReadLines(stream, path, _options, cancellationToken).GetEnumerator();
            while (true)
            {
                IngestResult? r = null;
                var stop = false;
                try
                {
                    if (!e.MoveNext()) break;
                    r = e.Current;
                }
                catch (IOException ex)
                {
                    r = IngestResult.Fail(path, null, "read error: " + ex.Message + "; rest of file skipped");
                    stop = true;
                }
                any = true;
                yield return r;
                if (stop) break;
            }
            if (!any) yield return IngestResult.Fail(path, null, "no JSON lines in file");
        }
    }

    private IEnumerable<IngestResult> ReadWholeFile(string path, string id, SourceKind? kind, CancellationToken cancellationToken)
    {
        var retrieved = _options.Clock.GetUtcNow();
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0) return [IngestResult.Fail(path, null, "empty file")];
            var limit = kind == SourceKind.Pdf ? _options.MaxPdfBytes : _options.MaxDocumentBytes;
            if (length > limit)
                return [IngestResult.Fail(path, null, $"file is {JsonDocuments.Megabytes(length)}, over the {JsonDocuments.Megabytes(limit)} limit; skipped")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(path, null, "cannot read: " + e.Message)];
        }
        kind ??= Sniff(bytes);
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        return FromBytes(bytes, kind.Value, path, id, url, null, retrieved, cancellationToken);
    }

    /// <summary>Content sniffing for files without a known extension and for HTTP bodies.</summary>
    internal static SourceKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8)) return SourceKind.Pdf;
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('{')) return SourceKind.Jsonl;
        if (head.StartsWith('[')) return SourceKind.Json;
        if (head.StartsWith('<'))
        {
            var lower = head.ToLowerInvariant();
            if (lower.Contains("<rss", StringComparison.Ordinal) || lower.Contains("<feed", StringComparison.Ordinal) || lower.Contains("<rdf:rdf", StringComparison.Ordinal))
                return SourceKind.Feed;
            return SourceKind.Html;
        }
        return SourceKind.Text;
    }

    /// <summary>Parses the bytes of one file or HTTP body of a known kind.</summary>
    private IEnumerable<IngestResult> FromBytes(byte[] bytes, SourceKind kind, string source, string id, string? url, string? publisher,
        DateTimeOffset retrieved, CancellationToken cancellationToken)
    {
        var results = new List<IngestResult>();
        if (kind != SourceKind.Pdf && TextDecoding.LooksBinary(bytes))
        {
            results.Add(IngestResult.Fail(source, null, "binary file (NUL bytes), not text; skipped"));
            return results;
        }
        try
        {
            switch (kind)
            {
                case SourceKind.Pdf:
                {
                    var (text, title) = PdfText.Extract(bytes, cancellationToken);
                    AddWhole(results, text, source, id, url, title, null, publisher, retrieved);
                    break;
                }
                case SourceKind.Jsonl:
                {
                    using var ms = new MemoryStream(bytes, writable: false);
                    results.AddRange(JsonDocuments.ReadLines(ms, source, _options, cancellationToken));
                    break;
                }
                default:
                {
                    var text = TextDecoding.Decode(bytes, out var repaired);
                    if (repaired) results.Add(IngestResult.Fail(source, null, "not valid UTF-8; read as Latin-1", skipped: false));
                    switch (kind)
                    {
                        case SourceKind.Text:
                            AddWhole(results, HtmlText.Normalise(text), source, id, url, null, null, publisher, retrieved);
                            break;
                        case SourceKind.Html:
                        {
                            var page = HtmlText.Extract(text, url ?? "https://localhost/");
                            AddWhole(results, page.Text, source, id, url, page.Title, page.Published, publisher ?? page.SiteName, retrieved, page.Language);
                            break;
                        }
                        case SourceKind.Json:
                            results.AddRange(JsonDocuments.ParseObjectText(text, source, null, _options, retrieved, allowArray: true));
                            break;
                        case SourceKind.Feed:
                            results.AddRange(FromFeed(bytes, source, url, retrieved, cancellationToken));
                            break;
                    }
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            results.Add(IngestResult.Fail(source, null, $"cannot read as {kind.ToString().ToLowerInvariant()}: {e.Message}"));
        }
        return results;
    }

    private void AddWhole(List<IngestResult> results, string text, string source, string id, string? url, string? title,
        DateOnly? published, string? publisher, DateTimeOffset retrieved, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            results.Add(IngestResult.Fail(source, null, "no text found; skipped"));
            return;
        }
        var webUrl = url is not null && Web.IsUrl(url) ? url : null;
        var info = new DocumentInfo(id, webUrl, published ?? _options.DefaultPublished, title, NormaliseLanguage(language));
        results.Add(IngestResult.Ok(new SourceDocument(info, text,
            new Provenance(source, null, webUrl, publisher ?? Web.HostOf(webUrl), retrieved, ContentHash.Compute(text)))));
    }

    private static string? NormaliseLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var l = lang.Trim().ToLowerInvariant();
        var dash = l.IndexOfAny(['-', '_']);
        return dash > 0 ? l[..dash] : l;
    }

    private List<IngestResult> FromFeed(byte[] bytes, string source, string? feedUrl, DateTimeOffset retrieved, CancellationToken cancellationToken)
    {
        var results = new List<IngestResult>();
        string? title;
        List<FeedParser.FeedItem> items;
        try
        {
            (title, items) = FeedParser.Parse(bytes);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or ArgumentException)
        {
            results.Add(IngestResult.Fail(source, null, "not a readable RSS/Atom feed: " + e.Message));
            return results;
        }
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = HtmlText.FragmentText(item.Html);
            if (_options.FollowFeedLinks && _http is not null && item.Link is not null && Web.IsUrl(item.Link))
            {
                try
                {
                    var page = Web.GetAsync(_http, item.Link, _options, cancellationToken).GetAwaiter().GetResult();
                    var extracted = HtmlText.Extract(TextDecoding.Decode(page.Body, out _), page.Url.ToString());
                    if (extracted.Text.Length > text.Length) text = extracted.Text;
                }
                catch (FetchException e)
                {
                    results.Add(IngestResult.Fail(item.Link, null, "could not fetch linked article, kept the feed summary: " + e.Message, skipped: false));
                }
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                results.Add(IngestResult.Fail(source, null, $"feed item '{item.Id}' has no text; skipped"));
                continue;
            }
            results.Add(IngestResult.Ok(FeedParser.ToDocument(item, text, source, title, feedUrl, _options, retrieved)));
        }
        if (items.Count == 0) results.Add(IngestResult.Fail(source, null, "feed has no items"));
        return results;
    }

    private async Task<IReadOnlyList<IngestResult>> ReadUrlAsync(string url, CancellationToken cancellationToken)
    {
        if (_http is null) return [IngestResult.Fail(url, null, "no HTTP client configured; URL skipped")];
        FetchedPage page;
        try
        {
            page = await Web.GetAsync(_http, url, _options, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchException e)
        {
            return [IngestResult.Fail(url, null, "could not fetch: " + e.Message)];
        }
        var retrieved = _options.Clock.GetUtcNow();
        var media = page.MediaType ?? "";
        SourceKind kind = media switch
        {
            _ when media.Contains("rss", StringComparison.OrdinalIgnoreCase) || media.Contains("atom", StringComparison.OrdinalIgnoreCase) => SourceKind.Feed,
            _ when media.Contains("pdf", StringComparison.OrdinalIgnoreCase) => SourceKind.Pdf,
            _ when media.Contains("html", StringComparison.OrdinalIgnoreCase) => SourceKind.Html,
            _ => Sniff(page.Body),
        };
        if (kind == SourceKind.Html && Sniff(page.Body) == SourceKind.Feed) kind = SourceKind.Feed;
        return [.. FromBytes(page.Body, kind, url, page.Url.ToString(), page.Url.ToString(), null, retrieved, cancellationToken)];
    }
}
