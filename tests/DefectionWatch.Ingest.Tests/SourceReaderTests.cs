using System.Text;
using CsCheck;
using DefectionWatch.Ingest;

namespace DefectionWatch.Ingest.Tests;

public class SourceReaderTests
{
    private static readonly SourceReader Reader = new(new IngestOptions { MaxDocumentBytes = 64 * 1024 });

    private static string Line(string id, string text, string? published = "2020-03-04") =>
        $"{{\"id\":\"{id}\",\"url\":\"https://www.example-news.test/a/{id}\",\"published\":{(published is null ? "null" : "\"" + published + "\"")},\"title\":\"T {id}\",\"language\":\"en\",\"text\":\"{text}\"}}";

    [Fact]
    public void Jsonl_reads_every_good_line_and_names_the_bad_ones()
    {
        // Good lines around a malformed line, a blank line, a non-object and a line with no text.
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", string.Join('\n',
            Line("a", "Forty fighters left the group."),
            "{\"id\": \"broken\", \"text\": ",
            "",
            "[1,2,3]",
            "{\"id\":\"empty\",\"text\":\"   \"}",
            Line("b", "Second story.")));
        var results = Reader.Read([path]).ToList();
        Assert.Equal(["a", "b"], results.Where(r => r.IsDocument).Select(r => r.Document!.Id));
        var problems = results.Where(r => !r.IsDocument).Select(r => r.Problem!).ToList();
        Assert.Equal([2, 4, 5], problems.Select(p => p.Line!.Value));
        Assert.All(problems, p => Assert.Equal(path, p.Source));
        Assert.Contains("malformed JSON", problems[0].Message);
    }

    [Fact]
    public void Jsonl_metadata_and_provenance_are_kept()
    {
        // url, publisher (host without www.), published, title, language, line, hash.
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", Line("x1", "Some text here.") + "\n");
        var doc = Reader.Read([path]).Single().Document!;
        Assert.Equal(new DateOnly(2020, 3, 4), doc.Info.Published);
        Assert.Equal("T x1", doc.Info.Title);
        Assert.Equal("en", doc.Info.Language);
        Assert.Equal("example-news.test", doc.Provenance.Publisher);
        Assert.Equal(1, doc.Provenance.Line);
        Assert.Equal(ContentHash.Compute("Some   text\nhere."), doc.Provenance.ContentHash);
        Assert.Equal(64, doc.Provenance.ContentHash.Length);
    }

    [Fact]
    public void Jsonl_invalid_utf8_line_is_read_as_latin1_with_a_warning()
    {
        // A Latin-1 "é" (0xE9) is not UTF-8: the line is read, a non-skipping problem names it.
        using var dir = new TempDir();
        var bytes = Encoding.UTF8.GetBytes(Line("u1", "ok") + "\n").Concat(
            Encoding.Latin1.GetBytes(Line("l1", "caf\u00e9 story") + "\n")).ToArray();
        var path = dir.Bytes("c.jsonl", bytes);
        var results = Reader.Read([path]).ToList();
        Assert.Equal(["u1", "l1"], results.Where(r => r.IsDocument).Select(r => r.Document!.Id));
        Assert.Equal("caf\u00e9 story", results.Last(r => r.IsDocument).Document!.Text);
        var warn = Assert.Single(results, r => !r.IsDocument).Problem!;
        Assert.Equal(2, warn.Line);
        Assert.False(warn.Skipped);
    }

    [Fact]
    public void Jsonl_overlong_line_is_skipped_and_the_next_one_read()
    {
        // A line over MaxDocumentBytes is reported with its line number; the rest is read.
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", Line("big", new string('x', 100_000)) + "\n" + Line("after", "fine"));
        var results = Reader.Read([path]).ToList();
        Assert.Equal(1, Assert.Single(results, r => !r.IsDocument).Problem!.Line);
        Assert.Equal("after", Assert.Single(results, r => r.IsDocument).Document!.Id);
    }

    [Fact]
    public void Fifty_megabyte_jsonl_streams_and_reports_the_giant_line()
    {
        // A 50 MB corpus made of one giant line and a normal one: streamed, not loaded whole.
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "big.jsonl");
        using (var w = new StreamWriter(path))
        {
            w.Write("{\"id\":\"huge\",\"text\":\"");
            var chunk = new string('a', 1 << 20);
            for (var i = 0; i < 50; i++) w.Write(chunk);
            w.WriteLine("\"}");
            w.WriteLine(Line("small", "After the giant line."));
        }
        var results = new SourceReader().Read([path]).ToList();
        Assert.Contains("limit", Assert.Single(results, r => !r.IsDocument).Problem!.Message);
        Assert.Equal("small", Assert.Single(results, r => r.IsDocument).Document!.Id);
    }

    [Fact]
    public void Empty_binary_oversized_and_missing_files_are_reported_by_path()
    {
        using var dir = new TempDir();
        var empty = dir.File("f/empty.txt", "");
        var binary = dir.Bytes("f/bin.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
        var big = dir.File("f/big.txt", new string('w', 70 * 1024));
        var good = dir.File("f/good.txt", "Ten soldiers surrendered.");
        var results = Reader.Read([empty, binary, big, Path.Combine(dir.Path, "nope.txt"), good]).ToList();
        var problems = results.Where(r => !r.IsDocument).Select(r => r.Problem!).ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains("empty", problems[0].Message);
        Assert.Contains("binary", problems[1].Message);
        Assert.Contains("limit", problems[2].Message);
        Assert.Contains("no such", problems[3].Message);
        Assert.Equal("good.txt", Assert.Single(results, r => r.IsDocument).Document!.Id);
    }

    [Fact]
    public void Folder_is_read_recursively_in_a_stable_order_with_relative_ids()
    {
        // .txt, .html and .json in nested folders; unknown extensions are ignored.
        using var dir = new TempDir();
        dir.File("b/story.txt", "A text story.");
        dir.File("a/page.html", "<html><head><title>Head</title></head><body><article><p>Officers of the brigade crossed the border on Monday and handed over their weapons to the army, a spokesman said.</p></article></body></html>");
        dir.File("a/one.json", "{\"id\":\"j1\",\"text\":\"From JSON.\"}");
        dir.File("a/skip.png", "not read");
        var docs = new SourceReader(new IngestOptions { DefaultPublished = new DateOnly(2021, 1, 2) })
            .Read([dir.Path]).Where(r => r.IsDocument).Select(r => r.Document!).ToList();
        Assert.Equal(["j1", "a/page.html", "b/story.txt"], docs.Select(d => d.Id));
        Assert.Contains("handed over their weapons", docs[1].Text);
        Assert.DoesNotContain("<p>", docs[1].Text);
        Assert.All(docs, d => Assert.Equal(new DateOnly(2021, 1, 2), d.Info.Published));
    }

    [Fact]
    public void Rss_feed_file_gives_one_document_per_item()
    {
        // Feed title is the publisher; item HTML is reduced to text; the pubDate is the published date.
        using var dir = new TempDir();
        var path = dir.File("news.rss", """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Example Daily</title><link>https://daily.example/</link><description>d</description>
            <item><title>First</title><link>https://daily.example/1</link><guid>https://daily.example/1</guid>
              <pubDate>Tue, 05 May 2020 10:00:00 GMT</pubDate><description>&lt;p&gt;Twelve fighters &lt;b&gt;surrendered&lt;/b&gt;.&lt;/p&gt;</description></item>
            <item><title>Second</title><link>https://daily.example/2</link><description>Another item.</description></item>
            </channel></rss>
            """);
        var docs = Reader.Read([path]).Select(r => r.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("Twelve fighters surrendered.", docs[0].Text);
        Assert.Equal(new DateOnly(2020, 5, 5), docs[0].Info.Published);
        Assert.Equal("Example Daily", docs[0].Provenance.Publisher);
        Assert.Equal("https://daily.example/2", docs[1].Info.Url);
    }

    [Fact]
    public void Atom_feed_and_broken_feed()
    {
        using var dir = new TempDir();
        var atom = dir.File("a.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2019-01-01T00:00:00Z</updated>
            <entry><id>urn:e1</id><title>E1</title><updated>2019-02-03T00:00:00Z</updated><content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry></feed>
            """);
        var broken = dir.File("b.rss", "<rss><channel><item>");
        var results = Reader.Read([atom, broken]).ToList();
        var doc = results[0].Document!;
        Assert.Equal("urn:e1", doc.Id);
        Assert.Equal("Body one.", doc.Text);
        Assert.Contains("feed", results[1].Problem!.Message);
    }

    [Fact]
    public async Task Unreachable_url_is_retried_then_reported()
    {
        // A handler that always times out: three attempts, then one problem naming the URL.
        var handler = new CountingHandler();
        using var http = new HttpClient(handler);
        var reader = new SourceReader(new IngestOptions { HttpTimeout = TimeSpan.FromMilliseconds(50), HttpBackoff = TimeSpan.FromMilliseconds(1) }, http);
        var results = new List<IngestResult>();
        await foreach (var r in reader.ReadAsync(["https://feeds.example/slow.rss"])) results.Add(r);
        var p = Assert.Single(results).Problem!;
        Assert.Equal("https://feeds.example/slow.rss", p.Source);
        Assert.Contains("timed out", p.Message);
        Assert.Equal(3, handler.Calls);
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Calls;
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException();
        }
    }

    [Theory]
    // Windows line endings and extra spaces do not change the hash.
    [InlineData("a b\r\nc", "a  b\nc")]
    // Leading and trailing blanks are dropped.
    [InlineData("  x y ", "x y")]
    public void Content_hash_ignores_layout(string a, string b) =>
        Assert.Equal(ContentHash.Compute(a), ContentHash.Compute(b));

    [Fact]
    public void Jsonl_parser_never_throws_on_garbled_lines()
    {
        // Random bytes (with newlines and JSON punctuation mixed in): every result is a document or a problem with a line.
        var gen = Gen.OneOf<byte>(Gen.Byte, Gen.OneOf<byte>((byte)'{', (byte)'}', (byte)'"', (byte)'\n', (byte)':', (byte)',', (byte)0xC3, (byte)0))
            .Array[0, 400];
        gen.Sample(bytes =>
        {
            using var ms = new MemoryStream(bytes);
            var lines = bytes.Count(b => b == (byte)'\n') + 1;
            foreach (var r in JsonDocuments.ReadLines(ms, "fuzz.jsonl", new IngestOptions { MaxDocumentBytes = 200 }, default))
            {
                if (r.Problem is { } p) Assert.InRange(p.Line!.Value, 1, lines);
                else Assert.False(string.IsNullOrWhiteSpace(r.Document!.Text));
            }
        }, iter: 300);
    }

    [Fact]
    public void Jsonl_parser_reads_valid_objects_built_from_random_strings()
    {
        // Any string content, serialised properly, round-trips as the text (control characters dropped).
        Gen.String.Where(s => s.Trim().Length > 0 && !s.Any(c => c < ' ')).Sample(text =>
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new { id = "r", text });
            using var ms = new MemoryStream(Encoding.UTF8.GetBytes(json));
            var doc = Assert.Single(JsonDocuments.ReadLines(ms, "r.jsonl", new IngestOptions(), default)).Document!;
            Assert.Equal(text, doc.Text);
        }, iter: 300);
    }

    [Fact]
    public void Html_extraction_never_throws_on_garbled_markup()
    {
        // Random tag soup: the extractor returns some text (maybe empty) and never throws.
        var piece = Gen.OneOf<string>(Gen.String[0, 20], Gen.OneOf<string>("<p>", "</p>", "<div class='x'>", "</div>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#xZZ;", "<article>", "<", ">", "\""));
        piece.Array[0, 60].Select(a => string.Concat(a)).Sample(html =>
        {
            var r = HtmlText.Extract(html, "https://localhost/x.html");
            Assert.NotNull(r.Text);
            Assert.DoesNotContain("<script>", r.Text);
        }, iter: 150);
    }
}

public class PdfReaderTests
{
    [Fact]
    public void Pdf_text_is_extracted_and_a_corrupt_pdf_is_reported()
    {
        // A one-page PDF written with PdfPig's builder, and a file that only starts like a PDF.
        using var dir = new TempDir();
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Nine guards surrendered at the gate.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var pdf = dir.Bytes("doc.pdf", builder.Build());
        var broken = dir.Bytes("broken.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not a pdf body"));
        var results = new SourceReader().Read([pdf, broken]).ToList();
        Assert.Contains("Nine guards surrendered", results[0].Document!.Text);
        Assert.Equal("doc.pdf", results[0].Document!.Id);
        Assert.Equal(broken, results[1].Problem!.Source);
    }
}
