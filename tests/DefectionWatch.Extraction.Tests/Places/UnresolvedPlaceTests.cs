using System.Collections.Immutable;
using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Places;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Places;

/// <summary>The unresolved tier of <see cref="PlaceRecogniser"/>: villages and districts the gazetteer lacks.</summary>
public class UnresolvedPlaceTests
{
    private static readonly SentenceSplitter Splitter = new(TestResources.Store);
    private static readonly Gazetteer Gazetteer = PlaceRecogniserTests.Gazetteer;
    private static readonly PlaceRecogniser Recogniser = new(Gazetteer, TestResources.Store);

    private static ImmutableArray<PlaceMention> Places(string text) =>
        Recogniser.Process(Splitter.Process(TestResources.Doc(text))).Get(Layers.Places);

    private static string Show(string text, ImmutableArray<PlaceMention> places) =>
        string.Join(", ", places.Select(p => $"{p.Span.Slice(text)}={p.Place.Name}/{p.Place.Country}/{p.Place.Precision}/{p.Rule}"));

    // text, surface (the whole span), expected name, country, precision
    public static TheoryData<string, string, string, string, PlacePrecision> Found => new()
    {
        // "near" + unknown village; the country is named in another sentence
        { "Insurgents roam Mozambique's north. Two of them came out of the bush near Chai.", "Chai", "Chai", "MZ", PlacePrecision.City },
        // "near" with the country in the same sentence
        { "Police in Syria broke up a cell near Ithriya last week.", "Ithriya", "Ithriya", "SY", PlacePrecision.City },
        // a bare "in" is enough when the document has one clear country
        { "The group executed two men in Qurn Zibar, officials in Yemen said.", "Qurn Zibar", "Qurn Zibar", "YE", PlacePrecision.City },
        // "near" before, a unit word (territory) after a second unknown name: a region
        { "In DR Congo, fighters fled their unit near Rubare, in Rutshuru territory.", "Rubare", "Rubare", "CD", PlacePrecision.City },
        { "In DR Congo, fighters fled their unit near Rubare, in Rutshuru territory.", "Rutshuru territory", "Rutshuru", "CD", PlacePrecision.Region },
        // "in the village of"
        { "Soldiers in Mali found the men in the village of Tidermene.", "Tidermene", "Tidermene", "ML", PlacePrecision.City },
        // "X district of Y province": the district is unresolved, the province resolves (Ma'rib, YE)
        { "Tribesmen clashed in the Raghwan district of Marib province in Yemen.", "Raghwan district", "Raghwan", "YE", PlacePrecision.Region },
        // a bare "at"
        { "Ten rebels surrendered at Mbau, the army of DR Congo said.", "Mbau", "Mbau", "CD", PlacePrecision.City },
        // "town of" without "the"
        { "Nigerian troops freed hostages in the town of Kirawa Jimina.", "Kirawa Jimina", "Kirawa Jimina", "NG", PlacePrecision.City },
        // "outside" and a three-word name with a particle
        { "Fighters regrouped outside Tell al Zuhur in Syria.", "Tell al Zuhur", "Tell al Zuhur", "SY", PlacePrecision.City },
        // a hyphenated particle name
        { "Iraqi forces searched houses near ad-Duluiyah.", "ad-Duluiyah", "ad-Duluiyah", "IQ", PlacePrecision.City },
        // the outskirts, after "the"
        { "Somali troops camped in the outskirts of Qansahdhere.", "Qansahdhere", "Qansahdhere", "SO", PlacePrecision.City },
        // sub-district and local government area are units too
        { "Shelling hit the Khasham sub-district in Syria.", "Khasham sub-district", "Khasham", "SY", PlacePrecision.Region },
        { "Gunmen struck in Guzamala local government area of Nigeria.", "Guzamala local government area", "Guzamala", "NG", PlacePrecision.Region },
        // a capitalised unit word
        { "Rebels in DR Congo said they had left Masisi Territory a week ago.", "Masisi Territory", "Masisi", "CD", PlacePrecision.Region },
        // a demonym is a country hint ("Afghan")
        { "Afghan officials said 30 men surrendered near Qarghanatu.", "Qarghanatu", "Qarghanatu", "AF", PlacePrecision.City },
        // the sentence's own country beats the document's main one
        { "Fighting in Syria went on. In Syria again, clashes. Later, men in Iraq gave up near Zaghniyah.", "Zaghniyah", "Zaghniyah", "IQ", PlacePrecision.City },
        // a non-ASCII name is shown folded to ASCII
        { "Colombian guerrillas disarmed near Pu\u00e9rto Ll\u00e1mas.", "Pu\u00e9rto Ll\u00e1mas", "Puerto Llamas", "CO", PlacePrecision.City },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Keeps_unknown_places(string text, string surface, string name, string country, PlacePrecision precision)
    {
        var places = Places(text);
        var hit = places.FirstOrDefault(p => p.Span.Slice(text) == surface);
        Assert.True(hit is not null, $"'{surface}' not found; got: {Show(text, places)}");
        Assert.Equal(name, hit.Place.Name);
        Assert.Equal(country, hit.Place.Country);
        Assert.Equal(precision, hit.Place.Precision);
        Assert.Null(hit.Place.Lat);
        Assert.Null(hit.Place.Lon);
        Assert.Equal(0, hit.Population);
        Assert.Equal("unresolved", hit.Rule);
    }

    // text and a word that must not be (part of) a place
    public static TheoryData<string, string> NotPlaces => new()
    {
        // no country anywhere in the text: nothing to attach the name to
        { "Two of them came out of the bush near Chai.", "Chai" },
        { "Soldiers found the men in the village of Tidermene.", "Tidermene" },
        { "Tribesmen clashed in the Raghwan district.", "Raghwan" },
        // a surname, a newspaper, a person after "from", a month
        { "In Syria, they met near Smith.", "Smith" },
        { "In Syria, he read it in Washington Post.", "Washington" },
        { "In Syria, they got a message from Ahmed.", "Ahmed" },
        { "Fighting in Syria stopped in January.", "January" },
        // an actor after "the", an actor name after "in"
        { "In Iraq, the men waited near the Peshmerga lines.", "Peshmerga" },
        { "In Syria, he spent a year in Islamic State.", "Islamic" },
        // a title before the name: a person
        { "In Iraq, they waited near Colonel Hamid.", "Hamid" },
        // a first name and a surname after "near"
        { "In Iraq, they waited near Hamid Qasimi.", "Hamid" },
        { "In Iraq, they waited near Hamid Qasimi.", "Qasimi" },
        // an all-capital headline word
        { "FIGHTERS SURRENDER NEAR CHAI IN MOZAMBIQUE", "CHAI" },
        { "In Syria, they met near KHARBA.", "KHARBA" },
        // an organisation word after the name
        { "In Yemen, he was treated at Mudiyah Hospital.", "Mudiyah" },
        // weekday, holiday, language after "in"/"at"
        { "Fighting in Syria stopped at Eid.", "Eid" },
        { "In Syria, the leaflets were in Kurmanji.", "Kurmanji" },
        // a continent
        { "Syrian refugees arrived in Europe.", "Europe" },
        // a target after "fired at"
        { "In Iraq, soldiers fired at Qasimi.", "Qasimi" },
        // a bare "in" with two countries of equal weight and none in the sentence: no clear country
        { "Syria and Iraq closed the border. Two men were executed in Mudiyah.", "Mudiyah" },
        // a bare "in" where the document's main country has two thirds of the weight only: not clear enough
        { "Fighters in Syria fled Syria for Turkey. One now lives in Qurn Zibar.", "Qurn Zibar" },
        // a company after "shares in"; a company word in the name
        { "In Mali, shares in Karita fell.", "Karita" },
        { "In Mali, he worked in Karita Gold for years.", "Karita" },
        // a name glued to a capitalised word before it (part of a longer name)
        { "In Iraq, he met Abu Qasimi near Baquba.", "Qasimi" },
        // a possessive: a person's
        { "In Iraq, they hid near Qasimi's house.", "Qasimi" },
        // "the" + name without a unit word
        { "In Iraq, they hid in the Qasimi.", "Qasimi" },
        // "Osama bin Laden": a name that continues with a particle
        { "In Pakistan, they lived near Osama bin Laden.", "Osama" },
        // a title-case headline
        { "Hundreds Of Militants Surrender Near Kirawa In Nigeria", "Kirawa" },
    };

    [Theory]
    [MemberData(nameof(NotPlaces))]
    public void Does_not_keep(string text, string notAPlace)
    {
        var at = text.IndexOf(notAPlace, StringComparison.Ordinal);
        var span = new Core.Text.CharSpan(at, at + notAPlace.Length);
        var places = Places(text);
        Assert.False(places.Any(p => p.Span.Overlaps(span)), Show(text, places));
    }

    [Fact]
    public void Unresolved_places_are_no_country_evidence()
    {
        // three unknown villages in Syria must not make Syria the clear country of the text: Syria and Iraq are
        // named once each, so the bare "in Qurn Zibar" has no clear country and is dropped (were the villages
        // counted, Syria would hold 4/5 of the weight and Qurn Zibar would be Syrian)
        const string text = "Fighters fled near Hawra, near Tulul and near Bir Tumaysh in Syria. Iraq closed its border. " +
                            "Two men were executed in Qurn Zibar.";
        var places = Places(text);
        var unresolved = places.Where(p => p.Rule == "unresolved").ToList();
        Assert.True(unresolved.Count == 3, Show(text, places));
        Assert.All(unresolved, p => Assert.Equal("SY", p.Place.Country));
        Assert.DoesNotContain(places, p => p.Span.Slice(text) == "Qurn Zibar");
    }

    [Fact]
    public void Existing_tiers_win()
    {
        // known names keep their gazetteer reading, whatever the cue
        const string text = "In Iraq, men surrendered near Hawija and in the village of Dibis.";
        var places = Places(text);
        Assert.DoesNotContain(places, p => p.Rule == "unresolved");
        Assert.Contains(places, p => p.Place.Name == "Hawija" && p.Place.Lat is not null);
        Assert.Contains(places, p => p.Place.Name == "Dibis" && p.Place.Lat is not null);
    }

    [Fact]
    public void Same_result_every_time()
    {
        const string text = "In DR Congo, fighters fled their unit near Rubare, in Rutshuru territory, and surrendered at Mbau.";
        var first = Show(text, Places(text));
        Assert.True(first.Contains("Rubare=Rubare/CD", StringComparison.Ordinal), first);
        for (var k = 0; k < 3; k++) Assert.Equal(first, Show(text, Places(text)));
    }

    [Fact]
    public void Random_cued_names_never_throw()
    {
        // robustness of the unresolved path: random capitalised strings after its cues, in a text with a country
        var name = Gen.String[Gen.Char['A', 'z'], 1, 20];
        Gen.Select(name, name, Gen.Int[0, 3]).Sample((a, b, form) =>
        {
            var text = form switch
            {
                0 => $"In Syria men hid near {a} {b}.",
                1 => $"In Syria men hid in the village of {a}-{b} {a}.",
                2 => $"In Syria men hid in {a} district, at {b}.",
                _ => $"In Syria men hid near {a} al {b} local government area",
            };
            var places = Places(text);
            foreach (var p in places)
            {
                Assert.InRange(p.Span.Start, 0, text.Length);
                Assert.InRange(p.Span.End, p.Span.Start + 1, text.Length);
            }
            for (var k = 1; k < places.Length; k++) Assert.True(places[k - 1].Span.End <= places[k].Span.Start);
        }, iter: 1000);
    }
}
