using System.Collections.Immutable;
using DefectionWatch.Consolidation;
using DefectionWatch.Consolidation.Estimates;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Consolidation.People;
using DefectionWatch.Core.Records;
using DefectionWatch.Storage;

namespace DefectionWatch.Cli.Commands;

/// <summary>
/// Loads stored facts and consolidates them across documents for <c>incidents</c>, <c>event</c>, <c>people</c> and
/// <c>estimates</c>. Consolidation is recomputed on every call (it is fast and deterministic: the same database
/// gives the same ids).
/// </summary>
internal static class ConsolidationCli
{
    public static async Task<(EventConsolidation Result, IReadOnlyList<EventRow> Rows)> EventsAsync(IDefectionStore store, CancellationToken ct)
    {
        var rows = await store.QueryEventsAsync(new EventFilter(), ct).ConfigureAwait(false);
        var mentions = rows.Select(r => new EventMention(r.DocumentKey, r.Ordinal, r.Event, r.Publisher, r.Published)).ToList();
        return (EventConsolidator.Consolidate(mentions), rows);
    }

    public static async Task<PeopleConsolidation> PeopleAsync(IDefectionStore store, EventConsolidation events, IReadOnlyList<EventRow> rows, CancellationToken ct)
    {
        var facts = await store.QueryFactsAsync([FactKind.Person], ct).ConfigureAwait(false);
        var groupOf = rows.ToDictionary(r => new MentionKey(r.DocumentKey, r.Ordinal), r => r.Event.Group);
        var mentions = new List<PersonMention>();
        foreach (var f in facts)
        {
            if (RecordJson.Deserialize<Person>(f.Fact.Json) is not { } p) continue;
            var eventKey = p.Event is { } e ? new MentionKey(f.DocumentKey, e) : (MentionKey?)null;
            string? group = null, eventId = null;
            if (eventKey is { } k)
            {
                groupOf.TryGetValue(k, out group);
                events.EventOf.TryGetValue(k, out eventId);
            }
            mentions.Add(new PersonMention(new MentionKey(f.DocumentKey, f.Fact.Ordinal), p, group, eventId, f.Published));
        }
        return PeopleConsolidator.Consolidate(mentions);
    }

    public static async Task<ImmutableArray<EstimateSeries>> EstimatesAsync(IDefectionStore store, CancellationToken ct)
    {
        var facts = await store.QueryFactsAsync([FactKind.Estimate], ct).ConfigureAwait(false);
        var mentions = facts.Select(f => (f, e: RecordJson.Deserialize<Estimate>(f.Fact.Json)))
            .Where(x => x.e is not null)
            .Select(x => new EstimateMention(new MentionKey(x.f.DocumentKey, x.f.Fact.Ordinal), x.e!, x.f.Publisher, x.f.Published))
            .ToList();
        return EstimateSeriesBuilder.Build(mentions);
    }

    public static string CountSummary(CountSummary c)
    {
        if (c.Best is null) return "";
        var best = Describe.Count(c.Best);
        return c.Low is { } lo && c.High is { } hi && lo != hi
            ? FormattableString.Invariant($"{best} [{lo}-{hi}]")
            : best;
    }
}
