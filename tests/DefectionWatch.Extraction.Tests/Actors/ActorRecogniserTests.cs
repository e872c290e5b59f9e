using DefectionWatch.Core.Layers;
using DefectionWatch.Extraction.Actors;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Actors;

public class ActorRecogniserTests
{
    private static readonly SentenceSplitter Splitter = new(TestResources.Store);
    private static readonly ActorCodebook Codebook = new(TestResources.Store);
    private static readonly ActorRecogniser Recogniser = new(Codebook);

    private static IReadOnlyList<(string Text, string Canonical, bool Generic)> Run(string text)
    {
        var doc = Recogniser.Process(Splitter.Process(TestResources.Doc(text)));
        return doc.Get(Layers.Actors).Select(a => (a.Span.Slice(text), a.Canonical, a.Generic)).ToList();
    }

    public static TheoryData<string, string, string> Named => new()
    {
        // canonical name
        { "Fighters of the Islamic State left.", "Islamic State", "Islamic State" },
        // all-caps acronym
        { "ISIS commanders fled.", "ISIS", "Islamic State" },
        // hyphen and spelling variants normalise to one alias
        { "Al-Shabab fighters defected.", "Al-Shabab fighters", "al-Shabaab" },
        { "An al Shabaab commander came over.", "al Shabaab", "al-Shabaab" },
        // longest match wins over a contained name
        { "Islamic State West Africa Province fighters", "Islamic State West Africa Province fighters", "Islamic State West Africa Province" },
        // a generic noun right after a name belongs to the name
        { "Two Taliban fighters and a Syrian soldier", "Taliban fighters", "Taliban" },
        // diacritics ignored
        { "Séléka forces took him in.", "Séléka", "Seleka" },
        // demonym + military noun
        { "Three Syrian soldiers crossed.", "Syrian soldiers", "Syrian Arab Army" },
        { "An Afghan army officer said.", "Afghan army", "Afghan National Army" },
        { "A North Korean soldier ran south.", "North Korean soldier", "Korean People's Army" },
        // project-added alias
        { "Kurdish security forces received them.", "Kurdish security forces", "Peshmerga" },
        // state aliases
        { "They joined the Afghan government.", "Afghan government", "Government of Afghanistan" },
        // parenthesised acronym after name
        { "the Myanmar National Democratic Alliance Army (MNDAA) said", "Myanmar National Democratic Alliance Army", "Myanmar National Democratic Alliance Army" },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void FindsNamedActors(string text, string surface, string canonical)
    {
        var found = Run(text);
        Assert.True(found.Contains((surface, canonical, false)), string.Join(" | ", found));
    }

    public static TheoryData<string> NoActor => new()
    {
        // lower-case "is" is a verb, not the acronym IS
        "This is what happened.",
        // a demonym without a military word is not a force
        "Syrian refugees reached the camp.",
        // football and politics
        "The striker joined a rival club.",
    };

    [Theory]
    [MemberData(nameof(NoActor))]
    public void FindsNoNamedActor(string text) => Assert.DoesNotContain(Run(text), a => !a.Generic);

    [Fact]
    public void GenericReferencesResolveToTheDominantGroupOfTheirKind()
    {
        var found = Run("Boko Haram lost ground. The militants fled to Gwoza. Nigerian troops pursued the insurgents. The soldiers rested.");
        Assert.True(found.Contains(("militants", "Boko Haram", true)), string.Join(" | ", found));
        Assert.Contains(("insurgents", "Boko Haram", true), found);
        Assert.Contains(("soldiers", "Nigerian Armed Forces", true), found);
    }

    [Fact]
    public void GenericReferencesWithoutANamedActorStayUnresolved()
    {
        Assert.Empty(Run("The militants fled and the soldiers followed."));
    }

    [Fact]
    public void EverySeedActorOfTheSpecResolvesToItself()
    {
        foreach (var e in Codebook.Entries)
        {
            Assert.Equal(e.Canonical, Codebook.Canonicalize(e.Canonical));
            foreach (var alias in e.Aliases) Assert.Equal(e.Canonical, Codebook.Canonicalize(alias));
        }
    }
}
