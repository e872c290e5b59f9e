using DefectionWatch.Consolidation.Events;
using DefectionWatch.Core.Records;
using static DefectionWatch.Consolidation.Tests.Support.Facts;

namespace DefectionWatch.Consolidation.Tests;

/// <summary>
/// The dev set's cross-document groups X1..X5 (devset README), written as the facts each document gives
/// (type, group, count, date, place), plus distractors that must stay apart: the same group in the same town
/// a week later, another group on the same day, another town far away, other event types at the same place.
/// </summary>
public sealed class DevSetGroupTests
{
    private static readonly Place Dibis = City("Dibis", "IQ", 35.65, 44.07);
    private static readonly Place Hawija = City("Hawija", "IQ", 35.32, 43.77);
    private static readonly Place Adale = City("Adale", "SO", 2.75, 46.32);
    private static readonly Place Jowhar = City("Jowhar", "SO", 2.78, 45.50);
    private static readonly Place Bama = City("Bama", "NG", 11.52, 13.69);
    private static readonly Place Myawaddy = City("Myawaddy", "MM", 16.69, 98.51);
    private static readonly Place Thingannyinaung = City("Thingannyinaung", "MM", 16.71, 98.43);
    private static readonly Place MaeSot = City("Mae Sot", "TH", 16.72, 98.57);
    private static readonly Place Maymana = City("Maymana", "AF", 35.92, 64.78);
    private static readonly Place Almar = City("Almar", "AF", 35.84, 64.53);
    private static readonly Place Kunduz = City("Kunduz", "AF", 36.73, 68.86);

    private const string IS = "Islamic State";

    public static readonly TheoryData<string, string[]> Groups = new()
    {
        // X1: wire ">1000", local "~1300", live blog "<=1000" (told three times in one document).
        { "X1", ["d016#0", "d017#0", "d018#0", "d018#3", "d018#4"] },
        // X2: "defected" vs "surrendered": the type differs, the men do not.
        { "X2", ["d023#0", "d024#0"] },
        // X3: a region (Borno) and a town in it (Bama); ">1000" vs "1081" over two weeks.
        { "X3", ["d029#0", "d030#0"] },
        // X4: ~200 over a week at Myawaddy, 134 on the 9th and >=150 on the 8th at a village 9 km away.
        { "X4", ["d045#0", "d046#0", "d053#0"] },
        // X5: 40 on Monday in Maymana, 43 over the weekend in Almar (24 km), 43 on the 13th in Maymana.
        { "X5", ["d041#0", "d043#0", "d044#0"] },
    };

