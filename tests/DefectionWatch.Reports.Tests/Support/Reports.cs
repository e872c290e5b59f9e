using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Reports.Html;

namespace DefectionWatch.Reports.Tests.Support;

/// <summary>Small hand-made <see cref="ReportData"/> for unit tests (invented groups, people and outlets).</summary>
internal static class Reports
{
    public static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static ReportSource Source(long id, string? title = "Fighters leave", string? url = "https://example.test/a", string? publisher = "Example Times", DateOnly? published = null) =>
        new(id, "doc-" + id, title, url, publisher, published ?? new DateOnly(2024, 3, 10), []);

    public static ReportEvent Event(long doc, int ordinal, EventType type = EventType.Defection, string? group = "Alpha Brigade", Count? count = null,
        Place? place = null, DateInterval? date = null, string evidence = "Twelve fighters defected.", string? source = "officials", ImmutableArray<string> motives = default) =>
        new(doc, $"DW-{doc}-{ordinal + 1}", ordinal, new ExitEvent(type, group, count ?? Count.Exact(12), null,
            place ?? new Place("Kirkuk", "IQ", 35.47, 44.39, PlacePrecision.City), date ?? DateInterval.Day(new DateOnly(2024, 3, 9)),
            motives.IsDefault ? [] : motives, source, new Evidence(0, evidence.Length, evidence)));

    public static ReportData Data(
        IEnumerable<ReportEvent>? events = null,
        IEnumerable<ReportFact<Estimate>>? estimates = null,
        IEnumerable<ReportFact<Motive>>? motives = null,
        IEnumerable<ReportFact<Person>>? people = null,
        IEnumerable<ReportFact<Quote>>? quotes = null,
        IEnumerable<ReportSource>? sources = null,
        string title = "Test report",
        string? group = null) =>
        new(new ReportScope(title, group, null, null, false, Now, "test.db"),
            [.. events ?? []], [.. estimates ?? []], [.. motives ?? []], [.. people ?? []], [.. quotes ?? []],
            (sources ?? [Source(1)]).ToImmutableDictionary(s => s.Id),
            new ReportCoverage(10, 9, 1, 0, 0, 0, ImmutableDictionary<string, long>.Empty.Add("defwatch-extract/test.v1", 9),
                new DateOnly(2023, 1, 1), new DateOnly(2024, 3, 10), Now),
            ReportCodebook.Default);

    public static ReportFact<Motive> Motive(long doc, int ordinal, string code, string text) =>
        new(doc, ordinal, new Motive(code, new Evidence(0, text.Length, text)));

    public static ReportFact<Estimate> Estimate(long doc, int ordinal, Measure measure, Count count, string? group = "Alpha Brigade", DateInterval? date = null,
        string? source = "the ministry", string text = "The ministry said about 3,000 fighters remain.") =>
        new(doc, ordinal, new Estimate(measure, group, count, ["IQ"], null, date, source, new Evidence(0, text.Length, text)));

    /// <summary>A fuller data set: every section has something to show.</summary>
    public static ReportData Full() => Data(
        events:
        [
            Event(1, 0, motives: ["living_conditions"]),
            Event(1, 1, EventType.Surrender, count: Count.Vague(24, 99), date: DateInterval.Month(2024, 2)),
            Event(2, 0, EventType.CivilianFlight, group: "Beta Front", count: Count.Approx(1800), place: new Place("Raqqa", "SY", 35.95, 39.01, PlacePrecision.City)),
            Event(2, 1, EventType.Reprisal, group: "Beta Front", count: Count.Exact(4), place: new Place("Syria", "SY", 35.0, 38.5, PlacePrecision.Country)),
            Event(3, 0, date: DateInterval.Day(new DateOnly(2024, 3, 2))),
        ],
        estimates:
        [
            Estimate(1, 0, Measure.Strength, Count.Between(2000, 3000), date: DateInterval.Year(2023)),
            Estimate(2, 0, Measure.Strength, Count.Approx(2500)),
            Estimate(3, 0, Measure.Strength, Count.AtLeast(1500), date: DateInterval.Month(2024, 3)),
            Estimate(3, 1, Measure.Defectors, Count.AtLeast(300)),
        ],
        motives:
        [
            Motive(1, 0, "living_conditions", "They had not been paid for months, said Karim Haddad."),
            Motive(2, 0, "brutality", "He could not watch them kill their own people."),
            Motive(3, 0, "living_conditions", "We were hungry all the time."),
        ],
        people: [new(1, 0, new Person("Karim Haddad", "defector", "IQ", 0)), new(2, 0, new Person("Samir Tawil", "defector", null, null))],
        quotes: [new(1, 0, new Quote("Karim Haddad", null, null, new Evidence(0, 10, "\"We left.\"")))],
        sources: [Source(1), Source(2, publisher: "Other Post", url: "https://other.test/b"), Source(3, publisher: "Third Wire", url: null)]);
}
