using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Dataset;
using DefectionWatch.Storage;

namespace DefectionWatch.Reports.Html;

/// <summary>What to put in a report: filters, names, and the time to print as "generated" (the caller's clock).</summary>
public sealed record ReportRequest(
    DateTimeOffset GeneratedAt,
    string? Group = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool IncludeNames = false,
    string? Title = null,
    string? Database = null);

/// <summary>Reads a <see cref="ReportData"/> from a store: events through the event filter, the other facts of the same articles.</summary>
public static class ReportLoader
{
    private static readonly FactKind[] OtherKinds = [FactKind.Estimate, FactKind.Motive, FactKind.Person, FactKind.Quote];

    public static async Task<ReportData> LoadAsync(IDefectionStore store, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var rows = await store.QueryEventsAsync(new EventFilter(Group: request.Group, From: request.From, To: request.To), cancellationToken).ConfigureAwait(false);
        var facts = await store.QueryFactsAsync(OtherKinds, cancellationToken).ConfigureAwait(false);
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var coverage = await store.GetCoverageAsync(cancellationToken).ConfigureAwait(false);

        var sources = new Dictionary<long, ReportSource>();
        var events = ImmutableArray.CreateBuilder<ReportEvent>(rows.Count);
        foreach (var r in rows)
        {
            events.Add(new ReportEvent(r.DocumentId, EventExport.EventId(r.ContentHash, r.Ordinal), r.Ordinal, r.Event));
            if (!sources.ContainsKey(r.DocumentId))
                sources[r.DocumentId] = new ReportSource(r.DocumentId, r.DocumentKey, r.Title, r.Url, r.Publisher, r.Published, r.CopyPublishers);
        }
        var filtered = request.Group is not null || request.From is not null || request.To is not null;
        var eventDocs = sources.Keys.ToHashSet();
        var group = request.Group is null ? null : TextNormalizer.NormalizeName(request.Group);

        var estimates = ImmutableArray.CreateBuilder<ReportFact<Estimate>>();
        var motives = ImmutableArray.CreateBuilder<ReportFact<Motive>>();
        var people = ImmutableArray.CreateBuilder<ReportFact<Person>>();
        var quotes = ImmutableArray.CreateBuilder<ReportFact<Quote>>();
        foreach (var f in facts)
        {
            var doc = f.Fact.DocumentId;
            var keep = true;
            switch (f.Fact.Kind)
            {
                case FactKind.Estimate:
                    var e = RecordJson.Deserialize<Estimate>(f.Fact.Json)!;
                    if (filtered)
                    {
                        var groupOk = group is null || (e.Group is null ? eventDocs.Contains(doc) : TextNormalizer.NormalizeName(e.Group) == group);
                        var start = e.Date?.Start ?? f.Published;
                        var end = e.Date?.End ?? f.Published;
                        var dateOk = (request.From is not { } from || end is null || end >= from) && (request.To is not { } to || start is null || start <= to);
                        keep = groupOk && dateOk;
                    }
                    if (keep) estimates.Add(new ReportFact<Estimate>(doc, f.Fact.Ordinal, e));
                    break;
                default:
                    // Motives, people and quotes belong to the articles whose events are in the report.
                    if (filtered && !eventDocs.Contains(doc)) { keep = false; break; }
                    switch (f.Fact.Kind)
                    {
                        case FactKind.Motive: motives.Add(new ReportFact<Motive>(doc, f.Fact.Ordinal, RecordJson.Deserialize<Motive>(f.Fact.Json)!)); break;
                        case FactKind.Person: people.Add(new ReportFact<Person>(doc, f.Fact.Ordinal, RecordJson.Deserialize<Person>(f.Fact.Json)!)); break;
                        case FactKind.Quote: quotes.Add(new ReportFact<Quote>(doc, f.Fact.Ordinal, RecordJson.Deserialize<Quote>(f.Fact.Json)!)); break;
                    }
                    break;
            }
            if (keep && !sources.ContainsKey(doc))
                sources[doc] = new ReportSource(doc, f.DocumentKey, f.Title, f.Url, f.Publisher, f.Published, []);
        }

        var title = request.Title ?? (request.Group is null ? "DefectionWatch report: exits from armed groups" : $"DefectionWatch report: exits from {request.Group}");
        var data = new ReportData(
            new ReportScope(title, request.Group, request.From, request.To, request.IncludeNames, request.GeneratedAt, request.Database),
            events.ToImmutable(),
            estimates.ToImmutable(),
            motives.ToImmutable(),
            people.ToImmutable(),
            quotes.ToImmutable(),
            sources.ToImmutableDictionary(),
            new ReportCoverage(stats.Documents, stats.Extracted, stats.Pending, stats.NotEnglish, stats.ExactDuplicates, stats.NearDuplicates,
                stats.DocumentsByExtractor, coverage.FirstPublished, coverage.LastPublished, coverage.LastRetrieved),
            ReportCodebook.Default);
        if (request.IncludeNames) return data;
        // The export's secret, so a person has the same pseudonym in exports and reports; only names that look like people's.
        var stored = await store.PersonNamesAsync(cancellationToken).ConfigureAwait(false);
        var personNames = ReportNames.Select(stored,
            data.Events.Select(e => e.Event.Group).Concat(data.Estimates.Select(e => e.Fact.Group)).OfType<string>(),
            data.Sources.Values.Select(s => s.Outlet));
        if (personNames.Count == 0) return ReportPseudonyms.Apply(data, Pseudonymizer.None);
        var secret = await store.GetOrCreateMetaAsync("pseudonym_secret", Pseudonymizer.NewSecret, cancellationToken).ConfigureAwait(false);
        return ReportPseudonyms.Apply(data, new Pseudonymizer(personNames, secret));
    }
}
