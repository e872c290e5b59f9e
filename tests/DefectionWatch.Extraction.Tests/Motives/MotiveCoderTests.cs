using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;
using DefectionWatch.Extraction.Motives;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Motives;

public class MotiveCoderTests
{
    private static readonly SentenceSplitter Splitter = new(TestResources.Store);
    private static readonly MotiveCoder Coder = new(TestResources.Store);

    private static string[] Codes(string text)
    {
        var doc = Coder.Process(Splitter.Process(TestResources.Doc(text)));
        return [.. doc.Get(Layers.Motives).Select(m => m.Code).Distinct().Order(StringComparer.Ordinal)];
    }

    // text, expected codes (sorted) — invented sentences
    public static TheoryData<string, string[]> Cases => new()
    {
        // unpaid wages as the reason
        { "The fighters surrendered because they had not been paid for four months.", ["living_conditions"] },
        // the "own countrymen" convention
        { "He said he defected because he was tired of fighting his own people.", ["infighting"] },
        // leaders abandoning their men -> corruption
        { "They deserted after their commanders abandoned them at the front.", ["corruption"] },
        // an official's analysis offered as the reason
        { "Officials say the bombing campaign is causing the defections.", ["military_pressure"] },
        // amnesty as policy
        { "The government offered an amnesty to fighters who lay down their arms.", ["incentive"] },
        // forced recruitment
        { "Many left because they were forced to join as teenagers.", ["coercion"] },
        // favouritism towards foreigners
        { "She fled after months of favouritism toward the foreign recruits.", ["discrimination"] },
        // suicide missions
        { "He escaped after commanders sent his friends on suicide missions.", ["exploitation"] },
        // suspicion and informers
        { "Defectors describe constant suspicion and fear of informers.", ["mistrust"] },
        // going home to family
        { "They surrendered so they could come home to their villages.", ["family"] },
        // the war is pointless
        { "He left, saying the war had no end.", ["ideology"] },
        // refused to fire on protesters
        { "He quit the army after being ordered to fire on protesters.", ["brutality"] },
        // "without food": negation belongs to the cue itself
        { "The men defected after weeks without food.", ["living_conditions"] },
        // stolen pay
        { "Several deserted, complaining that the emirs stole their pay.", ["corruption"] },
        // air strikes
        { "They gave themselves up under heavy air strikes.", ["military_pressure"] },
        // unmet expectations
        { "He defected after months of boredom instead of the heroic battles he had been promised.", ["unmet_expectations"] },
        // abduction
        { "Women who escaped said they had been abducted from their villages.", ["coercion"] },
        // fear of dying for nothing
        { "The fighters surrendered, saying they were not ready to die for nothing.", ["military_pressure"] },
        // reintegration benefits
        { "Those who defect receive a monthly allowance and vocational training.", ["incentive"] },
        // the reason is in the next sentence
        { "Twenty soldiers deserted on Monday. They said food had run out weeks ago.", ["living_conditions"] },
        // two reasons in one sentence
        { "They surrendered, citing hunger and the constant bombing.", ["living_conditions", "military_pressure"] },
        // elders persuaded them
        { "The fighters defected after their families and elders persuaded them to stop.", ["family"] },
        // refusing an order is not a negated cue
        { "The sergeant deserted, saying he would not obey orders to fire on the crowd.", ["brutality"] },
        // human shields
        { "The young men deserted, saying they were tired of being used as human shields.", ["exploitation"] },
        // feud with the leadership
        { "He surrendered months after he fell out with the group's leader.", ["infighting"] },

        // --- negatives: no one leaves over it
        // brutality described, nobody leaves
        { "The group is known for its brutality against civilians.", [] },
        // shelling, no leaving
        { "Rebels shelled villages near the river on Tuesday.", [] },
        // hunger of the enemy, no leaving
        { "The army said the militants were hungry and short of ammunition.", [] },
        // harsh weather, no leaving
        { "Farmers complained about the harsh winter and poor harvest.", [] },
        // bombing, no leaving
        { "Government jets bombed the town for a third day.", [] },
        // negated incentive
        { "No amnesty has been offered to those who desert.", [] },
        // denied
        { "Officials denied that amnesty played any role in the defections.", [] },
        // unrelated report
        { "The report on prison conditions was published on Monday.", [] },
        // poverty without leaving
        { "Prices rose and many families struggled with poverty in the capital.", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CodesReasonsForLeaving(string text, string[] expected) => Assert.Equal(expected, Codes(text));

    // paraphrases no cue pattern matches: the classifier codes them (invented sentences)
    public static TheoryData<string, string[]> Paraphrases => new()
    {
        // leaders' luxury paid from the fighters' money
        { "He deserted last spring. The commanders, he said, lived in big houses bought with money taken from the fighters.", ["corruption"] },
        // missing wives and villages
        { "Several men surrendered. They said they missed their wives and wanted to be back in their villages.", ["family"] },
        // seized on a road and armed: forced into the group
        { "The recruits ran away. Gunmen had seized them on a highway and handed them rifles, they said.", ["coercion"] },
        // a year in the trenches without leave
        { "The soldier defected. He said he had spent a year in the trenches with no leave.", ["living_conditions"] },
        // procedure after a surrender gives no reason
        { "Thirty fighters surrendered on Monday. The men were taken to a screening centre in the capital.", [] },
    };

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public void ClassifierCodesParaphrases(string text, string[] expected) => Assert.Equal(expected, Codes(text));

    [Fact]
    public void ClassifierLoadsOfflineFromTheEmbeddedResourcesAlone()
    {
        // no override folder, no network: the model is trained from the embedded phrasings when built
        var coder = new MotiveCoder(new ResourceStore());
        Assert.True(coder.Classifier.FeatureCount > 500);
        Assert.Equal(MotiveClassifier.None, coder.Classifier.Classes[0]);
        Assert.Equal(coder.Codebook.Select(c => c.Code).Order(StringComparer.Ordinal),
            coder.Classifier.Classes.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClassifierIsDeterministic()
    {
        // two builds give the same probabilities (fixed seed, no shared state)
        var a = new MotiveCoder(TestResources.Store).Classifier.Classify("the emirs kept the money for themselves", 0f);
        var b = new MotiveCoder(TestResources.Store).Classifier.Classify("the emirs kept the money for themselves", 0f);
        Assert.Equal(a, b);
    }

    [Fact]
    public void UsersTeachNewPhrasingsThroughTheExamplesFile()
    {
        // an edited copy of motives-examples.tsv in an override folder changes what the classifier learns
        const string sentence = "The fighters defected. They said the zorblax quota was crushing them.";
        Assert.DoesNotContain("living_conditions", Codes(sentence));
        var dir = Directory.CreateTempSubdirectory("dw-motives-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "en"));
            var lines = new List<string>();
            using (var r = TestResources.Store.Open("en/motives-examples.tsv"))
                while (r.ReadLine() is { } l) lines.Add(l);
            for (var i = 0; i < 6; i++) lines.Add("living_conditions\tthe zorblax quota was crushing us");
            File.WriteAllLines(Path.Combine(dir.FullName, "en", "motives-examples.tsv"), lines);
            var coder = new MotiveCoder(new ResourceStore(dir.FullName));
            var doc = coder.Process(Splitter.Process(TestResources.Doc(sentence)));
            Assert.Contains("living_conditions", doc.Get(Layers.Motives).Select(m => m.Code));
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    // crude stems shared by inflections
    [InlineData("killed", "kill")]
    [InlineData("killing", "kill")]
    [InlineData("kills", "kill")]
    [InlineData("families", "famil")]
    [InlineData("starved", "starv")]
    public void StemsInflections(string word, string stem) => Assert.Equal(stem, MotiveClassifier.Stem(word).ToString());

    [Fact]
    public void FarFromAnyLeavingThereIsNoMotive()
    {
        // a reason-like sentence more than five sentences away from any talk of leaving
        var text = "Forty fighters defected in March. It rained. The market opened. Schools closed. Buses ran. Shops shut. The men were hungry.";
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void CodesForEventUsesItsSentenceAndTheNextTwo()
    {
        var text = "Ten fighters surrendered in Bama.\nThey said they had no food.\nSeparately, officials offered an amnesty to others who defect.";
        var doc = Splitter.Process(TestResources.Doc(text));
        var first = doc.Get(Layers.Sentences)[0].Span;
        // the amnesty is in another paragraph: not this event's motive
        Assert.Empty(Coder.CodesFor(first, doc));
        var both = new CharSpan(0, text.IndexOf('\n', StringComparison.Ordinal) + 10);
        Assert.Equal(["living_conditions"], Coder.CodesFor(both, doc));
    }

    [Fact]
    public void CodebookIsTheDataFile()
    {
        // the 13 codes of extraction-format.md v1, each with a description and examples
        Assert.Equal(13, Coder.Codebook.Length);
        Assert.All(Coder.Codebook, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
        Assert.All(Coder.Codebook, c => Assert.NotEmpty(c.Examples));
    }

    [Fact]
    public void RandomTextNeverThrowsAndEvidenceStaysInside()
    {
        Gen.String[Gen.Char["ab .,\n\"defectd hungry bomb not amnesty"], 0, 300].Sample(text =>
        {
            var doc = Splitter.Process(TestResources.Doc(text));
            var motives = Coder.Code(doc.Text, doc.Get(Layers.Sentences));
            return motives.All(m => m.Evidence.Start >= 0 && m.Evidence.End <= text.Length);
        });
    }
}
