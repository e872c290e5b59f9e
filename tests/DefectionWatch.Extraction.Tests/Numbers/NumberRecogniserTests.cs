using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Numbers;
using DefectionWatch.Extraction.Tests.Support;
using K = DefectionWatch.Core.Layers.NumberKind;
using Q = DefectionWatch.Core.Records.CountQualifier;

namespace DefectionWatch.Extraction.Tests.Numbers;

public class NumberRecogniserTests
{
    private static readonly NumberRecogniser Recogniser = new(TestResources.Store);

    // sentence, expected span text, value, low, high, qualifier, kind
    public static TheoryData<string, string, long?, long?, long?, Q, K> Cases => new()
    {
        // --- digits
        // thousands separator
        { "The rebels said 1,300 men had crossed.", "1,300", 1300, 1300, 1300, Q.Exact, K.Cardinal },
        // a plain figure under 1900 is a count, not a year
        { "Officials counted 1081 returnees by Friday.", "1081", 1081, 1081, 1081, Q.Exact, K.Cardinal },
        // space as thousands separator
        { "The agency registered 12 000 arrivals.", "12 000", 12000, 12000, 12000, Q.Exact, K.Cardinal },
        // no-break space as thousands separator
        { "The agency registered 45\u00a0500 arrivals.", "45\u00a0500", 45500, 45500, 45500, Q.Exact, K.Cardinal },
        // decimal with scale word
        { "Some said 1.5 million had fled the region.", "1.5 million", 1500000, 1500000, 1500000, Q.Exact, K.Cardinal },
        // decimal with glued scale suffix
        { "The war displaced 2.5m villagers.", "2.5m", 2500000, 2500000, 2500000, Q.Exact, K.Cardinal },
        // "bn" suffix
        { "A census counted 1.2bn residents.", "1.2bn", 1200000000, 1200000000, 1200000000, Q.Exact, K.Cardinal },
        // "k" suffix
        { "Roughly 10k recruits joined.", "Roughly 10k", 10000, 10000, 10000, Q.Approx, K.Cardinal },
        // digits followed by a spelled scale
        { "Planners expect 3 million returnees.", "3 million", 3000000, 3000000, 3000000, Q.Exact, K.Cardinal },
        // small figure
        { "Police arrested 23 suspects.", "23", 23, 23, 23, Q.Exact, K.Cardinal },

        // --- words
        // tens word
        { "Ninety guards walked away from the prison.", "Ninety", 90, 90, 90, Q.Exact, K.Cardinal },
        // hyphenated compound
        { "They said twenty-three recruits ran off.", "twenty-three", 23, 23, 23, Q.Exact, K.Cardinal },
        // compound with "and"
        { "One hundred and eight prisoners were freed.", "One hundred and eight", 108, 108, 108, Q.Exact, K.Cardinal },
        // word plus scale
        { "The floods left two million homeless.", "two million", 2000000, 2000000, 2000000, Q.Exact, K.Cardinal },
        // "a thousand"
        { "The camp holds a thousand families.", "a thousand", 1000, 1000, 1000, Q.Exact, K.Cardinal },
        // "a dozen" is twelve
        { "A dozen guards fled the post.", "A dozen", 12, 12, 12, Q.Exact, K.Cardinal },
        // "two dozen" is 24
        { "Two dozen recruits deserted.", "Two dozen", 24, 24, 24, Q.Exact, K.Cardinal },
        // "a hundred"
        { "Nearly a hundred villagers left.", "Nearly a hundred", 100, null, 100, Q.AtMost, K.Cardinal },
        // compound tens-unit with space
        { "We met forty five families.", "forty five", 45, 45, 45, Q.Exact, K.Cardinal },
        // hyphenated forty-five
        { "Forty-five men came out.", "Forty-five", 45, 45, 45, Q.Exact, K.Cardinal },
        // figure repeated in brackets is one mention
        { "The unit said twenty-three (23) soldiers left.", "twenty-three (23)", 23, 23, 23, Q.Exact, K.Cardinal },
        // "a couple of" is about two, "of" stays out of the span
        { "A couple of guards ran.", "A couple", 2, 2, 2, Q.Approx, K.Cardinal },
        // "a single" is one
        { "Not a single soldier stayed.", "a single", 1, 1, 1, Q.Exact, K.Cardinal },
        // "one" in counting position
        { "Only one officer refused.", "one", 1, 1, 1, Q.Exact, K.Cardinal },
        // two hundred thousand
        { "Two hundred thousand people left.", "Two hundred thousand", 200000, 200000, 200000, Q.Exact, K.Cardinal },
        // a word count with a hedge
        { "Some two dozen fighters gave up.", "Some two dozen", 24, 24, 24, Q.Approx, K.Cardinal },

        // --- hedges
        // "more than" bounds from below
        { "More than 1,000 fighters surrendered.", "More than 1,000", 1000, 1000, null, Q.AtLeast, K.Cardinal },
        // "some" is approximate
        { "Police received some 1,300 militants.", "some 1,300", 1300, 1300, 1300, Q.Approx, K.Cardinal },
        // "nearly a thousand" bounds from above
        { "They had taken in nearly a thousand.", "nearly a thousand", 1000, null, 1000, Q.AtMost, K.Cardinal },
        // "about"
        { "About 200 soldiers surrendered.", "About 200", 200, 200, 200, Q.Approx, K.Cardinal },
        // "around"
        { "Around 3,000 gave themselves up.", "Around 3,000", 3000, 3000, 3000, Q.Approx, K.Cardinal },
        // "roughly"
        { "The army has roughly 40,000 conscripts.", "roughly 40,000", 40000, 40000, 40000, Q.Approx, K.Cardinal },
        // "approximately"
        { "Approximately 600 families arrived.", "Approximately 600", 600, 600, 600, Q.Approx, K.Cardinal },
        // "an estimated"
        { "It has an estimated 5,000 fighters.", "an estimated 5,000", 5000, 5000, 5000, Q.Approx, K.Cardinal },
        // "up to"
        { "Up to 500 men may have left.", "Up to 500", 500, null, 500, Q.AtMost, K.Cardinal },
        // "as many as"
        { "As many as 30,000 fled the city.", "As many as 30,000", 30000, null, 30000, Q.AtMost, K.Cardinal },
        // "fewer than"
        { "Fewer than 50 remain.", "Fewer than 50", 50, null, 50, Q.AtMost, K.Cardinal },
        // "no more than"
        { "The cell has no more than 200 members.", "no more than 200", 200, null, 200, Q.AtMost, K.Cardinal },
        // "almost"
        { "Almost 900 men deserted.", "Almost 900", 900, null, 900, Q.AtMost, K.Cardinal },
        // "just under"
        { "Just under 700 were registered.", "Just under 700", 700, null, 700, Q.AtMost, K.Cardinal },
        // "close to" (decided: at_most, like "nearly")
        { "Close to 400 crossed.", "Close to 400", 400, null, 400, Q.AtMost, K.Cardinal },
        // "over"
        { "Over 2,000 people fled.", "Over 2,000", 2000, 2000, null, Q.AtLeast, K.Cardinal },
        // "at least"
        { "At least 45 fighters defected.", "At least 45", 45, 45, null, Q.AtLeast, K.Cardinal },
        // "no fewer than" is at_least
        { "No fewer than 60 officers quit.", "No fewer than 60", 60, 60, null, Q.AtLeast, K.Cardinal },
        // "upwards of"
        { "Upwards of 800 were held.", "Upwards of 800", 800, 800, null, Q.AtLeast, K.Cardinal },
        // "in excess of"
        { "In excess of 10,000 crossed the river.", "In excess of 10,000", 10000, 10000, null, Q.AtLeast, K.Cardinal },
        // "just over"
        { "Just over 150 men defected.", "Just over 150", 150, 150, null, Q.AtLeast, K.Cardinal },
        // post hedge "or so"
        { "A hundred or so stayed behind.", "A hundred or so", 100, 100, 100, Q.Approx, K.Cardinal },
        // post hedge "or more"
        { "Fifty or more were missing.", "Fifty or more", 50, 50, null, Q.AtLeast, K.Cardinal },
        // glued "+" post hedge
        { "They recruited 1,000+ volunteers.", "1,000+", 1000, 1000, null, Q.AtLeast, K.Cardinal },
        // "more than" with a spelled scale
        { "Lebanon hosts more than 1.1 million refugees.", "more than 1.1 million", 1100000, 1100000, null, Q.AtLeast, K.Cardinal },
        // "over two million" words
        { "The war drove over two million from home.", "over two million", 2000000, 2000000, null, Q.AtLeast, K.Cardinal },

        // --- ranges
        { "Estimates ran 20,000 to 30,000 troops.", "20,000 to 30,000", null, 20000, 30000, Q.Range, K.Cardinal },
        // "between ... and"
        { "Between 40 and 50 guards fled.", "Between 40 and 50", null, 40, 50, Q.Range, K.Cardinal },
        // hyphen range
        { "The group fields 20,000-30,000 men.", "20,000-30,000", null, 20000, 30000, Q.Range, K.Cardinal },
        // en dash range
        { "The group fields 800\u20131,500 men.", "800\u20131,500", null, 800, 1500, Q.Range, K.Cardinal },
        // "from ... to" keeps "from"
        { "Guesses range from 7,000 to 9,000 fighters.", "from 7,000 to 9,000", null, 7000, 9000, Q.Range, K.Cardinal },
        // hedge before a range: still a range
        { "It has an estimated 5,000 to 10,000 fighters.", "an estimated 5,000 to 10,000", null, 5000, 10000, Q.Range, K.Cardinal },
        // shared scale: "5 to 10 million"
        { "Between 5 and 10 million were displaced.", "Between 5 and 10 million", null, 5000000, 10000000, Q.Range, K.Cardinal },
        // spelled range with "or"
        { "Two or three guards ran.", "Two or three", null, 2, 3, Q.Range, K.Cardinal },

        // --- vague
        { "Dozens of fighters surrendered.", "Dozens", null, 24, 99, Q.Vague, K.Cardinal },
        // several dozen
        { "Several dozen slipped away.", "Several dozen", null, 24, 99, Q.Vague, K.Cardinal },
        // tens of (needs "of")
        { "Tens of conscripts ran.", "Tens", null, 20, 99, Q.Vague, K.Cardinal },
        // hundreds
        { "Hundreds of soldiers gave up.", "Hundreds", null, 200, 999, Q.Vague, K.Cardinal },
        // a few hundred
        { "A few hundred militants remain.", "A few hundred", null, 200, 999, Q.Vague, K.Cardinal },
        // several hundred
        { "Several hundred families left.", "Several hundred", null, 200, 999, Q.Vague, K.Cardinal },
        // thousands
        { "Thousands of civilians fled.", "Thousands", null, 2000, 9999, Q.Vague, K.Cardinal },
        // several thousand
        { "Several thousand troops were sent.", "Several thousand", null, 2000, 9999, Q.Vague, K.Cardinal },
        // tens of thousands
        { "The army lost tens of thousands of men.", "tens of thousands", null, 20000, 99999, Q.Vague, K.Cardinal },
        // hundreds of thousands
        { "Hundreds of thousands fled.", "Hundreds of thousands", null, 200000, 999999, Q.Vague, K.Cardinal },
        // scores of
        { "Scores of recruits were detained.", "Scores", null, 40, 99, Q.Vague, K.Cardinal },
        // a handful
        { "Only a handful returned.", "a handful", null, 2, 9, Q.Vague, K.Cardinal },
        // hedge before a vague phrase stays in the span, count stays vague
        { "Perhaps some dozens returned.", "some dozens", null, 24, 99, Q.Vague, K.Cardinal },

        // --- kinds that never count people
        // year after "in"
        { "The group was founded in 2014.", "2014", 2014, 2014, 2014, Q.Exact, K.Year },
        // year after a month
        { "It began in June 2014.", "2014", 2014, 2014, 2014, Q.Exact, K.Year },
        // decade
        { "They have crossed since the 1990s.", "1990s", null, 1990, 1999, Q.Range, K.Year },
        // ISO date is one Year mention
        { "On 2015-12-01, 40 men left.", "2015-12-01", 2015, 2015, 2015, Q.Exact, K.Year },
        // year range with two-digit end
        { "Desertions peaked in 2011-13.", "2011-13", null, 2011, 2013, Q.Range, K.Year },
        // year range with "between"
        { "Between 2011 and 2013 many left.", "Between 2011 and 2013", null, 2011, 2013, Q.Range, K.Year },
        // day number after an abbreviated month
        { "It began on Dec. 1, 2015.", "1", 1, 1, 1, Q.Exact, K.Ordinal },
        // day number before a month
        { "They left on 1 December.", "1", 1, 1, 1, Q.Exact, K.Ordinal },
        // ordinal day with no month
        { "They surrendered on the 9th.", "9th", 9, 9, 9, Q.Exact, K.Ordinal },
        // day range before a month
        { "They crossed on 4-5 July.", "4-5", null, 4, 5, Q.Range, K.Ordinal },
        // "aged 17"
        { "One recruit, aged 17, spoke.", "17", 17, 17, 17, Q.Exact, K.Age },
        // "-year-old" belongs to the span
        { "A 17-year-old recruit spoke.", "17-year-old", 17, 17, 17, Q.Exact, K.Age },
        // "years old"
        { "He is 35 years old.", "35 years old", 35, 35, 35, Q.Exact, K.Age },
        // age range
        { "Men aged 18 to 35 must serve.", "18 to 35", null, 18, 35, Q.Range, K.Age },
        // age in brackets after a name
        { "Ahmed (17) was recruited.", "17", 17, 17, 17, Q.Exact, K.Age },
        // age in commas after a name
        { "Musa, 24, said he left.", "24", 24, 24, 24, Q.Exact, K.Age },
        // clock time
        { "The attack began at 16:05 local time.", "16:05 local time", 1605, 1605, 1605, Q.Exact, K.Time },
        // a.m.
        { "Shooting started at 10 a.m. on Monday.", "10 a.m.", 10, 10, 10, Q.Exact, K.Time },
        // glued pm
        { "They crossed at 3pm.", "3pm", 3, 3, 3, Q.Exact, K.Time },
        // percent sign
        { "Support fell to 40% this year.", "40%", 40, 40, 40, Q.Exact, K.Percent },
        // "percent" word
        { "Shares fell 40 percent.", "40 percent", 40, 40, 40, Q.Exact, K.Percent },
        // "per cent" with a hedge
        { "About 85 per cent of homes burned.", "About 85 per cent", 85, 85, 85, Q.Approx, K.Percent },
        // dollar sign with scale
        { "A reward of up to $5 million was offered.", "up to $5 million", 5000000, null, 5000000, Q.AtMost, K.Money },
        // currency word after the figure stays out of the span
        { "They were paid 500 naira each.", "500", 500, 500, 500, Q.Exact, K.Money },
        // currency code before the figure
        { "The deal was worth GBP 9 million.", "GBP 9 million", 9000000, 9000000, 9000000, Q.Exact, K.Money },
        // euro sign
        { "Each received \u20ac300.", "\u20ac300", 300, 300, 300, Q.Exact, K.Money },
        // dollars word
        { "He was paid 10,000 dollars.", "10,000", 10000, 10000, 10000, Q.Exact, K.Money },
        // ordinal suffix
        { "It was the 21st attack.", "21st", 21, 21, 21, Q.Exact, K.Ordinal },
        // spelled ordinal after "the"
        { "It was the third attack.", "third", 3, 3, 3, Q.Exact, K.Ordinal },
        // distance
        { "The town lies 40 km north.", "40", 40, 40, 40, Q.Exact, K.Measure },
        // distance with hedge, word unit
        { "It is about 55 kilometres away.", "about 55", 55, 55, 55, Q.Approx, K.Measure },
        // miles
        { "They walked 20 miles.", "20", 20, 20, 20, Q.Exact, K.Measure },
        // tonnes
        { "They seized 3 tonnes of explosives.", "3", 3, 3, 3, Q.Exact, K.Measure },
        // duration in words is a measure, not people
        { "The siege lasted two days.", "two", 2, 2, 2, Q.Exact, K.Measure },
        // hedged duration
        { "The battle lasted nearly four hours.", "nearly four", 4, null, 4, Q.AtMost, K.Measure },
        // hyphenated duration adjective
        { "After a 10-week battle the town fell.", "10", 10, 10, 10, Q.Exact, K.Measure },
        // glued km
        { "The camp is 40km away.", "40", 40, 40, 40, Q.Exact, K.Measure },
        // unit name after the figure, words between
        { "Troops of the 152 Task Force Battalion fought.", "152", 152, 152, 152, Q.Exact, K.Unit },
        // unit word before the figure
        { "Soldiers of Brigade 17 defected.", "17", 17, 17, 17, Q.Exact, K.Unit },
        // ordinal unit
        { "Officers of the 5th Division left.", "5th", 5, 5, 5, Q.Exact, K.Unit },
        // resolution number (not a year either)
        { "The council adopted Resolution 2254.", "2254", 2254, 2254, 2254, Q.Exact, K.Unit },
        // article number
        { "Under Article 3 the court ruled.", "3", 3, 3, 3, Q.Exact, K.Unit },
        // "No." abbreviation
        { "Camp No. 5 was closed.", "5", 5, 5, 5, Q.Exact, K.Unit },
        // unit word "Battalion" before the figure
        { "Light Infantry Battalion 275 gave up.", "275", 275, 275, 275, Q.Exact, K.Unit },
        // designation glued to a word
        { "The F-16 jets struck again.", "16", 16, 16, 16, Q.Exact, K.Unit },
        // numbered paragraph of a press release is not a count
        { "Statement\n2. Troops of the division advanced.", "2", 2, 2, 2, Q.Exact, K.Ordinal },
        // time-zone offset
        { "All times are GMT+3 today.", "3", 3, 3, 3, Q.Exact, K.Time },
        // spelled compound ordinal
        { "It was the twenty-first raid.", "twenty-first", 21, 21, 21, Q.Exact, K.Ordinal },
        // a decimal without scale is not a head count
        { "A 5.8 magnitude quake hit.", "5.8", 6, 6, 6, Q.Exact, K.Measure },
        // hedge before a year makes it a plain figure, not a year
        { "Some 2000 people marched.", "Some 2000", 2000, 2000, 2000, Q.Approx, K.Cardinal },
        // "aged" before a hedge still marks an age
        { "A boy aged about 12 was held.", "about 12", 12, 12, 12, Q.Approx, K.Age },
        // money range with a shared scale
        { "Ransoms of $5-10 million were paid.", "$5-10 million", null, 5000000, 10000000, Q.Range, K.Money },
        // a count at the start of a line is still a count
        { "Statement\n40 fighters surrendered.", "40", 40, 40, 40, Q.Exact, K.Cardinal },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecognisesQuantityPhrase(string sentence, string span, long? value, long? low, long? high, Q qualifier, K kind)
    {
        var mentions = Recogniser.Recognise(sentence);
        var found = mentions.Where(m => m.Span.Slice(sentence) == span).ToList();
        Assert.True(found.Count == 1,
            $"expected one mention '{span}', got: {string.Join(" | ", mentions.Select(m => $"'{m.Span.Slice(sentence)}' {m.Kind} {m.Count} {m.Rule}"))}");
        var m = found[0];
        Assert.Equal(new Count(value, low, high, qualifier), m.Count);
        Assert.Equal(kind, m.Kind);
        Assert.False(string.IsNullOrEmpty(m.Rule));
    }

    // sentence, a word or figure that must not be inside any Cardinal mention
    public static TheoryData<string, string> NotCardinal => new()
    {
        // "one of them" is not a count here (the events stage handles singular people)
        { "One of them said he was hungry.", "One" },
        // "no one"
        { "No one left the base.", "one" },
        // "a man"
        { "A man walked to the checkpoint.", "A" },
        // "a few" alone is not a count
        { "A few days later he left.", "few" },
        // "several" alone is not a count
        { "Several officers left.", "Several" },
        // "scores" without "of"
        { "Exam scores rose sharply.", "scores" },
        // "tens" without "of" is not a count
        { "The tens column was blank.", "tens" },
        // year in a date is not a count
        { "On 17 April 2019 troops left.", "2019" },
        // day number is not a count
        { "On 17 April 2019 troops left.", "17" },
        // "since 2016"
        { "Since 2016 the programme has run.", "2016" },
        // percent
        { "Turnout reached 62 percent.", "62" },
        // money
        { "He offered 2.5 billion naira.", "2.5" },
        // time
        { "At 0600 GMT the shelling stopped.", "0600" },
        // age
        { "She was 19 years old.", "19" },
        // unit
        { "Fighters of 26 Task Force Brigade advanced.", "26" },
        // measure
        { "They walked three weeks to the border.", "three" },
        // ordinal
        { "The 3rd brigade refused to fight.", "3rd" },
        // day after a full month name
        { "They came back on September 21.", "21" },
        // designation glued to letters after the figure
        { "The 5G network went down.", "5" },
        // an age after "age of"
        { "He joined at the age of 15.", "15" },
    };

    [Theory]
    [MemberData(nameof(NotCardinal))]
    public void NonCountNumbersAreNotCardinal(string sentence, string word)
    {
        var at = sentence.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var mentions = Recogniser.Recognise(sentence);
        Assert.DoesNotContain(mentions, m => m.Kind == K.Cardinal && m.Span.Start <= at && at < m.Span.End);
    }

    [Fact]
    public void SeveralMentionsInOneSentenceKeepTheirOwnSpans()
    {
        const string s = "About 300 were killed and 2,700 wounded near Kursk in 2024, 40 km away.";
        var got = Recogniser.Recognise(s).Select(m => (m.Span.Slice(s), m.Kind)).ToArray();
        Assert.Equal([("About 300", K.Cardinal), ("2,700", K.Cardinal), ("2024", K.Year), ("40", K.Measure)], got);
    }

    [Fact]
    public void ProcessAssignsTheNumbersLayer()
    {
        var doc = Recogniser.Process(TestResources.Doc("More than 1,000 fighters surrendered on Oct. 12."));
        var numbers = doc.Get(Layers.Numbers);
        Assert.Equal(2, numbers.Length);
        Assert.Equal(Count.AtLeast(1000), numbers[0].Count);
        Assert.Equal(K.Ordinal, numbers[1].Kind);
        Assert.Equal("numbers.v1", Recogniser.Info.Name);
        Assert.Empty(Recogniser.Info.Requires);
    }

    [Fact]
    public void EmptyTextHasNoMentions() => Assert.Empty(Recogniser.Recognise(""));

    [Fact]
    public void RandomTextGivesSortedNonOverlappingSpansInsideTheText()
    {
        var pieces = new[]
        {
            " ", "  ", "-", "\u2013", ",", ".", ":", "/", "(", ")", "%", "$", "+", "1", "12", "1,300", "2014", "0", "99999999999999999999",
            "a", "A", "one", "twenty", "-three", "hundred", "and", "thousand", "million", "dozen", "dozens", "tens", "of", "more", "than",
            "about", "between", "from", "to", "or", "so", "st", "th", "s", "m", "km", "year", "-old", "aged", "Brigade", "No", "Dec",
            "December", "per", "cent", "a.m", "GMT", "x", "\n", "\u00a0", "Ahmed",
        };
        Gen.OneOf(pieces).Array[0, 40].Select(a => string.Concat(a)).Sample(text =>
        {
            var mentions = Recogniser.Recognise(text);
            var last = 0;
            foreach (var m in mentions)
            {
                Assert.True(m.Span.Start >= last && m.Span.End <= text.Length && m.Span.Start < m.Span.End, $"bad span {m.Span} in '{text}'");
                last = m.Span.End;
                if (m.Count.Low is { } lo && m.Count.High is { } hi) Assert.True(lo <= hi);
            }
        }, iter: 2000);

        Gen.String[Gen.Char["0123456789 ,.-:%$a-z()"], 0, 80].Sample(text =>
        {
            var mentions = Recogniser.Recognise(text);
            var last = 0;
            foreach (var m in mentions)
            {
                Assert.True(m.Span.Start >= last && m.Span.End <= text.Length && m.Span.Start < m.Span.End);
                last = m.Span.End;
            }
        }, iter: 2000);
    }
}
