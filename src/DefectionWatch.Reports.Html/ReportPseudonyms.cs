using System.Collections.Immutable;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;

namespace DefectionWatch.Reports.Html;

/// <summary>
/// Replaces person names in everything a report shows: people, quote speakers, and every free text that may
/// name them (evidence, sources, titles, populations). Canonical group and place names come from codebooks
/// and are left as they are.
/// </summary>
public static class ReportPseudonyms
{
    public static ReportData Apply(ReportData data, Pseudonymizer names)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(names);
        if (!names.IsActive) return data with { Scope = data.Scope with { NamesIncluded = false } };
        Evidence Ev(Evidence e) => e.Text is null ? e : e with { Text = names.Apply(e.Text) };
        return data with
        {
            Scope = data.Scope with { NamesIncluded = false },
            Events = [.. data.Events.Select(e => e with
            {
                Event = e.Event with
                {
                    Source = names.Apply(e.Event.Source),
                    To = names.Apply(e.Event.To),
                    Evidence = Ev(e.Event.Evidence),
                    Mentions = e.Event.Mentions.IsDefault ? default : [.. e.Event.Mentions.Select(Ev)],
                },
            })],
            Estimates = [.. data.Estimates.Select(e => e with
            {
                Fact = e.Fact with { Source = names.Apply(e.Fact.Source), Population = names.Apply(e.Fact.Population), Evidence = Ev(e.Fact.Evidence) },
            })],
            Motives = [.. data.Motives.Select(m => m with { Fact = m.Fact with { Evidence = Ev(m.Fact.Evidence) } })],
            People = [.. data.People.Select(p => p with { Fact = p.Fact with { Name = names.Apply(p.Fact.Name) ?? "" } })],
            Quotes = [.. data.Quotes.Select(q => q with
            {
                Fact = q.Fact with { Speaker = names.Apply(q.Fact.Speaker), Role = names.Apply(q.Fact.Role), Evidence = Ev(q.Fact.Evidence) },
            })],
            Sources = data.Sources.ToImmutableDictionary(kv => kv.Key, kv => kv.Value with { Title = names.Apply(kv.Value.Title) }),
        };
    }
}
