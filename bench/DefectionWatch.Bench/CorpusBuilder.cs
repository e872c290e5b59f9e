using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DefectionWatch.Bench;

/// <summary>One article of the bundled sample corpus, cut into paragraphs.</summary>
internal sealed record SampleArticle(string Id, string Title, DateOnly Published, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Builds a large synthetic corpus by recombining the paragraphs of the bundled sample corpus
/// (samples/corpus.jsonl, written by the project, invented names). Each generated document keeps the lead
/// paragraph (dateline) of one "primary" article, about half of that article's other paragraphs and two to
/// four paragraphs of other articles, in shuffled order, with a random publication date between 2010 and
/// 2025 (relative dates then resolve differently). Deterministic for a given seed. Mixing articles keeps
/// the documents distinct enough that the dataset runner's near-duplicate detection does not discard them.
/// </summary>
internal static class CorpusBuilder
{
    private static readonly DateOnly FirstDate = new(2010, 1, 1);
    private static readonly int DateSpan = new DateOnly(2025, 12, 31).DayNumber - FirstDate.DayNumber;

    public static IReadOnlyList<SampleArticle> LoadSamples(string path)
    {
        var articles = new List<SampleArticle>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var paragraphs = text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (paragraphs.Length == 0) continue;
            articles.Add(new SampleArticle(
                root.GetProperty("id").GetString() ?? "",
                root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "",
                DateOnly.ParseExact(root.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                paragraphs));
        }
        if (articles.Count < 2) throw new InvalidDataException($"{path}: need at least two sample articles");
        return articles;
    }

    /// <summary>Writes <paramref name="count"/> documents to <paramref name="path"/> (JSONL in the corpus format).</summary>
    public static CorpusStats Write(string path, IReadOnlyList<SampleArticle> samples, int count, int seed)
    {
        var rng = new Random(seed);
        var writerOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        long chars = 0, utf8 = 0;
        var parts = new List<string>(16);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        using var json = new Utf8JsonWriter(stream, writerOptions);
        for (var i = 0; i < count; i++)
        {
            var primary = samples[rng.Next(samples.Count)];
            parts.Clear();
            for (var p = 1; p < primary.Paragraphs.Count; p++)
                if (rng.Next(2) == 0) parts.Add(primary.Paragraphs[p]);
            var others = rng.Next(2, 5);
            for (var k = 0; k < others; k++)
            {
                var other = samples[rng.Next(samples.Count)];
                if (ReferenceEquals(other, primary)) continue;
                parts.Add(other.Paragraphs[rng.Next(other.Paragraphs.Count)]);
            }
            Shuffle(parts, rng);
            parts.Insert(0, primary.Paragraphs[0]);
            var text = string.Join("\n\n", parts);
            var published = FirstDate.AddDays(rng.Next(DateSpan + 1));
            var id = "bench-" + (i + 1).ToString("D7", CultureInfo.InvariantCulture);

            json.Reset(stream);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("url", "https://bench.example/" + published.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/" + id);
            json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("title", primary.Title);
            json.WriteString("language", "en");
            json.WriteString("text", text);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            chars += text.Length;
            utf8 += System.Text.Encoding.UTF8.GetByteCount(text);
        }
        return new CorpusStats(count, chars, utf8, stream.Length);
    }

    private static void Shuffle(List<string> items, Random rng)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>samples/corpus.jsonl of the repository, found from the current or the program's folder upwards.</summary>
    public static string FindSamples(string? given)
    {
        if (given is not null)
            return File.Exists(given) ? given : throw new FileNotFoundException($"--samples: no file {given}", given);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "corpus.jsonl");
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException("samples/corpus.jsonl not found above the current folder; pass --samples PATH");
    }
}

/// <summary>Size of a generated corpus: documents, UTF-16 chars and UTF-8 bytes of the text fields, JSONL file bytes.</summary>
internal sealed record CorpusStats(int Documents, long TextChars, long TextUtf8Bytes, long FileBytes);
