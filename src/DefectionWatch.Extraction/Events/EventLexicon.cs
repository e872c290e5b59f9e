using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Events;

/// <summary>How a trigger decides the event type.</summary>
public enum TriggerStrength { Strong, Weak, Ambiguous, Flight }

public sealed record EventTrigger(string Id, EventType Type, TriggerStrength Strength, Regex Pattern);

public sealed record TriggerFilter(string Id, string Scope, Regex Pattern);

/// <summary>What a people noun counts: members of a force, civilians, or either.</summary>
public enum PeopleClass { Fighter, Civilian, Person, Country }

/// <summary>The event frame lexicons (Resources/en/event-triggers.tsv, event-filters.tsv, reprisal-cues.tsv, people-nouns.tsv).</summary>
public sealed class EventLexicon
{
    public ImmutableArray<EventTrigger> Triggers { get; }
    public ImmutableArray<TriggerFilter> Filters { get; }
    public ImmutableArray<Regex> PunishCues { get; }
    public ImmutableArray<Regex> LeavingCues { get; }
    public FrozenDictionary<string, PeopleClass> PeopleNouns { get; }

    /// <summary>All triggers and leaving cues in one pattern: a sentence without a match needs no further look.</summary>
    public RegexPrefilter AnyCue { get; }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public EventLexicon(ResourceStore resources)
    {
        Triggers = [.. resources.ReadTsv("en/event-triggers.tsv").Select(r => new EventTrigger(r.Fields[0], ParseType(r.Fields[1], r.Line),
            r.Fields[2] switch
            {
                "strong" => TriggerStrength.Strong, "weak" => TriggerStrength.Weak, "ambiguous" => TriggerStrength.Ambiguous,
                "flight" => TriggerStrength.Flight,
                _ => throw new FormatException($"DW2003: event-triggers.tsv line {r.Line}: unknown strength '{r.Fields[2]}'"),
            }, new Regex(r.Fields[3], Options)))];
        Filters = [.. resources.ReadTsv("en/event-filters.tsv").Select(r => new TriggerFilter(r.Fields[0],
            r.Fields[1] is "before" or "sentence" or "self" ? r.Fields[1]
                : throw new FormatException($"DW2003: event-filters.tsv line {r.Line}: unknown scope '{r.Fields[1]}'"),
            new Regex(r.Fields[2], Options | (r.Fields[1] == "before" ? RegexOptions.RightToLeft : RegexOptions.None))))];
        var cues = resources.ReadTsv("en/reprisal-cues.tsv").ToList();
        PunishCues = [.. cues.Where(r => r.Fields[1] == "punish").Select(r => new Regex(r.Fields[2], Options))];
        LeavingCues = [.. cues.Where(r => r.Fields[1] == "leaving").Select(r => new Regex(r.Fields[2], Options))];
        AnyCue = new RegexPrefilter(Triggers.Select(t => t.Pattern).Concat(LeavingCues));
        PeopleNouns = resources.ReadTsv("en/people-nouns.tsv").ToFrozenDictionary(
            r => r.Fields[0].Trim(), r => r.Fields[1].Trim() switch
            {
                "fighter" => PeopleClass.Fighter, "civilian" => PeopleClass.Civilian, "country" => PeopleClass.Country, _ => PeopleClass.Person,
            }, StringComparer.OrdinalIgnoreCase);
    }

    private static EventType ParseType(string s, int line) => s switch
    {
        "defection" => EventType.Defection, "desertion" => EventType.Desertion, "surrender" => EventType.Surrender,
        "civilian_flight" => EventType.CivilianFlight, "sham_defection" => EventType.ShamDefection, "reprisal" => EventType.Reprisal,
        _ => throw new FormatException($"DW2003: line {line}: unknown event type '{s}'"),
    };
}
