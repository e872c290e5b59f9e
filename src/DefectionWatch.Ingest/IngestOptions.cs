namespace DefectionWatch.Ingest;

/// <summary>Knobs for <see cref="SourceReader"/>. Defaults suit the CLI.</summary>
public sealed record IngestOptions
{
    /// <summary>Publication date for single files and feed items that carry none (e.g. CLI <c>--published</c>).</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>Largest single document (a .txt/.html/.json file or one JSONL line) read, in bytes.</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest PDF file read, in bytes (PDFs carry images and fonts, so the limit is higher).</summary>
    public long MaxPdfBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per URL (first try included) on time-outs, connection errors and 5xx answers.</summary>
    public int HttpAttempts { get; init; } = 3;

    /// <summary>Delay before the second attempt; doubled for each further one.</summary>
    public TimeSpan HttpBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>For feed items with a link: fetch the linked page and take its main text instead of the summary.</summary>
    public bool FollowFeedLinks { get; init; }

    /// <summary>Clock for retrieval times (tests pin it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
