using System.Globalization;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Consolidation;

/// <summary>Short invariant-culture renderings of values, for conflicts and the CLI.</summary>
public static class Describe
{
    public static string Count(Count? c)
    {
        if (c is null) return "?";
        static string N(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return c.Qualifier switch
        {
            CountQualifier.Exact => N(c.Value),
            CountQualifier.Approx => "~" + N(c.Value),
            CountQualifier.AtLeast => ">=" + N(c.Value ?? c.Low),
            CountQualifier.AtMost => "<=" + N(c.Value ?? c.High),
            CountQualifier.Vague => N(c.Low) + "-" + N(c.High) + " (vague)",
            _ => N(c.Low) + "-" + N(c.High),
        };
    }

    public static string Date(DateInterval? d) => d is null ? "?"
        : d.Start == d.End ? Iso(d.Start) : Iso(d.Start) + ".." + Iso(d.End);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Place(Place? p) => p is null ? "?" : p.Country is null ? p.Name : p.Name + " (" + p.Country + ")";

    public static string Type(EventType t) => t switch
    {
        EventType.Defection => "defection",
        EventType.Desertion => "desertion",
        EventType.Surrender => "surrender",
        EventType.CivilianFlight => "civilian_flight",
        EventType.ShamDefection => "sham_defection",
        EventType.Reprisal => "reprisal",
        _ => t.ToString(),
    };

    public static string Measure(Measure m) => m switch
    {
        Core.Records.Measure.Killed => "killed",
        Core.Records.Measure.Strength => "strength",
        Core.Records.Measure.ForeignFighters => "foreign_fighters",
        Core.Records.Measure.OriginCountries => "origin_countries",
        Core.Records.Measure.Defectors => "defectors",
        Core.Records.Measure.Displaced => "displaced",
        Core.Records.Measure.MembersExecuted => "members_executed",
        _ => "other",
    };
}
