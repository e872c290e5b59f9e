using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Dates;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Dates;

public class DateRecogniserTests
{
    private static readonly DateRecogniser Recogniser = new(TestResources.Store);

    // Reference publication dates and their weekdays
    private const string Wed = "2019-01-16";   // Wednesday
    private const string Sat = "2024-04-13";   // Saturday
    private const string Fri = "2016-11-04";   // Friday
    private const string Dct = "1998-02-06";   // Friday (TimeBank-style news)

    /// <summary>text, published, span text expected, interval start, end, precision (null = recognised without interval).</summary>
    public static TheoryData<string, string?, string, string?, string?, string?> Resolved => new()
    {
        // ---- extraction-format.md DATE / devset README "Dates" rules
        // "last week" = Monday-Sunday of the week before the publication week
        { "They defected last week.", Wed, "last week", "2019-01-07", "2019-01-13", "week" },
        // "on Sunday" = latest Sunday on or before publication; the preposition is not in the span
        { "They surrendered on Sunday.", Wed, "Sunday", "2019-01-13", "2019-01-13", "day" },
        // weekday equal to the publication weekday is the publication day
        { "Police said on Wednesday that 12 fled.", Wed, "Wednesday", "2019-01-16", "2019-01-16", "day" },
        // "last Wednesday" is strictly before the publication day
        { "They left last Wednesday.", Wed, "last Wednesday", "2019-01-09", "2019-01-09", "day" },
        // "last Friday" = latest Friday before publication
        { "Thirty men gave up last Friday.", Wed, "last Friday", "2019-01-11", "2019-01-11", "day" },
        // a bare weekday name, no preposition
        { "Thursday saw more arrivals.", Wed, "Thursday", "2019-01-10", "2019-01-10", "day" },
        // "earlier this month" = 1st of the month to publication, precision month
        { "Ten fighters quit earlier this month.", Wed, "earlier this month", "2019-01-01", "2019-01-16", "month" },
        // "earlier this week" = Monday of the publication week to publication
        { "They arrived earlier this week.", Wed, "earlier this week", "2019-01-14", "2019-01-16", "week" },
        // "this week" likewise
        { "More came this week.", Wed, "this week", "2019-01-14", "2019-01-16", "week" },
        // "last month" = previous calendar month (across a year boundary)
        { "The unit deserted last month.", Wed, "last month", "2018-12-01", "2018-12-31", "month" },
        // "this year" = 1 January to publication, precision year
        { "Hundreds have fled this year.", Wed, "this year", "2019-01-01", "2019-01-16", "year" },
        // "since 2014" = 2014-01-01 to publication, period
        { "They have fought since 2014 in the hills.", Wed, "since 2014", "2014-01-01", "2019-01-16", "period" },
        // "mid-2016" = May-August
        { "Defections peaked in mid-2016.", Wed, "mid-2016", "2016-05-01", "2016-08-31", "period" },
        // early / mid / late month = days 1-10, 11-20, 21-end
        { "They left in early March.", Sat, "early March", "2024-03-01", "2024-03-10", "period" },
        { "They left in mid-March.", Sat, "mid-March", "2024-03-11", "2024-03-20", "period" },
        { "They left in late March.", Sat, "late March", "2024-03-21", "2024-03-31", "period" },
        // late February of a leap year ends on the 29th
        { "They left in late February.", Sat, "late February", "2024-02-21", "2024-02-29", "period" },
        // "early September" with a part word, month not yet reached this year -> last year
        { "It began in early September.", Sat, "early September", "2023-09-01", "2023-09-10", "period" },
        // "end of April" follows the late rule
        { "They hope to finish by end of April.", Sat, "end of April", "2024-04-21", "2024-04-30", "period" },
        // "in the summer" = June-August of the most recent summer (publication in April -> last year)
        { "Many fled in the summer.", Sat, "the summer", "2023-06-01", "2023-08-31", "period" },
        // "in the past two weeks" = 14 days up to publication
        { "In the past two weeks 40 men came.", Sat, "In the past two weeks", "2024-03-30", "2024-04-13", "period" },
        // "over the past week" = 7 days up to publication
        { "Over the past week, dozens left.", Sat, "Over the past week", "2024-04-06", "2024-04-13", "period" },
        // "in the past N days"
        { "They arrived in the past 10 days.", Sat, "in the past 10 days", "2024-04-03", "2024-04-13", "period" },
        // number word count
        { "They arrived over the last three days.", Sat, "over the last three days", "2024-04-10", "2024-04-13", "period" },
        // "over the weekend" = the Saturday-Sunday on or before publication
        { "Forty defected over the weekend.", Wed, "over the weekend", "2019-01-12", "2019-01-13", "period" },
        // ... published on a Saturday: only the Saturday has happened
        { "Forty defected over the weekend.", Sat, "over the weekend", "2024-04-13", "2024-04-13", "period" },
        // a month without a year = most recent one on or before publication
        { "It started in October.", Sat, "October", "2023-10-01", "2023-10-31", "month" },
        { "It started in April.", Sat, "April", "2024-04-01", "2024-04-30", "month" },
        // "at the end of last month" = late part of the previous month; "at" is not in the span
        { "They gave up at the end of last month.", Fri, "the end of last month", "2016-10-21", "2016-10-31", "period" },
        // "the last days of September"
        { "In the last days of September they fled.", "2017-10-12", "the last days of September", "2017-09-21", "2017-09-30", "period" },
        // "on the 9th" = that day of the publication month
        { "The group split on the 9th, officials said.", Sat, "the 9th", "2024-04-09", "2024-04-09", "day" },
        // "on the 20th" after the publication day -> previous month
        { "The group split on the 20th.", Sat, "the 20th", "2024-03-20", "2024-03-20", "day" },
        // dateline with abbreviated month and no year
        { "KABUL, Jan 16 (Example Wire) - Forty fighters laid down arms.", Wed, "Jan 16", "2019-01-16", "2019-01-16", "day" },
        // weekday + day-first date + year
        { "Published Monday 4 March 2019 in Bogota.", "2019-03-05", "Monday 4 March 2019", "2019-03-04", "2019-03-04", "day" },
        // weekday, comma, day-first date
        { "Tuesday, 15 January 2019 - Maymana", "2019-01-15", "Tuesday, 15 January 2019", "2019-01-15", "2019-01-15", "day" },
        // ISO date in a press release
        { "On 2019-01-13, 43 men handed over weapons.", "2019-01-18", "2019-01-13", "2019-01-13", "2019-01-13", "day" },
        // abbreviated month with period, day, comma, year
        { "It began on Dec. 1, 2015 in Raqqa.", Wed, "Dec. 1, 2015", "2015-12-01", "2015-12-01", "day" },
        // day-first full date
        { "It began on 1 December 2015.", Wed, "1 December 2015", "2015-12-01", "2015-12-01", "day" },
        // month and year
        { "The city fell in June 2014.", Wed, "June 2014", "2014-06-01", "2014-06-30", "month" },
        // "May of 2021"
        { "They joined in May of 2021.", "2021-08-04", "May of 2021", "2021-05-01", "2021-05-31", "month" },
        // late + year = September-December
        { "The offensive ended in late 2015.", Wed, "late 2015", "2015-09-01", "2015-12-31", "period" },
        // "the end of 2016" follows the late rule
        { "By the end of 2016, the front had moved.", Wed, "the end of 2016", "2016-09-01", "2016-12-31", "period" },
        // early 2000s = 2000-2003
        { "In the early 2000s the group grew.", "2017-08-16", "the early 2000s", "2000-01-01", "2003-12-31", "period" },
        // a decade
        { "It was founded in the 1990s.", Wed, "the 1990s", "1990-01-01", "1999-12-31", "period" },
        // "since the 1990s" = from 1990-01-01 to publication
        { "It has existed since the 1990s.", "2017-11-14", "since the 1990s", "1990-01-01", "2017-11-14", "period" },
        // "between 22 July and Wednesday" = one interval
        { "Between 22 July and Wednesday 300 crossed.", "2021-08-05", "Between 22 July and Wednesday", "2021-07-22", "2021-08-04", "period" },
        // "from X to Y" with years
        { "Fighting lasted from 2011 to 2013.", Wed, "from 2011 to 2013", "2011-01-01", "2013-12-31", "period" },
        // "between 2011 and 2013"
        { "Between 2011 and 2013, thousands fled.", Wed, "Between 2011 and 2013", "2011-01-01", "2013-12-31", "period" },
        // "overnight on Sunday" = that Sunday, the whole phrase is the span
        { "They slipped away overnight on Sunday.", Wed, "overnight on Sunday", "2019-01-13", "2019-01-13", "day" },
        // "two days ago"
        { "He left two days ago.", Wed, "two days ago", "2019-01-14", "2019-01-14", "day" },
        // "a week ago" = the Monday-Sunday week holding the day 7 days back
        { "He left a week ago.", Wed, "a week ago", "2019-01-07", "2019-01-13", "week" },
        // "three years ago" = that calendar year
        { "He left three years ago.", Wed, "three years ago", "2016-01-01", "2016-12-31", "year" },
        // hours become days
        { "He left 48 hours ago.", Wed, "48 hours ago", "2019-01-14", "2019-01-14", "day" },
        // "yesterday", "today", "tonight", "this morning"
        { "They fled yesterday.", Wed, "yesterday", "2019-01-15", "2019-01-15", "day" },
        { "Today the camp is empty.", Wed, "Today", "2019-01-16", "2019-01-16", "day" },
        { "They will move tonight.", Wed, "tonight", "2019-01-16", "2019-01-16", "day" },
        { "The men arrived this morning.", Wed, "this morning", "2019-01-16", "2019-01-16", "day" },
        // "yesterday morning" keeps the daypart in the span
        { "The men arrived yesterday morning.", Wed, "yesterday morning", "2019-01-15", "2019-01-15", "day" },
        // "last year"
        { "Ninety defected last year.", Wed, "last year", "2018-01-01", "2018-12-31", "year" },
        // "this summer" = June-August of the publication year
        { "They arrived this summer.", "2016-07-05", "this summer", "2016-06-01", "2016-08-31", "period" },
        // "in 2014" = the year, span without "in"
        { "The town fell in 2014.", Wed, "2014", "2014-01-01", "2014-12-31", "year" },
        // "the previous day" / "the day before" relative to publication
        { "They had fled the previous day.", Wed, "the previous day", "2019-01-15", "2019-01-15", "day" },
        { "They had fled the day before.", Wed, "the day before", "2019-01-15", "2019-01-15", "day" },
        // "next week" / "next month" resolve into the future
        { "Talks resume next week.", Wed, "next week", "2019-01-21", "2019-01-27", "week" },
        { "Talks resume next month.", Wed, "next month", "2019-02-01", "2019-02-28", "month" },
        // "since December" without a year = most recent December
        { "Since December, 80 have come.", Wed, "Since December", "2018-12-01", "2019-01-16", "period" },
        // "last September" = the latest September already over
        { "It began last September.", "2023-05-22", "last September", "2022-09-01", "2022-09-30", "month" },
        // "since January 1"
        { "Since January 1, 20 have quit.", "2018-02-06", "Since January 1", "2018-01-01", "2018-02-06", "period" },
        // "since March 2011"
        { "The war has raged since March 2011.", "2013-03-18", "since March 2011", "2011-03-01", "2013-03-18", "period" },
        // "in early January" keeps only the part + month
        { "It happened in early January.", "2024-02-12", "early January", "2024-01-01", "2024-01-10", "period" },
        // month-day dateline equal to publication
        { "WASHINGTON, May 16 - Officials said", "2019-05-16", "May 16", "2019-05-16", "2019-05-16", "day" },
        // ambiguous month after a cue
        { "They joined in May and left.", "2021-08-04", "May", "2021-05-01", "2021-05-31", "month" },
        // year range with a dash after a cue
        { "Records from the years in 2011-2013 show it.", Wed, "2011-2013", "2011-01-01", "2013-12-31", "period" },
        // day ranges
        { "Talks were held July 22-24 in Doha.", "2021-08-05", "July 22-24", "2021-07-22", "2021-07-24", "period" },
        { "Talks were held 22-24 July in Doha.", "2021-08-05", "22-24 July", "2021-07-22", "2021-07-24", "period" },
        { "Talks were held between 22 and 24 July 2015.", Wed, "between 22 and 24 July 2015", "2015-07-22", "2015-07-24", "period" },
        // a year-less start takes the year of the end
        { "Talks ran from March to May 2015.", Wed, "from March to May 2015", "2015-03-01", "2015-05-31", "period" },
        // "from December to February": December of the year before February
        { "Talks ran from December to February.", "2019-03-10", "from December to February", "2018-12-01", "2019-02-28", "period" },
        // "between Thursday and Sunday"
        { "Between Thursday and Sunday 30 fled.", "2017-10-09", "Between Thursday and Sunday", "2017-10-05", "2017-10-08", "period" },
        // weekday + daypart
        { "They came on Sunday evening.", Wed, "Sunday evening", "2019-01-13", "2019-01-13", "day" },
        // "late on Thursday" keeps the prefix
        { "They came late on Thursday.", Wed, "late on Thursday", "2019-01-10", "2019-01-10", "day" },
        // "in the last 24 hours"
        { "In the last 24 hours, 10 came.", Wed, "In the last 24 hours", "2019-01-15", "2019-01-16", "period" },
        // "three weeks ago" = the week holding the day 21 days back
        { "He left three weeks ago.", Wed, "three weeks ago", "2018-12-24", "2018-12-30", "week" },
        // "six months ago" = that month
        { "He left six months ago.", Wed, "six months ago", "2018-07-01", "2018-07-31", "month" },
        // "this Friday" = Friday of the publication week
        { "They will vote this Friday.", Wed, "this Friday", "2019-01-18", "2019-01-18", "day" },
        // "the summer of 2014"
        { "In the summer of 2014 the city fell.", Wed, "the summer of 2014", "2014-06-01", "2014-08-31", "period" },
        // "since last week" = from Monday of last week
        { "They have waited since last week.", Wed, "since last week", "2019-01-07", "2019-01-16", "period" },
        // "since Tuesday"
        { "They have waited since Tuesday.", Wed, "since Tuesday", "2019-01-15", "2019-01-16", "period" },

        // ---- vague expressions recognised without an interval
        { "In recent weeks, dozens left.", Wed, "In recent weeks", null, null, null },
        { "They came last spring.", Wed, "last spring", null, null, null },
        { "They came last autumn.", Wed, "last autumn", null, null, null },
        { "They came in the spring.", Wed, "the spring", null, null, null },
        { "Defections rose in recent years.", Wed, "in recent years", null, null, null },
        { "He left a few days ago.", Wed, "a few days ago", null, null, null },
        { "Over the past few weeks, dozens left.", Wed, "Over the past few weeks", null, null, null },

        // ---- TimeBank / TempEval style (1990s news, DCT Friday 1998-02-06)
        // month-day with abbreviation, no year, already past this year -> last year
        { "The plan was announced Oct. 15.", Dct, "Oct. 15", "1997-10-15", "1997-10-15", "day" },
        { "The plan was announced October 15, 1997.", Dct, "October 15, 1997", "1997-10-15", "1997-10-15", "day" },
        { "The plan was announced 15 October.", Dct, "15 October", "1997-10-15", "1997-10-15", "day" },
        { "Profit rose in 1998 as expected.", Dct, "1998", "1998-01-01", "1998-12-31", "year" },
        { "Sales in fiscal 1997 fell.", Dct, "fiscal 1997", "1997-01-01", "1997-12-31", "year" },
        // quarter of the DCT year, or of the year before when it has not begun
        { "Earnings in the third quarter rose.", Dct, "the third quarter", "1997-07-01", "1997-09-30", "period" },
        { "Earnings in the fourth quarter rose.", Dct, "the fourth quarter", "1997-10-01", "1997-12-31", "period" },
        { "Earnings in the first quarter will rise.", Dct, "the first quarter", "1998-01-01", "1998-03-31", "period" },
        { "Earnings in the first half of 1997 rose.", Dct, "the first half of 1997", "1997-01-01", "1997-06-30", "period" },
        { "Shares rose from a year ago.", Dct, "a year ago", "1997-01-01", "1997-12-31", "year" },
        { "Shares rose 5% from a year earlier.", Dct, "a year earlier", "1997-01-01", "1997-12-31", "year" },
        { "The board met last Tuesday.", Dct, "last Tuesday", "1998-02-03", "1998-02-03", "day" },
        { "The board met Tuesday.", Dct, "Tuesday", "1998-02-03", "1998-02-03", "day" },
        { "The board met this month.", Dct, "this month", "1998-02-01", "1998-02-06", "month" },
        { "Sales will rise next year.", Dct, "next year", "1999-01-01", "1999-12-31", "year" },
        { "Sales rose 4% in the past year.", Dct, "in the past year", "1997-02-06", "1998-02-06", "period" },
        { "Rates fell in the 1980s.", Dct, "the 1980s", "1980-01-01", "1989-12-31", "period" },
        { "Sales fell earlier this year.", Dct, "earlier this year", "1998-01-01", "1998-02-06", "year" },
        { "Sales fell late last year.", Dct, "late last year", "1997-09-01", "1997-12-31", "period" },
        { "Sales fell last summer.", Dct, "last summer", "1997-06-01", "1997-08-31", "period" },
        { "Sales fell last fall.", Dct, "last fall", null, null, null },
        { "The deal closed this past weekend.", Dct, "this past weekend", "1998-01-31", "1998-02-01", "period" },
        { "The quarter ended Sept. 30.", Dct, "Sept. 30", "1997-09-30", "1997-09-30", "day" },
        { "Prices peaked in mid-October.", Dct, "mid-October", "1997-10-11", "1997-10-20", "period" },
        { "The rule took effect Jan. 1.", Dct, "Jan. 1", "1998-01-01", "1998-01-01", "day" },
        // a future cue makes a year-less date resolve forward
        { "The board will meet on Feb. 20 to vote.", Dct, "Feb. 20", "1998-02-20", "1998-02-20", "day" },
        { "The strike began Friday night.", Dct, "Friday night", "1998-02-06", "1998-02-06", "day" },
        { "The vote is set for next Monday.", Dct, "next Monday", "1998-02-09", "1998-02-09", "day" },
        { "It fell the day before yesterday.", Dct, "the day before yesterday", "1998-02-04", "1998-02-04", "day" },
        { "Music of the '90s sold well.", Dct, "the '90s", "1990-01-01", "1999-12-31", "period" },
        { "It was the week of Dec. 8, 1997.", Dct, "Dec. 8, 1997", "1997-12-08", "1997-12-08", "day" },
        // a possessive year needs no preposition
        { "1998's results were weak.", Dct, "1998", "1998-01-01", "1998-12-31", "year" },
        // "the 3rd of March" (day-first with ordinal and "of")
        { "It opened on the 3rd of March.", Dct, "3rd of March", "1997-03-03", "1997-03-03", "day" },
        // a future cue ("would") moves a year-less part of a month forward
        { "It said it would cut jobs by the end of March.", Dct, "the end of March", "1998-03-21", "1998-03-31", "period" },
        // the first N months of a year
        { "Output grew in the first nine months of 2018.", Wed, "the first nine months of 2018", "2018-01-01", "2018-09-30", "period" },
        // quarters relative to publication
        { "Profit fell in the latest quarter.", Dct, "the latest quarter", "1997-10-01", "1997-12-31", "period" },
        { "Profit will rise this quarter.", Dct, "this quarter", "1998-01-01", "1998-03-31", "period" },
        { "Profit fell in the fourth quarter of last year.", Dct, "the fourth quarter of last year", "1997-10-01", "1997-12-31", "period" },
        // the end of the year: late part of the publication year
        { "The plant closes by the end of the year.", Dct, "the end of the year", "1998-09-01", "1998-12-31", "period" },
        // a part of a decade with the article
        { "It boomed in the mid-1980s.", Dct, "the mid-1980s", "1984-01-01", "1986-12-31", "period" },
        // future vague
        { "More will follow in the coming weeks.", Dct, "in the coming weeks", null, null, null },
        { "Tokyo, Thursday, Feb. 5, 1998 - Stocks fell.", Dct, "Thursday, Feb. 5, 1998", "1998-02-05", "1998-02-05", "day" },
        { "The index closed at a high Feb. 2.", Dct, "Feb. 2", "1998-02-02", "1998-02-02", "day" },
    };

