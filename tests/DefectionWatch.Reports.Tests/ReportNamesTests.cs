using DefectionWatch.Reports.Html;

namespace DefectionWatch.Reports.Tests;

public class ReportNamesTests
{
    [Theory]
    [InlineData("Karim Haddad", true)]                    // plain full name
    [InlineData("Khalid bin Walid al-Obeidi", true)]      // particles in lower case
    [InlineData("Abu Salim al-Shami", true)]              // kunya
    [InlineData("the group", false)]                      // description, starts lower case
    [InlineData("a security official in Kabul", false)]   // description
    [InlineData("Three Russian", false)]                  // number word, not a name
    [InlineData("A spokesman for the rebels", false)]     // capitalised description
    [InlineData("Al-Shabaab's radio station", false)]     // possessive
    [InlineData("Haddad", false)]                         // one word: too ambiguous to replace everywhere
    [InlineData("Unit 101 Commander", false)]             // digits
    // Only names that look like people's are replaced in report text.
    public void Looks_like_person(string name, bool expected) => Assert.Equal(expected, ReportNames.LooksLikePerson(name));

    [Fact]
    // A "name" that is part of a group name or an outlet is left alone.
    public void Group_and_outlet_names_are_not_people()
    {
        var kept = ReportNames.Select(["Jama'at Nusrat al-Islam", "Beledweyne Voice", "Karim Haddad"],
            ["Jama'at Nusrat al-Islam wal-Muslimin"], ["beledweynevoice.example"]);
        Assert.Equal(["Karim Haddad"], kept);
    }
}
