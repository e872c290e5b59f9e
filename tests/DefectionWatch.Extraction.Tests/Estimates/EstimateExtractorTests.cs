using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Estimates;

/// <summary>Estimates through the assembled pipeline: which measure a counted group of people is.</summary>
public class EstimateExtractorTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // fighters killed
        { "Iraqi troops killed 52 Islamic State militants near Tikrit on Monday.", "killed", "52" },
        // civilians killed are "other"
        { "At least 11 civilians died when an Islamic State shell hit a market in Kirkuk, residents said.", "other", "11" },
        // wounded are "other"
        { "Nineteen Russian soldiers were killed and 40 wounded in the attack, the ministry said.", "other", "40" },
        // strength, with a range
        { "Analysts estimate al-Shabaab has between 5,000 and 9,000 fighters.", "strength", "5000-9000" },
        // strength without a noun
        { "Al-Shabaab's strength, which the United Nations puts at between 7,000 and 9,000, has barely changed.", "strength", "7000-9000" },
        // foreign fighters
        { "More than 20,000 foreign fighters have joined the Islamic State in Syria and Iraq since 2011.", "foreign_fighters", "20000" },
        // origin countries
        { "The Islamic State recruited fighters from at least 86 countries, the report said.", "origin_countries", "86" },
        // a tally of leavers over a long period
        { "Officials say more than 6,000 Taliban insurgents have joined the reintegration programme since 2010.", "defectors", "6000" },
        // people driven from their homes
        { "The Boko Haram insurgency has driven over two million people from their homes since 2009.", "displaced", "2000000" },
        // the group executing its own members
        { "The Islamic State has executed more than 400 of its own members since June 2014, the monitor said.", "members_executed", "400" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ClassifiesTheMeasure(string text, string measure, string count)
    {
        var estimates = SharedExtractor.Extract(text, "2016-06-01").Estimates;
        Assert.Contains(estimates, e => Json(e.Measure) == measure && Show(e.Count) == count);
    }

    [Fact]
    public void TheCountOfOneIncidentIsAnEventNotAnEstimate()
    {
        var record = SharedExtractor.Extract("About 40 al-Shabaab fighters surrendered to the Somali army in Baidoa on Sunday.", "2020-03-10");
        Assert.Single(record.Events);
        Assert.Empty(record.Estimates);
    }

    [Fact]
    public void ACountedCivilianFlightIsBothAnEventAndADisplacedEstimate()
    {
        var record = SharedExtractor.Extract("More than 3,000 civilians fled Islamic State-held districts of Mosul on Friday, the UN said.", "2016-11-07");
        Assert.Contains(record.Events, e => e.Type == EventType.CivilianFlight);
        Assert.Contains(record.Estimates, e => e.Measure == Measure.Displaced && e.Count.Value == 3000);
    }

    private static string Show(Count c) => c.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{c.Low}-{c.High}";
    private static string Json<T>(T t) => System.Text.Json.JsonSerializer.Serialize(t).Trim('"');
}
