using DefectionWatch.Consolidation.People;
using DefectionWatch.Core.Records;

namespace DefectionWatch.Consolidation.Tests;

/// <summary>One person across documents and spellings, and never two people merged on a shared name alone.</summary>
public sealed class PeopleTests
{
    [Theory]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Muhammed", "Mohammad")]
    [InlineData("Abu Omar al-Shishani", "Abu Umar ash-Shishani")] // vowel and sun-letter particle variants
    [InlineData("Abu Omar al-Shishani", "Abu Omar el-Shishani")]
    [InlineData("Abu Omar al-Shishani", "Abu Omar Al Shishani")]
    [InlineData("Ahmed Khalaf al-Jubouri", "Ahmad Khalaf al-Juburi")]
    [InlineData("Abd al-Rahman", "Abdulrahman")]                     // servant-of prefix written apart or joined
    [InlineData("Abdirahman Hassan Nur", "Cabdiraxmaan Xasan Nuur")] // Somali orthography (table)
    [InlineData("Hussein", "Husayn")]
    [InlineData("Yusuf", "Youssef")]
    [InlineData("Sa'id", "Said")]                                    // apostrophe for the ʿayn
    [InlineData("Mawlawi Abdul Hakim", "Abdul Hakim")]               // title dropped
    [InlineData("Osama", "Usama")]
    public void Spellings_of_one_name_have_one_key(string a, string b) =>
        Assert.Equal(PersonNames.Parse(a).SetKey, PersonNames.Parse(b).SetKey);

    [Theory]
    [InlineData("Mohammed", "Mahmoud")]   // different names that share consonants
    [InlineData("Hassan", "Hussein")]
    [InlineData("Omar", "Amir")]
    [InlineData("Ali Hassan", "Ali Hussein")]
    [InlineData("Abdi", "Abdirahman")]     // Abdi is a name of its own
    public void Different_names_have_different_keys(string a, string b) =>
        Assert.NotEqual(PersonNames.Parse(a).SetKey, PersonNames.Parse(b).SetKey);

    [Theory]
    [InlineData("Mohammed Ali", true)]     // every part common
    [InlineData("Modu", true)]             // one part: a surname alone identifies no one
    [InlineData("Abu Omar al-Shishani", false)]
    [InlineData("Ahmed Dhiblawe Ali", false)]
    public void Common_names(string name, bool common) => Assert.Equal(common, PersonNames.Parse(name).Common);

    private static PersonMention P(string doc, string name, string? group = null, string? nat = null, string role = "defector", string? ev = null, int index = 0) =>
        new(new MentionKey(doc, index), new Person(name, role, nat, 0), group, ev);

    private static string[] Clusters(params PersonMention[] ms)
    {
        var r = PeopleConsolidator.Consolidate(ms);
        return [.. ms.Select(m => r.PersonOf[m.Key])];
    }

    [Fact]
    public void Spelling_variants_with_agreeing_group_merge()
    {
        var ids = Clusters(P("a", "Abu Omar al-Shishani", "Islamic State"), P("b", "Abu Umar ash-Shishani", "Islamic State"));
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void A_common_name_alone_never_merges()
    {
        // Two "Mohammed Ali"s, both defectors, unknown groups: the role alone is not enough for a common name.
        var ids = Clusters(P("a", "Mohammed Ali"), P("b", "Muhammad Ali"));
        Assert.NotEqual(ids[0], ids[1]);
        // Same group and nationality: now it is.
        var same = Clusters(P("a", "Mohammed Ali", "Taliban", "AF"), P("b", "Muhammad Ali", "Taliban", "AF"));
        Assert.Equal(same[0], same[1]);
        // Same canonical event: also enough.
        var ev = Clusters(P("a", "Mohammed Ali", ev: "ev-1"), P("b", "Muhammad Ali", ev: "ev-1"));
        Assert.Equal(ev[0], ev[1]);
    }

    [Fact]
    public void Known_disagreement_blocks_a_merge()
    {
        var ids = Clusters(P("a", "Abu Omar al-Shishani", "Islamic State", "GE"), P("b", "Abu Umar ash-Shishani", "Islamic State", "SY"));
        Assert.NotEqual(ids[0], ids[1]);
        var groups = Clusters(P("a", "Abu Omar al-Shishani", "Islamic State"), P("b", "Abu Omar al-Shishani", "Jabhat al-Nusra"));
        Assert.NotEqual(groups[0], groups[1]);
    }

    [Fact]
    public void Surname_only_and_shorter_forms_join_the_full_name_in_the_same_event()
    {
        // The dev set's X2: "Ahmed Dhiblawe Ali" in one outlet, "Ahmed Dhiblawe" in the other, one canonical event.
        var ids = Clusters(
            P("d023", "Ahmed Dhiblawe Ali", "al-Shabaab", "SO", ev: "ev-x2"),
            P("d024", "Ahmed Dhiblawe", "al-Shabaab", "SO", "surrendered", ev: "ev-x2"),
            P("d099", "Dhiblawe", null, null, ev: "ev-x2"));
        Assert.Single(ids.Distinct());
        var person = PeopleConsolidator.Consolidate([P("d023", "Ahmed Dhiblawe Ali", ev: "e"), P("d024", "Ahmed Dhiblawe", ev: "e")]).People.Single();
        Assert.Equal("Ahmed Dhiblawe Ali", person.Name); // the fullest spelling names the person
        Assert.Equal(2, person.Variants.Length);
    }

    [Fact]
    public void A_surname_fitting_two_people_joins_neither()
    {
        var ids = Clusters(
            P("a", "Ahmed Nuur Farah", ev: "e1"),
            P("b", "Hassan Nuur Farah", ev: "e1"),
            P("c", "Nuur Farah", ev: "e1"));
        Assert.NotEqual(ids[0], ids[1]);
        Assert.NotEqual(ids[2], ids[0]);
        Assert.NotEqual(ids[2], ids[1]);
    }

    [Fact]
    public void A_surname_in_another_event_without_context_stays_apart()
    {
        var ids = Clusters(P("a", "Ahmed Dhiblawe Ali", ev: "e1"), P("b", "Dhiblawe", ev: "e2"));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void Ids_are_stable_when_people_are_added()
    {
        var first = PeopleConsolidator.Consolidate([P("b", "Abu Omar al-Shishani", "Islamic State")]);
        var id = first.People.Single().Id;
        // An earlier report of the same man arrives: the id stays with its founding mention.
        var next = PeopleConsolidator.Consolidate([P("a", "Abu Umar ash-Shishani", "Islamic State"), P("b", "Abu Omar al-Shishani", "Islamic State")], first.State);
        Assert.Equal(id, next.People.Single().Id);
    }
}

/// <summary>The sample corpus's Somali commander, spelled the English and the Somali way by two outlets.</summary>
public sealed class SomaliSpellingTests
{
    [Fact]
    public void English_and_Somali_spellings_of_one_commander_in_one_event_merge()
    {
        var r = PeopleConsolidator.Consolidate([
            new PersonMention(new MentionKey("s004", 0), new Person("Abdirahman Hassan Nur", "defector", "SO", 0), "al-Shabaab", "ev-a"),
            new PersonMention(new MentionKey("s005", 0), new Person("Cabdiraxmaan Xasan Nuur", "surrendered", "SO", 0), "al-Shabaab", "ev-a"),
        ]);
        var p = Assert.Single(r.People);
        Assert.Equal(2, p.Variants.Length);
        Assert.Equal(["defector", "surrendered"], p.Roles.Order());
    }
}
