using System.CommandLine;
using System.Globalization;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Ingest;

namespace DefectionWatch.Cli.Commands;

/// <summary>The options every command that reads documents shares, and the loop that reads them.</summary>
internal static class CliInput
{
    public static Argument<string[]> Sources() => new("input")
    {
        Description = "JSONL corpus, .txt/.html/.pdf/.json file, folder (read recursively) or feed URL",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Published() => new("--published")
    {
        Description = "publication date (YYYY-MM-DD) for single files that carry none; relative dates resolve against it",
    };

    public static DateOnly? ParsePublished(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliUsageException($"--published: '{value}' is not a date of the form YYYY-MM-DD");

    /// <summary>
    /// Extracts one document; a failure inside the pipeline is reported with the document id and counted,
    /// and the run goes on with the next document.
    /// </summary>
    public static ExtractionRecord? TryExtract(IExtractor extractor, SourceDocument doc, ReadTally tally, CancellationToken ct)
    {
        try
        {
            return extractor.Extract(doc.Info, doc.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"error: {doc.Provenance.Source}: document '{doc.Id}' could not be extracted: {e.GetType().Name}: {e.Message}");
            tally.Problems++;
            return null;
        }
    }

    /// <summary>Reads the sources, reporting each problem on stderr as it comes; counts both.</summary>
    public static IEnumerable<SourceDocument> Read(IEnumerable<string> sources, DateOnly? published, ReadTally tally, CancellationToken ct)
    {
        var reader = new SourceReader(new IngestOptions { DefaultPublished = published });
        foreach (var r in reader.Read(sources, ct))
        {
            if (r.Problem is { } p)
            {
                Console.Error.WriteLine($"{(p.Skipped ? "skipped" : "warning")}: {p}");
                if (p.Skipped) tally.Problems++;
                continue;
            }
            tally.Documents++;
            yield return r.Document!;
        }
    }
}

/// <summary>How many documents were read and how many inputs were skipped (mutable counter owned by one command run).</summary>
internal sealed class ReadTally
{
    public int Documents { get; set; }
    public int Problems { get; set; }

    /// <summary>Non-zero only when nothing usable was read.</summary>
    public int ExitCode => Documents == 0 && Problems > 0 ? 1 : 0;
}

/// <summary>A usage error: printed without a stack trace, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
