using CsCheck;
using DefectionWatch.Consolidation.Events;
using DefectionWatch.Consolidation.Tests.Support;
using DefectionWatch.Core.Records;
using static DefectionWatch.Consolidation.Tests.Support.Facts;

namespace DefectionWatch.Consolidation.Tests;

/// <summary>Independent sources, determinism, and ids that survive added documents.</summary>
public sealed class SourceAndIdTests
{
    private static readonly Place Adale = City("Adale", "SO", 2.75, 46.32);

    private static EventMention R(string doc, string publisher, string? syndication = null, int count = 45) =>
        M(doc, 0, "2019-05-15", EventType.Defection, "al-Shabaab", Count.Exact(count), Day("2019-05-14"), Adale, publisher, syndication);

    public static readonly TheoryData<string, EventMention[], int> SourceCases = new()
    {
        // Three outlets, three sources.
        { "independent", [R("a", "Wire"), R("b", "Local"), R("c", "Radio")], 3 },
        // A syndicated copy (linked to its original) adds no source.
        { "copy of a", [R("a", "Wire"), R("b", "Paper", "a")], 1 },
        // Copies linked through a shared syndication group, not the original's id.
        { "shared group", [R("a", "Wire", "story-1"), R("b", "Paper", "story-1"), R("c", "Radio")], 2 },
        // One publisher reporting twice counts once (case and accents ignored).
        { "repeat publisher", [R("a", "Wire"), R("b", "WIRE"), R("c", "Local")], 2 },
        // Transitive: b copies a, c is b's publisher again.
        { "transitive", [R("a", "Wire"), R("b", "Paper", "a"), R("c", "Paper")], 1 },
    };

    [Theory]
    [MemberData(nameof(SourceCases))]
    public void Independent_sources(string why, EventMention[] mentions, int expected)
    {
        var ev = Assert.Single(EventConsolidator.Consolidate(mentions).Events);
        Assert.True(expected == ev.IndependentSources, why);
    }

    [Fact]
    public void Best_count_is_the_figure_most_sources_give_and_ties_go_to_the_more_precise()
    {
        // 50 from two sources beats 45 from one.
        var ev = Assert.Single(EventConsolidator.Consolidate([R("a", "A", count: 45), R("b", "B", count: 50), R("c", "C", count: 50)]).Events);
        Assert.Equal(50, ev.Count.Best!.Value);
        // One source each: the exact figure beats "about".
        var a = M("a", 0, "2019-05-15", EventType.Defection, "al-Shabaab", Count.Approx(50), Day("2019-05-14"), Adale, "A");
        var b = M("b", 0, "2019-05-16", EventType.Defection, "al-Shabaab", Count.Exact(45), Day("2019-05-14"), Adale, "B");
        var tie = Assert.Single(EventConsolidator.Consolidate([a, b]).Events);
        Assert.Equal(Count.Exact(45), tie.Count.Best);
        Assert.Equal((45L, 50L), (tie.Count.Low!.Value, tie.Count.High!.Value));
        // A copy repeating a figure does not outvote an independent one.
        var copies = Assert.Single(EventConsolidator.Consolidate([R("a", "A", count: 45), R("b", "B", "a", count: 45), R("c", "C", count: 50), R("d", "D", count: 50)]).Events);
        Assert.Equal(50, copies.Count.Best!.Value);
    }

    [Fact]
    public void Same_input_in_any_order_gives_the_same_events_and_ids()
    {
        var corpus = IncidentGenerator.Generate(60, 5);
        var a = EventConsolidator.Consolidate(corpus.Mentions);
        var shuffled = corpus.Mentions.OrderBy(m => m.Key.DocumentId.GetHashCode(StringComparison.Ordinal) ^ m.Key.Index).ToList();
        var b = EventConsolidator.Consolidate(shuffled);
        Assert.Equal(a.EventOf.OrderBy(kv => kv.Key), b.EventOf.OrderBy(kv => kv.Key));
        Assert.Equal(a.Events.Select(e => e.Id), b.Events.Select(e => e.Id));
        // Ids are a hash of the founding mention: the same on every machine and run.
        Assert.All(a.Events, e => Assert.Equal(CanonicalIds.Hash("ev", e.Founder), e.Id));
    }

