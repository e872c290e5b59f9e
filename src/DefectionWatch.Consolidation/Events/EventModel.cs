using System.Collections.Immutable;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Consolidation.Events;

/// <summary>
/// One document's report of an event: the extracted <see cref="ExitEvent"/> with where it came from.
/// <paramref name="SyndicationGroup"/> links copies of one story (e.g. the id of the original a copy duplicates):
/// reports sharing it, or sharing a publisher, are not independent sources.
/// </summary>
public sealed record EventMention(
    MentionKey Key,
    ExitEvent Event,
    string? Publisher,
    DateOnly? Published,
    string? SyndicationGroup = null)
{
    public EventMention(string documentId, int index, ExitEvent @event, string? publisher, DateOnly? published, string? syndicationGroup = null)
        : this(new MentionKey(documentId, index), @event, publisher, published, syndicationGroup) { }
}

/// <summary>
/// Thresholds of the mention compatibility rules. Defaults: dates within 3 days (announcements lag the
/// exit), places within 50 km, counts within 30% (plus one person), undated reports taken as the ten
/// days before publication.
/// </summary>
public sealed record ConsolidationOptions
{
    public static ConsolidationOptions Default { get; } = new();

    /// <summary>Largest gap in days between two reports' date intervals.</summary>
    public int DateWindowDays { get; init; } = 3;

    /// <summary>Reports whose interval is at most this many days long are clustered first; wider ones then attach.</summary>
    public int NarrowDays { get; init; } = 3;

    /// <summary>An undated report is taken to be about the days from this many days before publication to publication.</summary>
    public int UndatedLookbackDays { get; init; } = 10;

    /// <summary>Largest distance between two points (km) that can be the same incident.</summary>
    public double MaxDistanceKm { get; init; } = 50;

    /// <summary>Largest distance from a region's point to a place for the region to be taken as containing it.</summary>
    public double RegionRadiusKm { get; init; } = 250;

    /// <summary>Relative slack when comparing count bands.</summary>
    public double CountTolerance { get; init; } = 0.3;

    /// <summary>Absolute slack (people) when comparing small counts.</summary>
    public long CountSlack { get; init; } = 1;

    /// <summary>"At least N" is read as at most N times this (and "at most N" as at least N divided by it).</summary>
    public double OpenBoundFactor { get; init; } = 2.0;

    /// <summary>Whether two reports in one document may be the same incident (the extractor normally merged them already).</summary>
    public bool MergeWithinDocument { get; init; } = true;

    /// <summary>Optional knowledge of which region contains which place; without it a region is taken to contain any place of its country.</summary>
    public IPlaceHierarchy? Places { get; init; }
}

/// <summary>Which regions contain which places (e.g. from the gazetteer's admin codes).</summary>
public interface IPlaceHierarchy
{
    /// <summary>True or false when known, null when unknown.</summary>
    bool? Contains(Place region, Place place);
}

/// <summary>One report of a canonical event. <see cref="SourceKey"/> names its independent source.</summary>
public sealed record EventReport(EventMention Mention, string SourceKey)
{
    public MentionKey Key => Mention.Key;
    public ExitEvent Event => Mention.Event;
    public Evidence Evidence => Mention.Event.Evidence;
}

/// <summary>Best, low and high counts over the reports (UCDP style); <see cref="BestSources"/> independent sources give the best figure.</summary>
public sealed record CountSummary(Count? Best, long? Low, long? High, int BestSources);

/// <summary>One value of a disputed field and the documents that give it.</summary>
public sealed record ConflictValue(string Value, ImmutableArray<string> Documents);

/// <summary>A field on which the reports disagree: "count", "place", "type", "date", "to".</summary>
public sealed record EventConflict(string Field, ImmutableArray<ConflictValue> Values);

/// <summary>
/// One real-world incident: all its reports, the number of independent sources, count best/low/high, the most
/// precise date and place given, and the fields the reports disagree on.
/// </summary>
public sealed record CanonicalEvent(
    string Id,
    EventType Type,
    string? Group,
    string? To,
    CountSummary Count,
    DateInterval? Date,
    Place? Location,
    int IndependentSources,
    ImmutableArray<EventReport> Reports,
    ImmutableArray<EventConflict> Conflicts,
    MentionKey Founder,
    ImmutableArray<string> Supersedes)
{
    public bool HasConflicts => !Conflicts.IsDefaultOrEmpty;
}

/// <summary>The consolidated events, which event each mention went to, and the id state to pass to the next run.</summary>
public sealed record EventConsolidation(
    ImmutableArray<CanonicalEvent> Events,
    ImmutableDictionary<MentionKey, string> EventOf,
    IdState State)
{
    public CanonicalEvent? Find(string id) =>
        Events.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal) || e.Supersedes.Contains(id, StringComparer.Ordinal));
}
