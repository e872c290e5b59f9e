using System.Collections.Immutable;
using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.People;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.People;

public class PeopleTests
{
    private static readonly SentenceSplitter Splitter = new(TestResources.Store);
    private static readonly PersonNameRecogniser Names = new(TestResources.Store);
    private static readonly PeopleExtractor Extractor = new(TestResources.Store);

    // raw capitalised sequence, cleaned name (all invented)
    public static TheoryData<string, string> NameForms => new()
    {
        // Pashto honorific dropped
        { "Mullah Abdul Rashid", "Abdul Rashid" },
        // Hausa honorific dropped
        { "Mallam Usman Bello", "Usman Bello" },
        // compound rank dropped
        { "Lieutenant Colonel Farid Haddad", "Farid Haddad" },
        // abbreviated rank with its period
        { "Col. Tariq al-Masri", "Tariq al-Masri" },
        // Russian first name + patronymic + surname, rank dropped
        { "Captain Mikhail Sergeyevich Orlov", "Mikhail Sergeyevich Orlov" },
        // Arabic bin, honorific dropped
        { "Sheikh Hamza bin Rashid", "Hamza bin Rashid" },
        // kunya and nisba kept whole
        { "Abu Yusuf al-Tunisi", "Abu Yusuf al-Tunisi" },
        // Somali four-part name, rank dropped
        { "Sergeant Ali Hussein Warsame Jama", "Ali Hussein Warsame Jama" },
        // a sentence-initial function word is not part of the name
        { "The Farah Aden", "Farah Aden" },
        // possessive removed
        { "Idris Kamara's", "Idris Kamara" },
        // Korean hyphenated given name
        { "Sergeant Lee Min-ho", "Lee Min-ho" },
    };

    [Theory]
    [MemberData(nameof(NameForms))]
    public void CleansNameForms(string raw, string expected) => Assert.Equal(expected, Names.Parse(raw)?.Name);

    public static TheoryData<string, bool, bool> PersonLikeness => new()
    {
        // organisation word: not a person
        { "Islamic State", false, false },
        // a demonym alone: not a person
        { "Syrian", false, false },
        // office title marks an official
        { "President Karl Weber", true, true },
        // a plain person
        { "Nadia Farouk", true, false },
    };

    [Theory]
    [MemberData(nameof(PersonLikeness))]
    public void TellsPeopleFromOrganisations(string raw, bool isPerson, bool office)
    {
        var m = Names.Parse(raw);
        Assert.NotNull(m);
        Assert.Equal(isPerson, m.IsPerson);
        Assert.Equal(office, m.Office);
    }

    public static TheoryData<string, string[], string> Resolution => new()
    {
        // surname only
        { "Orlov", ["Mikhail Sergeyevich Orlov"], "Mikhail Sergeyevich Orlov" },
        // surname with article
        { "al-Masri", ["Tariq al-Masri"], "Tariq al-Masri" },
        // article-less form of an al- name
        { "Masri", ["Tariq al-Masri"], "Tariq al-Masri" },
        // unknown name stays as it is
        { "Haddad", ["Nadia Farouk"], "Haddad" },
        // the first matching full form wins
        { "Warsame", ["Ali Hussein Warsame", "Warsame Jama Ali"], "Ali Hussein Warsame" },
    };

    [Theory]
    [MemberData(nameof(Resolution))]
    public void ResolvesShortForms(string name, string[] known, string expected) =>
        Assert.Equal(expected, PersonNameRecogniser.Resolve(name, known));

    private static ImmutableArray<Person> Run(string text, EventType type = EventType.Defection)
    {
        var doc = Splitter.Process(TestResources.Doc(text));
        var sentences = doc.Get(Layers.Sentences);
        var first = sentences.IsEmpty ? new CharSpan(0, 0) : sentences[0].Span; // whitespace-only text has no sentence
        var ev = new ExitEvent(type, null, null, null, null, null, [], null, Evidence.From(first, text));
        return Extractor.Extract(doc.Text, doc.Get(Layers.Sentences), [ev]);
    }

