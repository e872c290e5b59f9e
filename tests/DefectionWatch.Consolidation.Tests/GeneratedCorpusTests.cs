using DefectionWatch.Consolidation.Events;
using DefectionWatch.Consolidation.Tests.Support;
using Xunit.Abstractions;

namespace DefectionWatch.Consolidation.Tests;

/// <summary>Acceptance: on generated reports of 200 incidents (with distractors), pairwise precision and recall >= 0.95.</summary>
public sealed class GeneratedCorpusTests(ITestOutputHelper output)
{
    [Theory]
    // Three seeds so that one lucky draw cannot pass the gate.
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pairwise_precision_and_recall_are_at_least_095(int seed)
    {
        var corpus = IncidentGenerator.Generate(200, seed);
        Assert.True(corpus.Mentions.Length >= 1000, $"only {corpus.Mentions.Length} reports");
        var result = EventConsolidator.Consolidate(corpus.Mentions);
        var (p, r, predicted, gold) = PairwiseScore.Score(corpus.Mentions.Select(m => m.Key), k => result.EventOf[k], k => corpus.IncidentOf[k]);
        output.WriteLine($"seed {seed}: {corpus.Mentions.Length} reports of {corpus.Incidents} incidents -> {result.Events.Length} events; pairwise P {p:0.000} R {r:0.000} ({predicted} predicted pairs, {gold} gold pairs)");
        Assert.True(p >= 0.95, $"pairwise precision {p:0.000}");
        Assert.True(r >= 0.95, $"pairwise recall {r:0.000}");
    }

    [Fact]
    public void Syndicated_copies_and_repeat_publishers_do_not_add_sources()
    {
        var corpus = IncidentGenerator.Generate(200, 7);
        var result = EventConsolidator.Consolidate(corpus.Mentions);
        foreach (var ev in result.Events)
        {
            var publishersAndSyndicates = ev.Reports.Select(r => r.Mention.SyndicationGroup ?? r.Key.DocumentId).Distinct().Count();
            Assert.True(ev.IndependentSources <= publishersAndSyndicates);
            Assert.True(ev.IndependentSources <= ev.Reports.Select(r => r.Mention.Publisher).Distinct().Count());
        }
        // Copies exist in the corpus and they are merged with their original.
        var copies = corpus.Mentions.Where(m => m.SyndicationGroup is not null).ToList();
        Assert.NotEmpty(copies);
        Assert.All(copies, c => Assert.Equal(result.EventOf[new MentionKey(c.SyndicationGroup!, 0)], result.EventOf[c.Key]));
    }

    [Fact]
    public void The_generator_is_deterministic_for_a_seed()
    {
        static List<string> Facts(int seed) => [.. IncidentGenerator.Generate(50, seed).Mentions.Select(m =>
            $"{m.Key} {m.Event.Type} {m.Event.Group} {Describe.Count(m.Event.Count)} {Describe.Date(m.Event.Date)} {Describe.Place(m.Event.Location)} {m.Publisher} {m.Published} {m.SyndicationGroup}")];
        Assert.Equal(Facts(11), Facts(11));
        Assert.NotEqual(Facts(11), Facts(12));
    }
}
