using DefectionWatch.Core.Records;

namespace DefectionWatch.Core.Pipeline;

/// <summary>
/// Turns one source text into its extraction record. The single entry point that the CLI, the
/// dataset runner and (later) workers and the web app share. Implementations are thread-safe.
/// </summary>
public interface IExtractor
{
    /// <summary>Stable name and version of the pipeline, stored with every fact it produced.</summary>
    string Version { get; }

    /// <summary>Runs every stage and returns the annotated document (for <c>annotate</c> and debugging).</summary>
    Document Annotate(DocumentInfo info, string text, CancellationToken cancellationToken = default);

    /// <summary>Runs the pipeline and builds the record of the format.</summary>
    ExtractionRecord Extract(DocumentInfo info, string text, CancellationToken cancellationToken = default);
}