    [Theory]
    [MemberData(nameof(Resolved))]
    public void RecognisesAndResolves(string text, string? published, string span, string? start, string? end, string? precision)
    {
        var mentions = Recogniser.Recognise(text, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        var found = mentions.Where(m => m.Span.Slice(text) == span).ToList();
        Assert.True(found.Count == 1,
            $"expected one mention '{span}', got: {string.Join(" | ", mentions.Select(m => $"'{m.Span.Slice(text)}' {m.Rule}"))}");
        var interval = found[0].Interval;
        if (start is null)
        {
            Assert.Null(interval);
            return;
        }
        Assert.NotNull(interval);
        Assert.Equal((start, end, precision),
            (interval.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
             interval.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
             System.Text.Json.JsonSerializer.Serialize(interval.Precision).Trim('"')));
    }

    /// <summary>Texts that hold no temporal expression at all.</summary>
    public static TheoryData<string> NoDates => new()
    {
        // "may" as a modal verb, capitalised at sentence start
        "May God protect them, he said.",
        "Fighters may leave soon.",
        // "march" as a noun or verb
        "Thousands joined a march on the capital.",
        "The March rally drew crowds.",
        "They march toward the city.",
        // "Sun" is a newspaper, not a weekday
        "He told The Sun newspaper he had left.",
        // "August" as an adjective
        "The August assembly voted.",
        // clock times
        "The bus left at 16:05 with 30 men.",
        // ordinal unit names
        "Soldiers of the 9th Division defected.",
        "He led the 4th Armoured Brigade.",
        // numbers that are counts, not years
        "About 2,014 fighters surrendered.",
        "Some 2000 fighters surrendered.",
        "A force of 2000 fighters surrendered.",
        "He paid $2015 for the rifle.",
        "Room 1998 was empty.",
        // "the fall of" a city
        "After the fall of Mosul they fled.",
        // Theresa May
        "It weakened Theresa May's government.",
        // "the day before" relative to an event, not to publication
        "They fled the day before the attack.",
        // bare season nouns
        "The spring was dry and water scarce.",
        // abbreviation alone
        "Jan said he would stay.",
        // "the first half" without a year (a match, a speech)
        "In the first half they scored twice.",
        // a month name used as a person's name
        "June Smith said she would stay.",
        "He met Mary June at the camp.",
        // percentages and decimals
        "Turnout was 19.98 percent, up 20%.",
        "",
    };

    [Theory]
    [MemberData(nameof(NoDates))]
    public void FindsNothing(string text)
    {
        var mentions = Recogniser.Recognise(text, DateOnly.Parse(Wed, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(mentions.IsEmpty, string.Join(" | ", mentions.Select(m => $"'{m.Span.Slice(text)}' {m.Rule}")));
    }

    /// <summary>Without a publication date only absolute expressions get an interval (no hidden clock).</summary>
    public static TheoryData<string, string, bool> WithoutPublication => new()
    {
        { "It began on Dec. 1, 2015 in Raqqa.", "Dec. 1, 2015", true },
        { "The city fell in June 2014.", "June 2014", true },
        { "Fighting lasted from 2011 to 2013.", "from 2011 to 2013", true },
        { "It was founded in the 1990s.", "the 1990s", true },
        { "They defected last week.", "last week", false },
        { "KABUL, Jan 16 (Example Wire) - Forty left.", "Jan 16", false },
        { "They have fought since 2014 in the hills.", "since 2014", false },
        { "They surrendered on Sunday.", "Sunday", false },
        { "The group split on the 9th, officials said.", "the 9th", false },
    };

    [Theory]
    [MemberData(nameof(WithoutPublication))]
    public void ResolvesOnlyAbsoluteExpressionsWithoutPublicationDate(string text, string span, bool resolved)
    {
        var mention = Assert.Single(Recogniser.Recognise(text, null), m => m.Span.Slice(text) == span);
        Assert.Equal(resolved, mention.Interval is not null);
    }

    [Fact]
    public void AbsurdCountsAreRecognisedWithoutInterval()
    {
        // 9,990 years back leaves the calendar: no exception, no interval
        var mention = Assert.Single(Recogniser.Recognise("It began 999 decades ago.", new DateOnly(2019, 1, 16)));
        Assert.Equal("999 decades ago", mention.Span.Slice("It began 999 decades ago."));
        Assert.Null(mention.Interval);
    }

    [Fact]
    public void SeveralExpressionsInOneTextComeInOrderWithoutOverlap()
    {
        const string text = "On Sunday, 40 men left; since 2014 and last week, more. In June 2014 it fell.";
        var mentions = Recogniser.Recognise(text, DateOnly.Parse(Wed, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Sunday", "since 2014", "last week", "June 2014"], mentions.Select(m => m.Span.Slice(text)).ToArray());
    }

    [Fact]
    public void ProcessAssignsTheDatesLayerFromThePublicationDate()
    {
        var doc = Recogniser.Process(TestResources.Doc("They surrendered on Sunday.", "2017-10-10"));
        var mention = Assert.Single(doc.Get(Layers.Dates));
        Assert.Equal(DateInterval.Day(new DateOnly(2017, 10, 8)), mention.Interval);
        Assert.Equal("dates.v1", Recogniser.Info.Name);
        Assert.Empty(Recogniser.Info.Requires);
    }

    [Fact]
    public void DetectionIsSeparateFromResolution()
    {
        // the detector gives an underspecified value; the resolver needs the publication date to place it
        var detected = Assert.Single(Recogniser.Detect("They left last Friday."));
        Assert.Equal(new WeekdayRef(5, WeekdayMode.Before), detected.Value);
        Assert.Equal(new DateOnly(2019, 1, 11), DateResolver.Resolve(detected.Value, new DateOnly(2019, 1, 16))!.Start);
        Assert.Equal(new DateOnly(2019, 1, 4), DateResolver.Resolve(detected.Value, new DateOnly(2019, 1, 11))!.Start);
        Assert.Null(DateResolver.Resolve(detected.Value, null));
    }

    private static readonly string[] Pieces =
    [
        "May", "March", "Jan", "Sept", ".", ",", "16", "9th", "2014", "1990", "s", "'", "-", "\u2013", "the", "of", "in",
        "since", "between", "and", "from", "to", "last", "this", "next", "past", "week", "weeks", "days", "ago", "two",
        "a", "Sunday", "Mon", "early", "mid", "late", "end", "summer", "spring", "quarter", "third", "half", "on",
        "2019-01-13", "31", "29", "February", "999", "decades", "months", "yesterday", "the day before", "over the weekend", " ", " ", "\n", "fiscal", "16:05",
    ];

    [Fact]
    public void RandomTextNeverThrowsAndSpansStayInsideTheText()
    {
        string[] separators = [" ", "", "  "];
        var pieceText = Gen.Select(Gen.Int[0, Pieces.Length - 1].Select(k => Pieces[k]).Array[0, 40], Gen.Int[0, 2].Select(k => separators[k]).Array[40])
            .Select((ps, seps) => string.Concat(ps.Select((p, k) => p + seps[k])));
        var rawText = Gen.String[Gen.Char["aMJ .,-'0123456789s\n\u2013th"], 0, 120];
        var published = Gen.Int[-3000, 3000].Select(d => (DateOnly?)new DateOnly(2015, 6, 15).AddDays(d));
        Gen.Select(Gen.OneOf(pieceText, rawText), Gen.OneOf(published, Gen.Const((DateOnly?)null))).Sample((text, pub) =>
        {
            var last = 0;
            foreach (var m in Recogniser.Recognise(text, pub))
            {
                Assert.True(m.Span.Start >= last && m.Span.Start < m.Span.End && m.Span.End <= text.Length, $"bad span {m.Span} in '{text}'");
                last = m.Span.End;
                if (m.Interval is { } iv) Assert.True(iv.Start <= iv.End, $"inverted interval for '{m.Span.Slice(text)}' in '{text}'");
            }
        });
    }
}
