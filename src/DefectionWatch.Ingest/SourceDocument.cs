using DefectionWatch.Core.Records;

namespace DefectionWatch.Ingest;

/// <summary>Where a document came from: file or URL, the line in a corpus file, who published it, when we read it.</summary>
/// <param name="Source">The file path or URL that was read (for a feed: the feed).</param>
/// <param name="Line">1-based line in a JSONL corpus; null for whole files.</param>
/// <param name="Url">The article URL when known.</param>
/// <param name="Publisher">Host of the URL, or the feed's title, or the HTML site name.</param>
/// <param name="RetrievedAt">When this run read the source (UTC).</param>
/// <param name="ContentHash">SHA-256 (hex) of the normalised text; see <see cref="ContentHash"/>.</param>
public sealed record Provenance(
    string Source,
    int? Line,
    string? Url,
    string? Publisher,
    DateTimeOffset RetrievedAt,
    string ContentHash);

/// <summary>One readable text with its record metadata (<see cref="DocumentInfo"/>) and provenance.</summary>
public sealed record SourceDocument(DocumentInfo Info, string Text, Provenance Provenance)
{
    public string Id => Info.Id;
}

/// <summary>
/// Something that went wrong while reading. <paramref name="Skipped"/> is true when the document (or the
/// whole file) was not read; false for a warning on a document that was read anyway (e.g. repaired encoding).
/// </summary>
public sealed record IngestProblem(string Source, int? Line, string Message, bool Skipped = true)
{
    public override string ToString() =>
        Line is { } l ? $"{Source}:{l}: {Message}" : $"{Source}: {Message}";
}

/// <summary>One item of a reader's output: a document or a problem (never both).</summary>
public sealed record IngestResult
{
    private IngestResult(SourceDocument? document, IngestProblem? problem)
    {
        Document = document;
        Problem = problem;
    }

    public SourceDocument? Document { get; }
    public IngestProblem? Problem { get; }

    public bool IsDocument => Document is not null;

    public static IngestResult Ok(SourceDocument document) => new(document, null);
    public static IngestResult Fail(IngestProblem problem) => new(null, problem);
    public static IngestResult Fail(string source, int? line, string message, bool skipped = true) =>
        new(null, new IngestProblem(source, line, message, skipped));
}