    internal static List<EventMention> Mentions() =>
    [
        // X1
        M("d016", 0, "2017-10-09", EventType.Surrender, IS, Count.AtLeast(1000), Period("2017-10-05", "2017-10-08"), Dibis),
        M("d017", 0, "2017-10-10", EventType.Surrender, IS, Count.Approx(1300), Period("2017-10-05", "2017-10-10"), Dibis),
        M("d018", 0, "2017-10-12", EventType.Surrender, IS, Count.AtMost(1000), Period("2017-10-02", "2017-10-08", DatePrecision.Week), Dibis),
        M("d018", 1, "2017-10-12", EventType.Reprisal, IS, Count.Exact(3), Period("2017-09-21", "2017-09-30"), Hawija),
        M("d018", 2, "2017-10-12", EventType.CivilianFlight, IS, Count.Approx(12000), Period("2017-09-21", "2017-10-12"), Hawija),
        M("d018", 3, "2017-10-12", EventType.Surrender, IS, Count.AtMost(1000), null, Dibis),
        M("d018", 4, "2017-10-12", EventType.Surrender, IS, null, Period("2017-10-02", "2017-10-08", DatePrecision.Week), null),
        // X1 distractors: same group and town a week later; another group the same days; flight at the same place and time.
        M("z101", 0, "2017-10-17", EventType.Surrender, IS, Count.Approx(1000), Day("2017-10-16"), Dibis),
        M("z102", 0, "2017-10-08", EventType.Surrender, "Ansar al-Islam", Count.Approx(1000), Day("2017-10-06"), Dibis),
        M("z103", 0, "2017-10-09", EventType.CivilianFlight, IS, Count.Approx(1000), Period("2017-10-05", "2017-10-08"), Dibis),

        // X2
        M("d023", 0, "2019-05-15", EventType.Defection, "al-Shabaab", Count.AtLeast(45), Day("2019-05-14"), Adale),
        M("d024", 0, "2019-05-16", EventType.Surrender, "al-Shabaab", Count.Approx(50), Period("2019-05-13", "2019-05-16", DatePrecision.Week), Adale),
        // X2 distractors: a week later in Adale; the same day in a town 90 km away.
        M("z201", 0, "2019-05-23", EventType.Defection, "al-Shabaab", Count.Approx(45), Day("2019-05-22"), Adale),
        M("z202", 0, "2019-05-15", EventType.Defection, "al-Shabaab", Count.Exact(45), Day("2019-05-14"), Jowhar),

        // X3
        M("d029", 0, "2021-08-04", EventType.Surrender, "Boko Haram", Count.AtLeast(1000), Period("2021-07-21", "2021-08-04"), Region("Borno", "NG")),
        M("d030", 0, "2021-08-05", EventType.Surrender, "Boko Haram", Count.Exact(1081), Period("2021-07-22", "2021-08-04"), Bama),
        M("d030", 1, "2021-08-05", EventType.CivilianFlight, "Boko Haram", Count.Approx(2600), Period("2021-07-22", "2021-08-04"), Bama),
        // X3 distractors: another group in the same weeks; the same group in Bama later in August.
        M("z301", 0, "2021-08-04", EventType.Surrender, "ISWAP", Count.AtLeast(1000), Period("2021-07-21", "2021-08-04"), Region("Borno", "NG")),
        M("z302", 0, "2021-08-23", EventType.Surrender, "Boko Haram", Count.Approx(1000), Period("2021-08-20", "2021-08-22"), Bama),

        // X4
        M("d045", 0, "2024-04-12", EventType.Surrender, "Tatmadaw", Count.Approx(200), Period("2024-04-05", "2024-04-12"), Myawaddy),
        M("d046", 0, "2024-04-13", EventType.Surrender, "Tatmadaw", Count.Exact(134), Day("2024-04-09"), Thingannyinaung),
        M("d046", 1, "2024-04-13", EventType.CivilianFlight, "Tatmadaw", Count.Exact(483), Day("2024-04-09"), Thingannyinaung),
        M("d053", 0, "2024-04-15", EventType.Defection, "Tatmadaw", Count.AtLeast(150), Day("2024-04-08"), Thingannyinaung),
        M("d053", 1, "2024-04-15", EventType.Desertion, "Tatmadaw", Count.Exact(61), Day("2024-04-10"), MaeSot),
        // X4 distractor: the same battalion size in Myawaddy more than a week later.
        M("z401", 0, "2024-04-21", EventType.Surrender, "Tatmadaw", Count.Approx(150), Day("2024-04-20"), Myawaddy),

        // X5
        M("d041", 0, "2019-01-16", EventType.Surrender, "Taliban", Count.Exact(40), Day("2019-01-14"), Maymana),
        M("d043", 0, "2019-01-15", EventType.Defection, "Taliban", Count.Exact(43), Period("2019-01-12", "2019-01-13"), Almar),
        M("d044", 0, "2019-01-18", EventType.Surrender, "Taliban", Count.Exact(43), Day("2019-01-13"), Maymana),
        // X5 distractors: Maymana a week later; the same figure the same day in Kunduz (370 km away).
        M("z501", 0, "2019-01-22", EventType.Surrender, "Taliban", Count.Exact(40), Day("2019-01-21"), Maymana),
        M("z502", 0, "2019-01-14", EventType.Surrender, "Taliban", Count.Exact(43), Day("2019-01-13"), Kunduz),
    ];