    [Fact]
    public void Adding_documents_keeps_existing_ids_even_when_earlier_reports_arrive()
    {
        var corpus = IncidentGenerator.Generate(120, 9);
        var first = corpus.Mentions.Where((m, i) => i % 3 != 0).ToList();
        var before = EventConsolidator.Consolidate(first);
        // The rest arrives later, including reports published before the founding ones.
        var after = EventConsolidator.Consolidate(corpus.Mentions, before.State);
        var afterIds = after.Events.Select(e => e.Id).Concat(after.Events.SelectMany(e => e.Supersedes)).ToHashSet();
        foreach (var ev in before.Events)
        {
            // The founding mention still carries the id (or the id was merged into a larger event and is recorded there).
            var now = after.EventOf[ev.Founder];
            Assert.True(now == ev.Id || after.Find(now)!.Supersedes.Contains(ev.Id), $"{ev.Id} renumbered to {now}");
            Assert.Contains(ev.Id, afterIds);
        }
        // Without the state, the same full input still gives deterministic ids (possibly founded elsewhere).
        Assert.Equal(EventConsolidator.Consolidate(corpus.Mentions).Events.Select(e => e.Id), EventConsolidator.Consolidate(corpus.Mentions).Events.Select(e => e.Id));
    }

    [Fact]
    public void A_new_document_that_merges_nothing_changes_no_other_event()
    {
        var corpus = IncidentGenerator.Generate(80, 4);
        var before = EventConsolidator.Consolidate(corpus.Mentions);
        var lone = M("zz-new", 0, "2030-01-02", EventType.Reprisal, "Nobody", Count.Exact(3), Day("2030-01-01"), null);
        var after = EventConsolidator.Consolidate([.. corpus.Mentions, lone], before.State);
        Assert.Equal(before.Events.Length + 1, after.Events.Length);
        foreach (var m in corpus.Mentions) Assert.Equal(before.EventOf[m.Key], after.EventOf[m.Key]);
    }

    [Fact]
    public void The_same_mention_twice_is_an_error()
    {
        var m = R("a", "A");
        Assert.Throws<ArgumentException>(() => EventConsolidator.Consolidate([m, m]));
    }

    private static readonly Gen<EventMention> GenMention =
        Gen.Select(Gen.Int[0, 30], Gen.Int[0, 2], Gen.Enum<EventType>(), Gen.Int[0, 3], Gen.Int[0, 2000], Gen.Int[0, 5], Gen.Int[0, 60], Gen.Int[0, 4])
            .Select(t =>
            {
                var (doc, idx, type, group, count, qual, day, place) = t;
                var d0 = new DateOnly(2020, 1, 1).AddDays(day);
                Count? c = qual switch { 0 => null, 1 => Count.Exact(count), 2 => Count.Approx(count), 3 => Count.AtLeast(count), 4 => Count.AtMost(count), _ => Count.Vague(count, count * 2 + 1) };
                DateInterval? date = day % 7 == 0 ? null : day % 5 == 0 ? new DateInterval(d0, d0.AddDays(10), DatePrecision.Period) : DateInterval.Day(d0);
                Place? p = place switch { 0 => null, 1 => City("A", "IQ", 35, 44), 2 => City("B", "IQ", 35.2, 44), 3 => Region("R", "IQ"), _ => City("C", "SY", 36, 38) };
                return new EventMention($"d{doc}", idx, new ExitEvent(type, group == 0 ? null : $"G{group}", c, null, p, date, [], null, new Evidence(0, 1, null)),
                    $"pub{doc % 7}", day % 11 == 0 ? null : d0.AddDays(1), doc % 5 == 0 ? $"d{doc - 1}" : null);
            });

    [Fact]
    public void Random_mentions_each_land_in_exactly_one_event_whose_members_are_pairwise_compatible()
    {
        GenMention.List[0, 80].Sample(list =>
        {
            var mentions = list.GroupBy(m => m.Key).Select(g => g.First()).ToList();
            var result = EventConsolidator.Consolidate(mentions);
            Assert.Equal(mentions.Count, result.Events.Sum(e => e.Reports.Length));
            Assert.Equal(mentions.Count, result.EventOf.Count);
            foreach (var ev in result.Events)
            {
                Assert.InRange(ev.IndependentSources, 1, ev.Reports.Length);
                foreach (var x in ev.Reports)
                    foreach (var y in ev.Reports)
                        Assert.True(EventCompatibility.Compatible(x.Mention, y.Mention), $"{x.Key} and {y.Key} share {ev.Id}");
            }
        }, iter: 300);
    }
}
