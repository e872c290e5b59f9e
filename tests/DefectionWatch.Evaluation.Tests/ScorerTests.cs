using DefectionWatch.Evaluation;

namespace DefectionWatch.Evaluation.Tests;

/// <summary>The matching rules of the format, one rule per row (written from extraction-format.md).</summary>
public class ScorerTests
{
    public static TheoryData<double?, string> Formats => new()
    {
        // Python rounds exact ties to even: 13/16 = 0.8125
        { 0.8125, "0.812" },
        { 0.8135, "0.814" },
        { 2.0 / 3, "0.667" },
        { 1.0, "1.000" },
        { 0.0, "0.000" },
        { null, "n/a" },
        // 0.0625 = 1/16 is an exact tie at four decimals, not at three
        { 0.0625, "0.062" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void FormatsLikePython(double? value, string expected) => Assert.Equal(expected, ScoreReport.Fmt(value));

    public static TheoryData<double?, double?, double?, double?, double?, double?, bool> Counts => new()
    {
        // value equal
        { 90, 90, 90, 90, 90, 90, true },
        // value differs
        { 90, 90, 90, 100, 100, 100, false },
        // gold value null: low and high must agree
        { null, 24, 99, null, 24, 99, true },
        { null, 24, 99, null, 20, 99, false },
        // at_least with null high on both sides
        { 1000, 1000, null, 1000, 1000, null, true },
        // pred value set where gold is a range: low/high decide
        { null, 20000, 30000, 25000, 20000, 30000, true },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void CountRule(double? gv, double? gl, double? gh, double? pv, double? pl, double? ph, bool right) =>
        Assert.Equal(right, Scorer.CountEqual(new ScoredCount(gv, gl, gh), new ScoredCount(pv, pl, ph)));

    public static TheoryData<string, string, string, string, bool> Dates => new()
    {
        // same day
        { "2017-10-05", "2017-10-05", "2017-10-05", "2017-10-05", true },
        // overlapping and not too wide: gold 1 day, pred up to 2*1+7 = 9 days
        { "2017-10-05", "2017-10-05", "2017-10-01", "2017-10-09", true },
        { "2017-10-05", "2017-10-05", "2017-10-01", "2017-10-10", false },
        // no overlap
        { "2017-10-05", "2017-10-05", "2017-10-06", "2017-10-06", false },
        // a month against a week inside it: 31 <= 2*7+7 = 21 is false
        { "2017-10-02", "2017-10-08", "2017-10-01", "2017-10-31", false },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void DateRule(string gs, string ge, string ps, string pe, bool right)
    {
        static int D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber;
        Assert.Equal(right, Scorer.DateRight(new ScoredDate(D(gs), D(ge)), new ScoredDate(D(ps), D(pe))));
    }

    [Theory]
    // same country and normalised name
    [InlineData("Raqqa", "SY", 35.95, 39.01, "raqqa", "SY", null, null, true)]
    // within 50 km
    [InlineData("Raqqa", "SY", 35.95, 39.01, "al raqqah", "SY", 35.96, 39.02, true)]
    // far apart
    [InlineData("Raqqa", "SY", 35.95, 39.01, "aleppo", "SY", 36.20, 37.16, false)]
    // country differs
    [InlineData("Tripoli", "LY", 32.89, 13.19, "tripoli", "LB", 34.43, 35.84, false)]
    public void LocationRule(string gn, string gc, double glat, double glon, string pn, string pc, double? plat, double? plon, bool right) =>
        Assert.Equal(right, Scorer.LocationRight(new ScoredPlace(gn.ToLowerInvariant(), gc, glat, glon, gn), new ScoredPlace(pn, pc, plat, plon, pn)));
}
