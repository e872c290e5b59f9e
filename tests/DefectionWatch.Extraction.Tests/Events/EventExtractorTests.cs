using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Events;

/// <summary>
/// Event frames through the assembled pipeline: one row per convention of extraction-format.md.
/// Expected values: type, group, count value (or low-high), to, place name, date start..end; "-" = null.
/// </summary>
public class EventExtractorTests
{
    public static TheoryData<string, string, string, string, string, string, string, string> Events => new()
    {
        // "surrendered to X": a surrender, with the party they gave themselves up to
        { "About 40 al-Shabaab fighters surrendered to the Somali National Army in Baidoa on Sunday, officials said.", "2020-03-10",
          "surrender", "al-Shabaab", "40", "Somali National Army", "Baidoa", "2020-03-08..2020-03-08" },
        // "defected": a defection, even about the same kind of incident
        { "At least 25 Taliban fighters defected to the Afghan government in Kunduz last week, a spokesman said.", "2019-06-12",
          "defection", "Taliban", "25", "Government of Afghanistan", "Kunduz", "2019-06-03..2019-06-09" },
        // laying down arms to an opposing force is a surrender
        { "Thirty-two Boko Haram fighters laid down their weapons before Nigerian troops in Bama on Tuesday.", "2021-05-06",
          "surrender", "Boko Haram", "32", "-", "Bama", "2021-05-04..2021-05-04" },
        // deserting soldiers: desertion, group from the demonym
        { "Dozens of Russian soldiers deserted their posts near Kherson over the weekend, Ukrainian intelligence said.", "2022-11-14",
          "desertion", "Russian Armed Forces", "24-99", "-", "Kherson", "2022-11-12..2022-11-13" },
        // civilians escaping group-held territory: civilian flight
        { "More than 3,000 civilians fled Islamic State-held districts of Mosul on Friday, the UN said.", "2016-11-07",
          "civilian_flight", "Islamic State", "3000", "-", "Mosul", "2016-11-04..2016-11-04" },
        // someone posing as a defector ("since August": August to publication)
        { "Police in Gaziantep arrested an Islamic State operative who had been posing as a defector since August.", "2016-01-19",
          "sham_defection", "Islamic State", "1", "-", "Gaziantep", "2015-08-01..2016-01-19" },
        // the group killing its own members for trying to leave
        { "Islamic State executed nine of its own fighters in Raqqa on Thursday for trying to flee, activists said.", "2015-12-28",
          "reprisal", "Islamic State", "9", "-", "Raqqa", "2015-12-24..2015-12-24" },
        // a single named individual counts as one
        { "Mukhtar Robow, a former al-Shabaab spokesman, defected to the government in Hudur on Sunday.", "2017-08-14",
          "defection", "al-Shabaab", "1", "Federal Government of Somalia", "Hudur", "2017-08-13..2017-08-13" },
        // a leader and his men: the leader is one of them
        { "A Syrian army colonel defected with 14 of his men on Sunday near Idlib, activists said.", "2012-08-07",
          "defection", "Syrian Arab Army", "15", "-", "Idlib", "2012-08-05..2012-08-05" },
        // a subset ("including two commanders") is not the count
        { "Sixty Taliban fighters, including two commanders, surrendered in Herat on Monday.", "2013-05-07",
          "surrender", "Taliban", "60", "-", "Herat", "2013-05-06..2013-05-06" },
        // the dateline is where the reporter is, not where it happened
        { "KABUL, Jan 16 (Wire) - Forty Taliban fighters laid down their arms in Maymana on Monday, officials said.", "2019-01-16",
          "surrender", "Taliban", "40", "-", "Maymana", "2019-01-14..2019-01-14" },
        // a place given as a reference point ("north of X") ranks below the place of the event
        { "About 50 fighters of al-Shabaab surrendered in Afgooye, 30 km north-west of Mogadishu, on Monday.", "2019-05-15",
          "surrender", "al-Shabaab", "50", "-", "Afgooye", "2019-05-13..2019-05-13" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void ExtractsTheFrame(string text, string published, string type, string group, string count, string to, string place, string date)
    {
        var record = SharedExtractor.Extract(text, published);
        var e = Assert.Single(record.Events);
        Assert.Equal(type, Json(e.Type));
        Assert.Equal(group, e.Group ?? "-");
        Assert.Equal(count, e.Count is null ? "-" : e.Count.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{e.Count.Low}-{e.Count.High}");
        Assert.Equal(to, e.To ?? "-");
        Assert.Equal(place, e.Location?.Name ?? "-");
        Assert.Equal(date, e.Date is null ? "-" : $"{e.Date.Start:yyyy-MM-dd}..{e.Date.End:yyyy-MM-dd}");
        Assert.Equal(text[e.Evidence.Start..e.Evidence.End], e.Evidence.Text);
    }

    public static TheoryData<string> NoEvent => new()
    {
        // party politics
        "The MP defected to the Liberal Democrats on Tuesday, saying the party had lost its way.",
        // sport
        "The striker defected to their city rivals in a record transfer on Monday.",
        // a manufacturing defect
        "The carmaker recalled 20,000 vehicles over a brake defect, the regulator said.",
        // negation and denial
        "The army denied that any of its soldiers had defected to the rebels in Idlib.",
        // a call to surrender that nobody answered
        "The governor called on al-Shabaab fighters in the Bulo Burde area to lay down their arms before the offensive.",
        // a hypothetical
        "If the Taliban fighters were to surrender, the government would offer them land.",
        // refusing to surrender
        "The Islamic State militants in the old city refused to surrender and fought to the last.",
        // an op-ed imagining it
        "Imagine that the young men of al-Shabaab simply walked out of the bush and laid down their arms.",
        // a tally over years is an estimate, not an event
        "More than 6,000 Taliban fighters have surrendered across the country since 2010, officials say.",
        // soldiers captured in battle did not surrender
        "Ukraine said it had captured two North Korean soldiers in the Kursk region on Saturday.",
    };

    [Theory]
    [MemberData(nameof(NoEvent))]
    public void ExtractsNoEvent(string text) => Assert.Empty(SharedExtractor.Extract(text, "2020-01-15").Events);

    [Fact]
    public void OneIncidentToldTwiceIsOneEventWithBothMentions()
    {
        const string text = "More than 1,000 Islamic State fighters surrendered to Peshmerga forces near Dibis, officials said on Sunday.\n\n" +
                            "Officials later put the total at 1,037 Islamic State fighters who surrendered near Dibis.";
        var e = Assert.Single(SharedExtractor.Extract(text, "2017-10-09").Events);
        Assert.Equal(1037, e.Count!.Value); // the exact figure of the body beats the lede's rounded one
        Assert.Equal(2, e.AllEvidence.Count());
    }

    [Fact]
    public void FamiliesWhoComeOutWithFightersAreACivilianFlightOfTheirOwn()
    {
        const string text = "A total of 316 ISWAP fighters and 847 of their wives and children surrendered to troops in Monguno on Friday.";
        var events = SharedExtractor.Extract(text, "2023-06-12").Events;
        Assert.Contains(events, e => e.Type == EventType.Surrender && e.Count?.Value == 316);
        Assert.Contains(events, e => e.Type == EventType.CivilianFlight && e.Count?.Value == 847);
    }

    [Fact]
    public void AReprisalToldAcrossTwoSentencesIsOneEventSpanningBoth()
    {
        // the punishment is in the second sentence: the frame must not read past the first one's end
        const string text = "In Raqqa, some Islamic State fighters tried to go home to their families in March. They were caught at a checkpoint and shot.";
        var e = Assert.Single(SharedExtractor.Extract(text, "2015-06-01").Events);
        Assert.Equal(EventType.Reprisal, e.Type);
        Assert.Null(e.Count);
        Assert.Equal(text.Length, e.Evidence.End);
    }

    private static string Json(EventType t) => System.Text.Json.JsonSerializer.Serialize(t).Trim('"');
}
