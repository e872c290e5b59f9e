using DefectionWatch.Dataset;

namespace DefectionWatch.Reports.Html;

/// <summary>
/// Pseudonymisation of a report: person names in everything it shows (evidence, titles, claimants, attributed
/// sources, populations) are replaced when the report is built. Canonical group and place names come from
/// codebooks and are left as they are. Only the strings shown go through the pseudonymiser, so the cost does
/// not grow with the number of stored facts.
/// </summary>
public static class ReportPseudonyms
{
    public static ReportData Apply(ReportData data, Pseudonymizer names)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(names);
        return data with { Scope = data.Scope with { NamesIncluded = false }, Names = names };
    }
}