    private static MentionKey Key(string s) => new(s[..s.IndexOf('#')], int.Parse(s[(s.IndexOf('#') + 1)..]));

    [Theory]
    [MemberData(nameof(Groups))]
    public void Each_group_is_one_event_and_nothing_else_joins_it(string name, string[] members)
    {
        var result = EventConsolidator.Consolidate(Mentions());
        var ids = members.Select(m => result.EventOf[Key(m)]).Distinct().ToList();
        Assert.True(ids.Count == 1, $"{name} split into {ids.Count} events");
        var ev = result.Find(ids[0])!;
        Assert.Equal(members.Select(Key).Order(), ev.Reports.Select(r => r.Key).Order());
    }

    [Fact]
    public void Every_distractor_and_every_other_type_stays_its_own_event()
    {
        // 5 groups + 11 singletons (3 other-type events in group documents, 1 desertion, 12 distractors... counted below).
        var mentions = Mentions();
        var result = EventConsolidator.Consolidate(mentions);
        var grouped = Groups.Select(g => (string[])g[1]).SelectMany(x => x).Select(Key).ToHashSet();
        foreach (var m in mentions.Where(m => !grouped.Contains(m.Key)))
        {
            var ev = result.Find(result.EventOf[m.Key])!;
            Assert.True(ev.Reports.Length == 1, $"{m.Key} joined {string.Join(", ", ev.Reports.Select(r => r.Key))}");
        }
        Assert.Equal(5 + mentions.Count(m => !grouped.Contains(m.Key)), result.Events.Length);
    }

    [Fact]
    public void X1_summary_spans_the_reports_and_counts_the_live_blog_once()
    {
        var result = EventConsolidator.Consolidate(Mentions());
        var ev = result.Find(result.EventOf[new MentionKey("d016", 0)])!;
        Assert.Equal(3, ev.IndependentSources); // d018's three tellings are one source
        Assert.Equal(1000, ev.Count.Best!.Value); // two sources say 1,000 (more than / nearly), one 1,300
        Assert.Equal(2, ev.Count.BestSources);
        Assert.Equal((1000L, 1300L), (ev.Count.Low!.Value, ev.Count.High!.Value));
        Assert.Equal(EventType.Surrender, ev.Type);
        Assert.Equal("Dibis", ev.Location!.Name);
        // The narrowest interval given: d016's four days.
        Assert.Equal(Period("2017-10-05", "2017-10-08"), ev.Date);
        Assert.Contains(ev.Conflicts, c => c.Field == "count");
        Assert.DoesNotContain(ev.Conflicts, c => c.Field == "place");
    }

    [Fact]
    public void X5_records_the_place_count_and_type_conflicts_and_takes_the_majority_figure()
    {
        var result = EventConsolidator.Consolidate(Mentions());
        var ev = result.Find(result.EventOf[new MentionKey("d041", 0)])!;
        Assert.Equal(43, ev.Count.Best!.Value);
        Assert.Equal((40L, 43L), (ev.Count.Low!.Value, ev.Count.High!.Value));
        Assert.Equal(Day("2019-01-13"), ev.Date); // two sources give the 13th (d043 two days, d041 another day)
        Assert.Equal("Maymana", ev.Location!.Name);
        var place = Assert.Single(ev.Conflicts, c => c.Field == "place");
        Assert.Equal(["Almar (AF)", "Maymana (AF)"], place.Values.Select(v => v.Value).Order());
        Assert.Contains(ev.Conflicts, c => c.Field == "type");
        Assert.Contains(ev.Conflicts, c => c.Field == "date");
    }

    [Fact]
    public void X3_keeps_the_town_over_the_region_without_calling_it_a_conflict()
    {
        var result = EventConsolidator.Consolidate(Mentions());
        var ev = result.Find(result.EventOf[new MentionKey("d029", 0)])!;
        Assert.Equal("Bama", ev.Location!.Name);
        Assert.DoesNotContain(ev.Conflicts, c => c.Field == "place");
        Assert.Equal(2, ev.IndependentSources);
    }
}
