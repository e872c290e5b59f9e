using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;

namespace DefectionWatch.Reports.Html;

/// <summary>
/// Everything a report shows, already filtered and (unless names are included) pseudonymised. The HTML is a
/// pure function of this record (<see cref="HtmlReport.Build"/>), so reports are testable without a database.
/// </summary>
public sealed record ReportData(
    ReportScope Scope,
    ImmutableArray<ReportEvent> Events,
    ImmutableArray<ReportFact<Estimate>> Estimates,
    ImmutableArray<ReportFact<Motive>> Motives,
    ImmutableArray<ReportFact<Person>> People,
    ImmutableArray<ReportFact<Quote>> Quotes,
    ImmutableDictionary<long, ReportSource> Sources,
    ReportCoverage Coverage,
    ReportCodebook Codebook,
    Pseudonymizer? Names = null)
{
    /// <summary>
    /// Replaces person names in the free text the report shows (evidence, titles, claimants, attributed sources).
    /// Applied when the report is built, to the few strings shown, not to every stored fact (see <see cref="ReportPseudonyms"/>).
    /// </summary>
    public Pseudonymizer NamesOrNone => Names ?? Pseudonymizer.None;
}

/// <summary>What the report covers and when it was made (the caller passes the time: no hidden clock).</summary>
public sealed record ReportScope(
    string Title,
    string? Group,
    DateOnly? From,
    DateOnly? To,
    bool NamesIncluded,
    DateTimeOffset GeneratedAt,
    string? Database = null);

/// <summary>A stored document that facts come from.</summary>
public sealed record ReportSource(
    long Id,
    string Key,
    string? Title,
    string? Url,
    string? Publisher,
    DateOnly? Published,
    ImmutableArray<string> CopyPublishers = default)
{
    /// <summary>The outlet: the publisher, else the host of the URL, else the document key.</summary>
    public string Outlet => Publisher ?? (Uri.TryCreate(Url, UriKind.Absolute, out var u) && u.Host.Length > 0 ? u.Host : Key);
}

/// <summary>An event with the document it came from and its stable id (<c>DW-hash-n</c>).</summary>
public sealed record ReportEvent(long DocumentId, string EventId, int Ordinal, ExitEvent Event);

/// <summary>A fact of another kind with its document and its position in the document's list.</summary>
public sealed record ReportFact<T>(long DocumentId, int Ordinal, T Fact);

/// <summary>Coverage of the store: documents, their states, extractor versions, and the date of the data.</summary>
public sealed record ReportCoverage(
    long Documents,
    long Extracted,
    long Pending,
    long NotEnglish,
    long ExactDuplicates,
    long NearDuplicates,
    ImmutableDictionary<string, long> DocumentsByExtractor,
    DateOnly? FirstPublished,
    DateOnly? LastPublished,
    DateTimeOffset? LastRetrieved)
{
    public static ReportCoverage Empty { get; } = new(0, 0, 0, 0, 0, 0, ImmutableDictionary<string, long>.Empty, null, null, null);
}

/// <summary>One code of a codebook and what it means.</summary>
public sealed record CodeEntry(string Code, string Description);

/// <summary>The codebooks the report cites in its methods appendix.</summary>
public sealed record ReportCodebook(ImmutableArray<CodeEntry> EventTypes, ImmutableArray<CodeEntry> Measures, ImmutableArray<CodeEntry> Motives)
{
    /// <summary>The codebook shipped with this build: event types and measures of the format, the extractor's motive codebook.</summary>
    public static ReportCodebook Default { get; } = ReportResources.LoadCodebook();
}
