using System.Collections.Immutable;
using CsCheck;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Records;
using DefectionWatch.Extraction.Places;
using DefectionWatch.Extraction.Sentences;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Places;

public class PlaceRecogniserTests
{
    private static readonly SentenceSplitter Splitter = new(TestResources.Store);
    internal static readonly Gazetteer Gazetteer = Gazetteer.Load(TestResources.Store);
    private static readonly PlaceRecogniser Recogniser = new(Gazetteer, TestResources.Store);

    private static ImmutableArray<PlaceMention> Places(string text)
    {
        var doc = Splitter.Process(TestResources.Doc(text));
        return Recogniser.Process(doc).Get(Layers.Places);
    }

    // text, surface form that must be found, expected name, country, precision, lat, lon (NaN = null)
    public static TheoryData<string, string, string, string, string, double, double> Positives => new()
    {
        // plain city with locative cue
        { "Fighters surrendered in Mosul on Tuesday.", "Mosul", "Mosul", "IQ", "city", 36.34, 43.12 },
        // spelling variants of Raqqa map to one display name
        { "They fled Raqqa last week.", "Raqqa", "Raqqa", "SY", "city", 35.95, 39.01 },
        { "Families left Ar-Raqqah at dawn.", "Ar-Raqqah", "Raqqa", "SY", "city", 35.95, 39.01 },
        { "The convoy reached al-Raqqah by night.", "al-Raqqah", "Raqqa", "SY", "city", 35.95, 39.01 },
        { "Residents of Al-Raqqah said so.", "Al-Raqqah", "Raqqa", "SY", "city", 35.95, 39.01 },
        { "Clashes continued in Raqqah.", "Raqqah", "Raqqa", "SY", "city", 35.95, 39.01 },
        // Mosul by its Arabic name
        { "He walked out of al-Mawsil alone.", "al-Mawsil", "Mosul", "IQ", "city", 36.34, 43.12 },
        // Deir ez-Zor spellings (particle inside a hyphenated word)
        { "Defectors arrived in Deir ez-Zor.", "Deir ez-Zor", "Deir ez-Zor", "SY", "city", 35.34, 40.14 },
        { "Defectors arrived in Deir al-Zour.", "Deir al-Zour", "Deir ez-Zor", "SY", "city", 35.34, 40.14 },
        { "Defectors arrived in Deir Ezzor.", "Deir Ezzor", "Deir ez-Zor", "SY", "city", 35.34, 40.14 },
        // Kirkuk alternate spelling
        { "The men drove to Karkuk.", "Karkuk", "Kirkuk", "IQ", "city", 35.47, 44.39 },
        // Jisr al-Shughour with three words and a lower-case particle
        { "Thousands fled Jisr al-Shughour toward Turkey.", "Jisr al-Shughour", "Jisr al-Shughour", "SY", "city", 35.81, 36.32 },
        { "Thousands fled Jisr ash-Shughur toward Turkey.", "Jisr ash-Shughur", "Jisr al-Shughour", "SY", "city", 35.81, 36.32 },
        // Hawija: the GeoNames name has an article and no population
        { "Militants gave themselves up near Hawija.", "Hawija", "Hawija", "IQ", "city", 35.33, 43.77 },
        { "Militants gave themselves up near Hawijah.", "Hawijah", "Hawija", "IQ", "city", 35.33, 43.77 },
        // Dibis, a small town known only through the alias file
        { "They handed over weapons in Dibis.", "Dibis", "Dibis", "IQ", "city", 35.67, 44.07 },
        // Manbij, Baghuz, Kobani/Ayn al-Arab
        { "Civilians streamed out of Manbij.", "Manbij", "Manbij", "SY", "city", 36.53, 37.95 },
        { "The last pocket at Baghuz fell.", "Baghuz", "Baghuz", "SY", "city", 34.46, 40.95 },
        { "Kurdish fighters held Kobani.", "Kobani", "Kobani", "SY", "city", 36.89, 38.35 },
        { "Kurdish fighters held Ayn al-Arab.", "Ayn al-Arab", "Kobani", "SY", "city", 36.89, 38.35 },
        // Somalia
        { "Fighters surrendered to troops in Muqdisho.", "Muqdisho", "Mogadishu", "SO", "city", 2.04, 45.34 },
        { "A commander defected in Kismayo.", "Kismayo", "Kismayo", "SO", "city", -0.36, 42.55 },
        // Nigeria
        { "Women escaped from Gwoza.", "Gwoza", "Gwoza", "NG", "city", 11.08, 13.70 },
        { "Women escaped to Bama.", "Bama", "Bama", "NG", "city", 11.52, 13.69 },
        { "The camp in Maiduguri is full.", "Maiduguri", "Maiduguri", "NG", "city", 11.85, 13.16 },
        // Myanmar/Thailand border
        { "Soldiers crossed at Myawaddy.", "Myawaddy", "Myawaddy", "MM", "city", 16.69, 98.51 },
        { "Soldiers crossed at Myawadi.", "Myawadi", "Myawaddy", "MM", "city", 16.69, 98.51 },
        { "They reached Mae Sot on foot.", "Mae Sot", "Mae Sot", "TH", "city", 16.72, 98.57 },
        { "Troops gave up Laukkaing.", "Laukkaing", "Laukkaing", "MM", "city", 23.69, 98.76 },
        // Afghanistan
        { "Fighters joined the peace process in Maimana.", "Maimana", "Maymana", "AF", "city", 35.92, 64.78 },
        { "Fighters joined the peace process in Almar.", "Almar", "Almar", "AF", "city", 35.85, 64.53 },
        // Korea: Panmunjom goes to the South by default
        { "A soldier ran across at Panmunjom.", "Panmunjom", "Panmunjom", "KR", "city", 37.96, 126.68 },
        // region phrases
        { "Operations continue in Anbar province.", "Anbar province", "Anbar", "IQ", "region", double.NaN, double.NaN },
        { "Fighting in Idlib province displaced many.", "Idlib province", "Idlib", "SY", "region", double.NaN, double.NaN },
        { "Insurgents surrendered in Borno State.", "Borno State", "Borno", "NG", "region", double.NaN, double.NaN },
        { "The Taliban lost ground in Helmand province.", "Helmand province", "Helmand", "AF", "region", double.NaN, double.NaN },
        { "Refugees came from the Kayin state.", "Kayin state", "Kayin", "MM", "region", double.NaN, double.NaN },
        { "Militants defected in the Middle Shabelle region.", "Middle Shabelle region", "Middle Shabelle", "SO", "region", double.NaN, double.NaN },
        { "Shelling hit the Kursk region.", "Kursk region", "Kursk", "RU", "region", double.NaN, double.NaN },
        { "Shelling hit the Belgorod region.", "Belgorod region", "Belgorod", "RU", "region", double.NaN, double.NaN },
        { "They fled across Nineveh province.", "Nineveh province", "Nineveh", "IQ", "region", double.NaN, double.NaN },
        { "They fled across Ninawa province.", "Ninawa province", "Nineveh", "IQ", "region", double.NaN, double.NaN },
        { "Men surrendered in Salahuddin province.", "Salahuddin province", "Salahuddin", "IQ", "region", double.NaN, double.NaN },
        { "Men surrendered in Diyala province.", "Diyala province", "Diyala", "IQ", "region", double.NaN, double.NaN },
        { "Men surrendered in Deir ez-Zor governorate.", "Deir ez-Zor governorate", "Deir ez-Zor", "SY", "region", double.NaN, double.NaN },
        { "Men surrendered in the province of Raqqa.", "province of Raqqa", "Raqqa", "SY", "region", double.NaN, double.NaN },
        { "Many crossed into Hatay province.", "Hatay province", "Hatay", "TR", "region", double.NaN, double.NaN },
        { "Guerrillas demobilised in Faryab province.", "Faryab province", "Faryab", "AF", "region", double.NaN, double.NaN },
        // a bare curated region name
        { "Guerrillas laid down arms in Uruzgan.", "Uruzgan", "Uruzgan", "AF", "region", double.NaN, double.NaN },
        { "Guerrillas laid down arms in Choco.", "Choco", "Choco", "CO", "region", double.NaN, double.NaN },
        // countries
        { "He fled to Syria.", "Syria", "Syria", "SY", "country", 35, 38 },
        { "They returned to Iraq in 2017.", "Iraq", "Iraq", "IQ", "country", 33, 44 },
        { "Rebels in the Democratic Republic of Congo laid down arms.", "Democratic Republic of Congo", "DR Congo", "CD", "country", 0, 25 },
        { "Fighting in Northern Iraq continued.", "Iraq", "Iraq", "IQ", "country", 33, 44 },
        // a large city without a cue
        { "Baghdad said the men would be tried.", "Baghdad", "Baghdad", "IQ", "city", 33.34, 44.40 },
        // possessive
        { "Mosul's residents waited.", "Mosul", "Mosul", "IQ", "city", 36.34, 43.12 },
        // Tripoli follows context
        { "Clashes erupted in Tripoli, Lebanon's second city, as the Lebanese army moved in.", "Tripoli", "Tripoli", "LB", "city", 34.44, 35.85 },
        { "Militiamen in Tripoli surrendered to forces loyal to the government of Libya.", "Tripoli", "Tripoli", "LY", "city", 32.89, 13.19 },
        { "Fighters gave themselves up in Tripoli.", "Tripoli", "Tripoli", "LY", "city", 32.89, 13.19 },
        // a bare name shared by a province and its capital is the city
        { "Fighters moved north of Kandahar.", "Kandahar", "Kandahar", "AF", "city", 31.61, 65.71 },
        // a GeoNames name with Turkish letters, found from its ASCII spelling and shown in ASCII
        { "We met in a flat in Sanliurfa.", "Sanliurfa", "Sanliurfa", "TR", "city", 37.17, 38.79 },
        // Kurdistan Region is Iraq's, not the Iranian province
        { "They reached the Kurdistan Region on foot.", "Kurdistan Region", "Kurdistan Region", "IQ", "region", double.NaN, double.NaN },
        // a Turkish name with a dotless i
        { "They crossed to Reyhanli.", "Reyhanli", "Reyhanli", "TR", "city", 36.27, 36.57 },
        // title-case headline
        { "Hundreds Of Militants Surrender In Gwoza", "Gwoza", "Gwoza", "NG", "city", 11.08, 13.70 },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public void Finds_and_resolves(string text, string surface, string name, string country, string precision, double lat, double lon)
    {
        var places = Places(text);
        var hit = places.FirstOrDefault(p => p.Span.Slice(text) == surface);
        Assert.True(hit is not null, $"'{surface}' not found; got: {string.Join(", ", places.Select(p => $"{p.Span.Slice(text)}={p.Place.Name}/{p.Place.Country}/{p.Rule}"))}");
        Assert.Equal(name, hit.Place.Name);
        Assert.Equal(country, hit.Place.Country);
        Assert.Equal(precision, hit.Place.Precision switch { PlacePrecision.City => "city", PlacePrecision.Region => "region", _ => "country" });
        if (double.IsNaN(lat))
        {
            Assert.Null(hit.Place.Lat);
            Assert.Null(hit.Place.Lon);
        }
        else
        {
            Assert.NotNull(hit.Place.Lat);
            Assert.InRange(hit.Place.Lat!.Value, lat - 0.1, lat + 0.1);
            Assert.InRange(hit.Place.Lon!.Value, lon - 0.1, lon + 0.1);
        }
    }

    // text and a word or phrase that must NOT come out as (part of) a place
    public static TheoryData<string, string> Negatives => new()
    {
        // organisation names that contain place or state words
        { "Islamic State fighters fled.", "Islamic State" },
        { "The Free Syrian Army took the town.", "Syrian" },
        { "Boko Haram released a video.", "Boko Haram" },
        { "Syrian Democratic Forces commanders met.", "Syrian" },
        { "The Islamic State West Africa Province claimed it.", "Province" },
        // demonyms
        { "Syrian refugees arrived.", "Syrian" },
        { "Kurdish officials said so.", "Kurdish" },
        { "The Iraqi army advanced.", "Iraqi" },
        // common words that are also towns
        { "Police said the men surrendered.", "Police" },
        { "In March the fighting stopped.", "March" },
        { "Hope remains for the hostages.", "Hope" },
        { "Reading the letter, he wept.", "Reading" },
        { "Colonel Ahmed spoke to reporters.", "Colonel" },
        { "The Mobile phones were seized.", "Mobile" },
        { "Nice work, the officer said.", "Nice" },
        // person names
        { "Saddam Hussein ruled Iraq.", "Hussein" },
        { "Hussein said he had left the group.", "Hussein" },
        { "Mr Warren told reporters.", "Warren" },
        // an organisation named after a city
        { "Mosul University reopened.", "Mosul" },
        // acronyms and actor names after "The" are not towns
        { "The UN said aid was blocked.", "UN" },
        { "The Taliban denied the report.", "Taliban" },
        // a foreign small town is not read into a story about another country
        { "Colombian guerrillas camped along the San Juan river in Colombia.", "San Juan" },
        // the first word of a neighbourhood name ("Bab al-Tabbaneh") is not the Syrian town Al-Bab
        { "Gunmen in Bab al-Tabbaneh fired on Lebanese soldiers.", "Bab" },
    };

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Does_not_find(string text, string notAPlace)
    {
        var at = text.IndexOf(notAPlace, StringComparison.Ordinal);
        var span = new Core.Text.CharSpan(at, at + notAPlace.Length);
        var places = Places(text);
        Assert.DoesNotContain(places, p => p.Span.Overlaps(span));
    }

    [Fact]
    public void Every_alias_line_resolves()
    {
        // a gazetteer name misspelt in place-aliases.tsv would silently drop the line
        Assert.Empty(Gazetteer.UnresolvedAliases);
        foreach (var (_, f) in TestResources.Store.ReadTsv("en/place-aliases.tsv"))
        {
            var wanted = f[2] switch { "region" => PlacePrecision.Region, "country" => PlacePrecision.Country, _ => PlacePrecision.City };
            foreach (var alias in f[5].Split('|', StringSplitOptions.RemoveEmptyEntries).Append(f[0]))
            {
                var entries = Gazetteer.Lookup(alias);
                Assert.True(entries.Any(e => e.Curated && e.Name == f[0] && e.Country == f[1] && e.Precision == wanted),
                    $"alias '{alias}' of '{f[0]}' ({f[1]}, {f[2]}) does not resolve");
                var e = entries.First(e => e.Curated && e.Name == f[0] && e.Country == f[1] && e.Precision == wanted);
                if (wanted == PlacePrecision.City)
                {
                    Assert.NotNull(e.Lat);
                    Assert.NotNull(e.Lon);
                }
            }
        }
    }

    [Fact]
    public void Gazetteer_has_the_expected_size()
    {
        // guards against a truncated or mis-parsed generated file
        Assert.InRange(Gazetteer.CityCount, 130_000, 140_000);
        Assert.InRange(Gazetteer.RegionCount, 3_000, 5_000);
        Assert.InRange(Gazetteer.Countries.Count, 240, 260);
        Assert.Equal("SY", Gazetteer.Demonyms["syrian"]);
    }

    [Theory]
    // plain ASCII keys must equal the shared normaliser's, or codebook and gazetteer keys drift apart
    [InlineData("Deir ez-Zor")]
    [InlineData("The Hague")]
    [InlineData("Jisr  al-Shughour")]
    [InlineData("Ar-Raqqah.")]
    [InlineData("U.S. Army")]
    [InlineData("O'Neill's")]
    public void Ascii_keys_equal_the_shared_normaliser(string name)
    {
        Assert.Equal(Core.Text.TextNormalizer.NormalizeName(name), Gazetteer.Key(name));
    }

    [Theory]
    // diacritics, Turkish dotless i and Arabic ayn signs fold to ASCII, so text and gazetteer spellings meet
    [InlineData("\u015eanl\u0131urfa", "sanliurfa")]
    [InlineData("\u2018Ayn al \u2018Arab", "ayn al arab")]
    [InlineData("Jisr ash Shugh\u016br", "jisr ash shughur")]
    [InlineData("Choc\u00f3", "choco")]
    [InlineData("Al \u1e28aw\u012bjah", "al hawijah")]
    [InlineData("Tall Abya\u1e11", "tall abyad")]
    public void Non_ascii_keys_fold_to_ascii(string name, string key)
    {
        Assert.Equal(key, Gazetteer.Key(name));
    }

    [Fact]
    public void Tripoli_follows_the_document_not_only_the_sentence()
    {
        // the country is named in another sentence
        const string text = "The Lebanese army deployed in the north. Gunmen in Tripoli refused to surrender.";
        var tripoli = Places(text).Single(p => p.Span.Slice(text) == "Tripoli");
        Assert.Equal("LB", tripoli.Place.Country);
    }

    [Fact]
    public void Panmunjom_goes_north_when_the_text_is_about_the_north_side()
    {
        const string text = "North Korea said the guard stayed in Panmunjom. North Korea denied any defection.";
        var p = Places(text).Single(p => p.Span.Slice(text) == "Panmunjom");
        Assert.Equal("KP", p.Place.Country);
    }

    [Fact]
    public void Rules_are_recorded()
    {
        const string text = "Men fled Ar-Raqqah for Turkey and reached Gaziantep, then Anbar province.";
        var byText = Places(text).ToDictionary(p => p.Span.Slice(text), p => p.Rule);
        Assert.Equal("alias", byText["Ar-Raqqah"]);
        Assert.Equal("country", byText["Turkey"]);
        Assert.Equal("region", byText["Anbar province"]);
        Assert.True(byText.ContainsKey("Gaziantep"));
    }

    [Fact]
    public void Random_text_never_throws_and_spans_stay_inside()
    {
        var words = Gen.Int[0, Vocabulary.Length - 1].Select(k => Vocabulary[k]);
        var gen = Gen.OneOf(
            words.Array[0, 40].Select(ws => string.Join(' ', ws)),
            Gen.String[Gen.Char, 0, 200]);
        gen.Sample(text =>
        {
            var places = Places(text);
            foreach (var p in places)
            {
                Assert.InRange(p.Span.Start, 0, text.Length);
                Assert.InRange(p.Span.End, p.Span.Start + 1, text.Length);
            }
            for (var k = 1; k < places.Length; k++) Assert.True(places[k - 1].Span.End <= places[k].Span.Start);
        }, iter: 2000);
    }

    private static readonly string[] Vocabulary =
    [
        "Mosul", "in", "near", "the", "Raqqa", "province", "al-", "Deir", "ez-Zor", "Islamic", "State",
        "March", "Tripoli", "Lebanon", "'s", ".", ",", "\n", "Syria", "of", "town", "Hussein", "Borno", "State", "É", "\u2019", "-", " ",
    ];
}