    public static TheoryData<string, string[]> Leavers => new()
    {
        // subject of "surrendered" after an apposition
        { "Yusuf Adan Mohamed, a senior commander, surrendered to police in Dhobley on Monday.", ["Yusuf Adan Mohamed"] },
        // a spokesman reporting on others is not a leaver
        { "A spokesman, Ibrahim Warsame, said 20 fighters surrendered.", [] },
        // introduced by others as the defector
        { "The defector, identified as Hamza al-Rawi, crossed the border at night.", ["Hamza al-Rawi"] },
        // full name once, surname later: one person
        { "Viktor Ilyich Sokolov, 29, deserted his unit in March. Sokolov said he had not been paid.", ["Viktor Ilyich Sokolov"] },
        // a spelling variant is not a second person
        { "Ahmed Abdi Gure defected on Sunday. Local radio spelled his name Axmed Gurey.", ["Ahmed Abdi Gure"] },
        // an official with an office title
        { "Twelve fighters surrendered, said Governor Aden Farah Nur.", [] },
        // the group's leader they fell out with
        { "The men defected after falling out with their leader, Hassan Dahir Aweys.", [] },
        // a list of names
        { "Three commanders defected on Friday. Officials named them as Nur Abdi, Liban Osman and Ali Gedi.", ["Nur Abdi", "Liban Osman", "Ali Gedi"] },
        // honorific dropped from an introduced name
        { "Dozens surrendered. One of those who surrendered, introduced as Mallam Garba Musa, said he was tired.", ["Garba Musa"] },
        // single name the person gives himself
        { "Dozens surrendered. One former fighter, who gave his name as Kaka, said he left because of hunger.", ["Kaka"] },
        // a researcher quoted about defections
        { "Dozens defected. \"They are exhausted,\" said Helen Brandt, a researcher who studies defections.", [] },
        // a place after "in"
        { "Forty fighters surrendered in Ras Kamboni on Monday.", [] },
        // a possessive: the forces of X switched sides, not X
        { "A unit loyal to Omar Bashir Hamid's forces switched sides.", [] },
        // alias given by the text is not a new person
        { "Hassan Ali Dheere, also known as Abu Bakr, defected in May.", ["Hassan Ali Dheere"] },
        // introduced by himself, with his rank
        { "A soldier deserted on Monday. In a video, he identified himself as Sergeant Omar Khalid al-Jabouri.", ["Omar Khalid al-Jabouri"] },
        // the outlet an official spoke to is not a person
        { "Forty fighters surrendered on Monday, officers told Jubba Voice.", [] },
        // a number word and a demonym are not a name
        { "Four Syrian soldiers defected on Monday.", [] },
        // "known among his men as": an alias, not a second person
        { "Idris Kamara defected in May. Kamara, known among his men as Abu Dujana, said he was tired.", ["Idris Kamara"] },
        // a Burmese name given with the rank next to the event
        { "Twelve soldiers deserted from a base near the border on Friday. Sergeant Kyaw Zin Htet, 29, said the unit had been ordered to clear a market.", ["Kyaw Zin Htet"] },
        // the leaver named in apposition to a fighter noun in the next sentence
        { "Fifteen fighters handed over their weapons on Monday. The commander, Mawlawi Sher Khan Wardak, told reporters the men were tired.", ["Sher Khan Wardak"] },
        // Russian name with a Latin transliteration variant
        { "Andrei Pavlovich Belov crossed into Finland on foot. Some outlets transliterated it as Andrey.", ["Andrei Pavlovich Belov"] },
    };

    [Theory]
    [MemberData(nameof(Leavers))]
    public void FindsOnlyLeavers(string text, string[] expected) =>
        Assert.Equal(expected, Run(text).Select(p => p.Name).ToArray());

    [Theory]
    // role follows the linked event's type
    [InlineData(EventType.Desertion, "deserter")]
    [InlineData(EventType.Surrender, "surrendered")]
    [InlineData(EventType.Defection, "defector")]
    [InlineData(EventType.ShamDefection, "sham_defector")]
    public void RoleFollowsEventType(EventType type, string role)
    {
        var people = Run("Yusuf Adan Mohamed, a senior commander, surrendered to police on Monday.", type);
        Assert.Equal(role, Assert.Single(people).Role);
        Assert.Equal(0, people[0].Event);
    }

    [Fact]
    public void NationalityOnlyWhenStated()
    {
        // "a German national" states it; ISO alpha-2
        var people = Run("Abu Talha al-Almani, a German national, deserted the group in May.");
        Assert.Equal("DE", Assert.Single(people).Nationality);
        Assert.Null(Assert.Single(Run("Yusuf Adan Mohamed surrendered on Monday.")).Nationality);
    }

    [Fact]
    public void ActorsOfTheCodebookAreNotPeople()
    {
        // "Kata Ibn Sina" would pass as a name; the actor layer says it is a group
        const string text = "Dozens of Kata Ibn Sina fighters defected on Monday.";
        var doc = Splitter.Process(TestResources.Doc(text));
        var ev = new ExitEvent(EventType.Defection, null, null, null, null, null, [], null, Evidence.From(doc.Get(Layers.Sentences)[0].Span, text));
        var start = text.IndexOf("Kata", StringComparison.Ordinal);
        var actor = new ActorMention(new CharSpan(start, start + "Kata Ibn Sina".Length), "Kata Ibn Sina", ActorKind.ArmedGroup, false);
        Assert.Equal(["Kata Ibn Sina"], Extractor.Extract(text, doc.Get(Layers.Sentences), [ev]).Select(p => p.Name));
        Assert.Empty(Extractor.Extract(text, doc.Get(Layers.Sentences), [ev], [actor]));
    }

    [Fact]
    public void AnOfficerOfTheOtherSideIsNotALeaver()
    {
        // the apposition names a state force the fighters surrendered to
        const string text = "Colonel Ahmed Yusuf Ali, the SNA commander in the district, said 20 fighters surrendered.";
        var doc = Splitter.Process(TestResources.Doc(text));
        var ev = new ExitEvent(EventType.Surrender, null, null, null, null, null, [], null, Evidence.From(doc.Get(Layers.Sentences)[0].Span, text));
        var start = text.IndexOf("SNA", StringComparison.Ordinal);
        var actor = new ActorMention(new CharSpan(start, start + 3), "Somali National Army", ActorKind.StateForce, false);
        Assert.Single(Extractor.Extract(text, doc.Get(Layers.Sentences), [ev]));
        Assert.Empty(Extractor.Extract(text, doc.Get(Layers.Sentences), [ev], [actor]));
    }

    [Fact]
    public void NoEventsNoPeople()
    {
        var doc = Splitter.Process(TestResources.Doc("Yusuf Adan Mohamed surrendered on Monday."));
        Assert.Empty(Extractor.Extract(doc.Text, doc.Get(Layers.Sentences), []));
    }

    [Fact]
    public void RandomTextNeverThrows()
    {
        Gen.String[Gen.Char["ab AXal-Bin .,\"'\nsurrendered defected named as"], 0, 300].Sample(text =>
        {
            var people = Run(text.Length == 0 ? "x" : text);
            return people.All(p => p.Name.Length > 0 && p.Event == 0);
        });
    }
}
