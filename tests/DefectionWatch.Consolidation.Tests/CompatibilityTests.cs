using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;
using static DefectionWatch.Consolidation.Tests.Support.Facts;

namespace DefectionWatch.Consolidation.Tests;

/// <summary>The pairwise rules, one field at a time.</summary>
public sealed class CompatibilityTests
{
    [Theory]
    [InlineData(EventType.Defection, EventType.Surrender, true)]   // one outlet's "defected" is another's "surrendered"
    [InlineData(EventType.Desertion, EventType.Defection, true)]   // fled the ranks / left: the same men
    [InlineData(EventType.Surrender, EventType.Desertion, true)]
    [InlineData(EventType.Reprisal, EventType.Defection, false)]   // punishing leavers is not leaving
    [InlineData(EventType.CivilianFlight, EventType.Surrender, false)] // families coming out are a separate event
    [InlineData(EventType.ShamDefection, EventType.Defection, false)]  // an infiltrator is not a defector
    [InlineData(EventType.Reprisal, EventType.Reprisal, true)]
    public void Types(EventType a, EventType b, bool compatible) => Assert.Equal(compatible, EventCompatibility.TypesCompatible(a, b));

    public static readonly TheoryData<Count?, Count?, bool> CountCases = new()
    {
        { Count.Exact(90), Count.Exact(100), true },        // 90 vs 100 fighters: within 30%
        { Count.AtLeast(1000), Count.Exact(1081), true },   // "more than 1,000" holds 1,081
        { Count.AtMost(1000), Count.Approx(1300), true },   // "nearly 1,000" vs "some 1,300": the dev set's X1
        { Count.Approx(200), Count.Exact(134), true },      // "about 200" over a week vs 134 on one day: X4
        { Count.Exact(61), Count.Exact(134), false },       // less than half: another unit
        { Count.Exact(40), Count.Exact(400), false },
        { Count.Vague(24, 99), Count.Exact(45), true },      // "dozens" holds 45
        { Count.Vague(200, 999), Count.Exact(45), false },   // "hundreds" does not
        { Count.Exact(1), Count.Exact(2), true },            // small numbers get one person of slack
        { Count.Exact(1), Count.Exact(12), false },          // a captain vs a captain and 11 soldiers
        { null, Count.Exact(5000), true },                   // unknown never rules out
    };

    [Theory]
    [MemberData(nameof(CountCases))]
    public void Counts(Count? a, Count? b, bool compatible)
    {
        Assert.Equal(compatible, EventCompatibility.CountsCompatible(a, b));
        Assert.Equal(compatible, EventCompatibility.CountsCompatible(b, a)); // symmetric
    }

    public static readonly TheoryData<Place?, Place?, bool> PlaceCases = new()
    {
        { City("Dibis", "IQ", 35.65, 44.07), City("Dibis", "IQ", 35.65, 44.07), true },
        { City("Myawaddy", "MM", 16.69, 98.51), City("Thingannyinaung", "MM", 16.71, 98.43), true }, // 9 km
        { City("Maymana", "AF", 35.92, 64.78), City("Almar", "AF", 35.84, 64.53), true },            // 24 km
        { City("Adale", "SO", 2.75, 46.32), City("Jowhar", "SO", 2.78, 45.50), false },              // 90 km
        { City("Kirkuk", "IQ", 35.47, 44.39), City("Mosul", "IQ", 36.34, 43.13), false },
        { Region("Borno", "NG"), City("Bama", "NG", 11.52, 13.69), true },   // region holding the town
        { Region("Borno", "NG"), City("Maymana", "AF", 35.92, 64.78), false }, // other country
        { new Place("Iraq", "IQ", null, null, PlacePrecision.Country), City("Dibis", "IQ", 35.65, 44.07), true },
        { City("Mae Sot", "TH", 16.72, 98.57), City("Myawaddy", "MM", 16.69, 98.51), true },      // across a border, 7 km
        { City("Mae Sot", "TH", 16.72, 98.57), City("Bangkok", "TH", 13.75, 100.5), false },
        { null, City("Dibis", "IQ", 35.65, 44.07), true },
        { new Place("Smalltown", "IQ", null, null, PlacePrecision.City), new Place("smalltown", "IQ", null, null, PlacePrecision.City), true }, // same name, no point
    };

    [Theory]
    [MemberData(nameof(PlaceCases))]
    public void Places(Place? a, Place? b, bool compatible)
    {
        Assert.Equal(compatible, EventCompatibility.PlacesCompatible(a, b));
        Assert.Equal(compatible, EventCompatibility.PlacesCompatible(b, a));
    }

    [Fact]
    public void A_place_hierarchy_can_rule_out_a_region()
    {
        var o = ConsolidationOptions.Default with { Places = new NoRegionContains() };
        Assert.False(EventCompatibility.PlacesCompatible(Region("Yobe", "NG"), City("Bama", "NG", 11.52, 13.69), o));
    }

    private sealed class NoRegionContains : IPlaceHierarchy
    {
        public bool? Contains(Place region, Place place) => false;
    }

    public static readonly TheoryData<DateInterval?, DateInterval?, bool> DateCases = new()
    {
        { Day("2019-01-13"), Day("2019-01-14"), true },                         // announced the next day
        { Day("2019-01-13"), Day("2019-01-16"), true },                         // three days of lag
        { Day("2019-01-13"), Day("2019-01-20"), false },                        // a week later: another incident
        { Period("2024-04-05", "2024-04-12"), Day("2024-04-09"), true },        // inside "the past week"
        { Period("2017-10-02", "2017-10-08"), Period("2017-10-05", "2017-10-10"), true },
        { Period("2021-07-21", "2021-08-04"), Day("2021-08-22"), false },
        { null, Day("2021-08-22"), true },
    };

    [Theory]
    [MemberData(nameof(DateCases))]
    public void Dates(DateInterval? a, DateInterval? b, bool compatible) => Assert.Equal(compatible, EventCompatibility.DatesCompatible(a, b));

    [Fact]
    public void Different_groups_never_match_even_when_everything_else_does()
    {
        var a = M("a", 0, "2020-01-02", EventType.Defection, "Taliban", Count.Exact(40), Day("2020-01-01"), City("Maymana", "AF", 35.92, 64.78));
        var b = a with { Key = new MentionKey("b", 0), Event = a.Event with { Group = "Islamic State" } };
        Assert.False(EventCompatibility.Compatible(a, b));
        Assert.True(EventCompatibility.Compatible(a, a with { Key = new MentionKey("c", 0), Event = a.Event with { Group = "taliban" } })); // case ignored
    }
}
