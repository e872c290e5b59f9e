using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Sentences;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(TestResources.Store);

    public static TheoryData<string, string[]> Cases => new()
    {
        // plain boundary
        { "He left. They stayed.", ["He left.", "They stayed."] },
        // rank abbreviation does not end a sentence
        { "Army Col. Steve Warren said so. Others agreed.", ["Army Col. Steve Warren said so.", "Others agreed."] },
        // month abbreviation before a day number
        { "It began on Dec. 1, 2015 in Raqqa. Then it ended.", ["It began on Dec. 1, 2015 in Raqqa.", "Then it ended."] },
        // dotted acronym in mid-sentence
        { "The U.S. military said 22 people fled.", ["The U.S. military said 22 people fled."] },
        // dotted acronym ending a sentence before a common opener
        { "He flew to the U.S. The trip was long.", ["He flew to the U.S.", "The trip was long."] },
        // closing quote stays with its sentence
        { "\"We are hungry.\" He said nothing else.", ["\"We are hungry.\"", "He said nothing else."] },
        // curly quotes
        { "\u201cWe left,\u201d he said. \u201cNobody stayed.\u201d", ["\u201cWe left,\u201d he said.", "\u201cNobody stayed.\u201d"] },
        // line breaks end headlines and datelines
        { "Headline without period\nBody text here.", ["Headline without period", "Body text here."] },
        // decimal numbers are not boundaries
        { "About 1.5 million people fled. More followed.", ["About 1.5 million people fled.", "More followed."] },
        // initials
        { "George W. Bush spoke. It was brief.", ["George W. Bush spoke.", "It was brief."] },
        // lower-case continuation is not a boundary
        { "The group, i.e. the militants, fled.", ["The group, i.e. the militants, fled."] },
        // question and exclamation marks
        { "Why leave? Because we starved! The end.", ["Why leave?", "Because we starved!", "The end."] },
        // empty and whitespace-only text
        { "", [] },
        { "   \n\n  ", [] },
        // a number starting the next sentence
        { "They fled. 40 came back.", ["They fled.", "40 came back."] },
        // "No." before a number
        { "Resolution No. 5 was passed.", ["Resolution No. 5 was passed."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits(string text, string[] expected)
    {
        var sentences = Splitter.Split(text);
        Assert.Equal(expected, sentences.Select(s => s.Span.Slice(text)).ToArray());
        Assert.All(sentences, s => Assert.True(s.Span.Start >= 0 && s.Span.End <= text.Length && !s.Span.IsEmpty));
    }

    [Fact]
    public void TokensCoverWordsNumbersAndPunctuationInsideSentences()
    {
        var doc = Splitter.Process(TestResources.Doc("Some 1,300 ISIS militants left Hawija."));
        var tokens = doc.Get(Layers.Tokens).Select(t => t.Span.Slice(doc.Text)).ToArray();
        Assert.Equal(["Some", "1,300", "ISIS", "militants", "left", "Hawija", "."], tokens);
        Assert.Equal(TokenKind.Number, doc.Get(Layers.Tokens)[1].Kind);
    }

    [Theory]
    // a name with a lower-case suffix splits at the hyphen, so the name can be recognised
    [InlineData("Islamic State-held areas", new[] { "Islamic", "State", "-", "held", "areas" })]
    [InlineData("Kurdish-led forces", new[] { "Kurdish", "-", "led", "forces" })]
    // names whose parts are both capitalised or whose particle is lower-case stay whole
    [InlineData("Al-Shabab and Deir ez-Zor", new[] { "Al-Shabab", "and", "Deir", "ez-Zor" })]
    [InlineData("al-Qaeda-linked group", new[] { "al-Qaeda", "-", "linked", "group" })]
    // the possessive is split off; inner apostrophes stay
    [InlineData("Al-Shabaab's strength in Hay'at", new[] { "Al-Shabaab", "'", "s", "strength", "in", "Hay'at" })]
    public void HyphenatedNameSuffixesSplit(string text, string[] expected)
    {
        var doc = Splitter.Process(TestResources.Doc(text));
        Assert.Equal(expected, doc.Get(Layers.Tokens).Select(t => t.Span.Slice(text)).ToArray());
    }

    [Fact]
    public void RandomTextNeverProducesSpansOutsideTheText()
    {
        Gen.String[Gen.Char["a .!?\"\n\u201c\u201dU.S0123"], 0, 200].Sample(text =>
        {
            var sentences = Splitter.Split(text);
            var last = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.Span.Start >= last && s.Span.End <= text.Length && s.Span.Start < s.Span.End);
                last = s.Span.End;
            }
        });
    }
}
