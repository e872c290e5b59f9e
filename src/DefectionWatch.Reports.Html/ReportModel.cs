using System.Collections.Immutable;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Reports.Html;

/// <summary>A low, best and high number of people (UCDP style) summed over events.</summary>
public readonly record struct PeopleSum(long Best, long Low, long High, int Counted)
{
    public static PeopleSum operator +(PeopleSum a, PeopleSum b) => new(a.Best + b.Best, a.Low + b.Low, a.High + b.High, a.Counted + b.Counted);

    /// <summary>One count: best = value or middle of the range; low/high fall back to best where the text gives no bound.</summary>
    public static PeopleSum Of(Count? c)
    {
        if (c?.Best is not { } best) return default;
        var low = c.Low ?? best;
        return new PeopleSum(best, low, Math.Max(c.High ?? best, low), 1);
    }
}

/// <summary>Event types whose counts are members leaving a group (civilian flight is counted apart; sham defections and reprisals are not exits).</summary>
public static class ExitKinds
{
    public static bool IsMemberExit(EventType t) => t is EventType.Defection or EventType.Desertion or EventType.Surrender;
}

/// <summary>Monthly series for the timeline charts.</summary>
public sealed record Timeline(
    ImmutableArray<DateOnly> Months,
    ImmutableDictionary<EventType, ImmutableArray<int>> EventsByType,
    ImmutableArray<PeopleSum> Members,
    ImmutableArray<PeopleSum> Civilians,
    int Undated,
    int DatedByReport);

/// <summary>One row of the breakdown by group or by country.</summary>
public sealed record BreakdownRow(string Label, string? Code, int Events, ImmutableDictionary<EventType, int> ByType, PeopleSum Members, PeopleSum Civilians, int Outlets);

/// <summary>One place on the map: where, how precise, how many events and people.</summary>
public sealed record MapPoint(string Name, string? Country, double Lat, double Lon, PlacePrecision Precision, int Events, PeopleSum People, ImmutableArray<string> Types);

/// <summary>A short piece of evidence with the document it links to.</summary>
public sealed record Snippet(string Text, long DocumentId);

/// <summary>One row of the narratives table (after the 2015 King's College / ICSR study of defectors' narratives).</summary>
public sealed record NarrativeRow(
    string Code,
    string Description,
    int Statements,
    int Documents,
    int People,
    int Events,
    PeopleSum EventPeople,
    ImmutableArray<Snippet> Evidence);

/// <summary>One claim of the estimate tracker.</summary>
public sealed record EstimateClaim(DateOnly? Date, DatePrecision? Precision, string? Group, Count Count, ImmutableArray<string> Area, string? Population, string? Claimant, long DocumentId, string? Evidence);

public sealed record MeasureTrack(Measure Measure, string Description, ImmutableArray<EstimateClaim> Claims);

/// <summary>An outlet: how much it reported and how much of it another outlet corroborates.</summary>
public sealed record SourceRow(string Outlet, int Documents, int Events, int Estimates, int CorroboratedEvents);

/// <summary>An incident key (type, group, country, month) reported by several outlets.</summary>
public sealed record CorroboratedIncident(EventType Type, string? Group, string? Country, DateOnly? Month, ImmutableArray<string> Outlets, int Reports, PeopleSum People);

public sealed record AttributedSource(string Name, int Events, int Estimates);

/// <summary>Everything drawn, computed once from <see cref="ReportData"/> (pure).</summary>
public sealed record ReportModel(
    ReportData Data,
    int Events,
    PeopleSum Members,
    PeopleSum Civilians,
    int Groups,
    int Countries,
    int DocumentsWithEvents,
    DateOnly? FirstEvent,
    DateOnly? LastEvent,
    Timeline Timeline,
    ImmutableArray<BreakdownRow> ByGroup,
    ImmutableArray<BreakdownRow> ByCountry,
    ImmutableArray<MapPoint> MapPoints,
    ImmutableDictionary<string, int> EventsByCountry,
    int EventsWithoutPlace,
    ImmutableArray<NarrativeRow> Narratives,
    int NamedPeople,
    int Statements,
    ImmutableArray<MeasureTrack> Estimates,
    ImmutableArray<SourceRow> Sources,
    ImmutableArray<CorroboratedIncident> Corroborated,
    int CorroboratedEvents,
    ImmutableArray<AttributedSource> Attributed);
