using CsCheck;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Records;
using DefectionWatch.Dataset;
using DefectionWatch.Reports.Html;
using DefectionWatch.Reports.Tests.Support;
using static DefectionWatch.Reports.Tests.Support.Reports;

namespace DefectionWatch.Reports.Tests;

public class HtmlReportTests
{
    public static TheoryData<string> SectionIds => ["headline", "timeline", "breakdown", "map", "narratives", "estimates", "sources", "methods"];

    [Theory]
    [MemberData(nameof(SectionIds))]
    // Every section of the issue is there, with its anchor in the navigation.
    public void Every_section_is_present(string id)
    {
        var html = HtmlReport.Build(Full());
        Assert.Contains($"<section id=\"{id}\">", html);
        Assert.Contains($"<a href=\"#{id}\">", html);
    }

    [Theory]
    [InlineData("timeline-events")]
    [InlineData("timeline-people")]
    [InlineData("groups")]
    [InlineData("countries")]
    [InlineData("map")]
    [InlineData("estimates-strength")]
    // Charts are inline SVG (no image file, no script).
    public void Charts_are_inline_svg(string chart) =>
        Assert.Matches($"<svg [^>]*data-chart=\"{chart}\"", HtmlReport.Build(Full()));

    [Fact]
    // One file that asks for nothing: no script, no external stylesheet or image, and a CSP that forbids requests.
    public void The_file_is_self_contained()
    {
        var html = HtmlReport.Build(Full());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(?!#|https?://)", html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", ""));
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html);
        Assert.DoesNotMatch(@"url\(", html);
    }

    public static TheoryData<string> Hostile => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "'><iframe src=javascript:alert(1)>",
        "</title><script>alert(1)</script>",
        "&lt;script&gt; already escaped",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    // Article text is data: evidence containing markup renders as text in the narratives and estimates tables.
    public void Evidence_is_escaped(string hostile)
    {
        var data = Full() with
        {
            Motives = [Motive(1, 0, "brutality", "He said " + hostile + " and left.")],
            Estimates = [Estimate(1, 0, Measure.Strength, Count.Exact(10), text: "Some " + hostile), Estimate(1, 1, Measure.Strength, Count.Exact(20)), Estimate(1, 2, Measure.Strength, Count.Exact(30))],
        };
        var html = HtmlReport.Build(data);
        Assert.DoesNotContain(hostile, html);
        AssertNoInjectedMarkup(html);
        Assert.Contains(Esc(hostile), html);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    // Titles, outlet names and URLs of articles are escaped too; a javascript: URL is never linked.
    public void Titles_outlets_and_urls_are_escaped(string hostile)
    {
        var data = Full() with
        {
            Scope = Full().Scope with { Title = "Report " + hostile },
            Sources = Full().Sources.SetItem(1, Source(1, title: hostile, publisher: hostile, url: "javascript:alert(1)//" + hostile)),
        };
        var html = HtmlReport.Build(data);
        Assert.DoesNotContain(hostile, html);
        AssertNoInjectedMarkup(html);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Esc(hostile), html);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    // Group names, places, sources and people come from article text as well: escaped in tables, SVG labels and tooltips.
    public void Groups_places_and_names_are_escaped(string hostile)
    {
        var data = Full() with
        {
            Events =
            [
                Event(1, 0, group: hostile, place: new Place(hostile, "IQ", 35.4, 44.4, PlacePrecision.City), source: hostile, motives: ["family"]),
                Event(2, 0, group: "Beta Front"),
            ],
            Estimates = [Estimate(1, 0, Measure.Strength, Count.Exact(10), group: hostile, source: hostile), Estimate(1, 1, Measure.Strength, Count.Exact(20), group: hostile), Estimate(1, 2, Measure.Strength, Count.Exact(30))],
            People = [new(1, 0, new Person(hostile, "defector", null, 0))],
            Quotes = [new(1, 0, new Quote(hostile, hostile, hostile, new Evidence(0, 5, hostile)))],
        };
        var html = HtmlReport.Build(data);
        Assert.DoesNotContain(hostile, html);
        AssertNoInjectedMarkup(html);
        Assert.Contains(Esc(hostile), html);
    }

    /// <summary>Parsed as a browser would: no script, image or frame element, and no event-handler attribute anywhere.</summary>
    private static void AssertNoInjectedMarkup(string html)
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, img, iframe, object, embed, b"));
        foreach (var element in doc.All)
            foreach (var attr in element.Attributes)
                Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attr.Name}=…> injected");
    }

    private static string Esc(string s) =>
        s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    [Fact]
    // Names are pseudonymised everywhere (people, speakers, evidence, titles) unless asked otherwise.
    public void Names_are_pseudonymised()
    {
        var data = Full() with { Sources = Full().Sources.SetItem(1, Source(1, title: "Karim Haddad tells why he left")) };
        var names = new Pseudonymizer(["Karim Haddad", "Samir Tawil"], "secret");
        var html = HtmlReport.Build(ReportPseudonyms.Apply(data, names));
        Assert.DoesNotContain("Haddad", html);
        Assert.DoesNotContain("Karim", html);
        Assert.Contains(Pseudonymizer.PseudonymOf("Karim Haddad", "secret"), html);
        Assert.Contains("names pseudonymised", html);
    }

    [Fact]
    // --include-names: the text is left as it is and the header says so.
    public void Names_are_kept_when_included()
    {
        var data = Full() with { Scope = Full().Scope with { NamesIncluded = true } };
        var html = HtmlReport.Build(data);
        Assert.Contains("Karim Haddad", html);
        Assert.Contains("real names shown", html);
    }

    [Fact]
    // Group and place names are codebook and gazetteer names, not people: pseudonymisation leaves them.
    public void Pseudonymisation_leaves_groups_and_places()
    {
        var data = Data(events: [Event(1, 0, group: "Haddad Brigade", place: new Place("Haddad", "IQ", 35, 44, PlacePrecision.City))]);
        var out1 = ReportPseudonyms.Apply(data, new Pseudonymizer(["Karim Haddad"], "s"));
        Assert.Equal("Haddad Brigade", out1.Events[0].Event.Group);
        Assert.Equal("Haddad", out1.Events[0].Event.Location!.Name);
    }

    [Fact]
    // An empty store still gives a complete, valid page that says there is nothing.
    public void Empty_data_gives_every_section_with_a_note()
    {
        var html = HtmlReport.Build(Data(sources: []));
        foreach (var id in SectionIds) Assert.Contains($"<section id=\"{id}\">", html);
        Assert.Contains("No dated event.", html);
        Assert.Contains("No stated motive.", html);
        Assert.Contains("No estimate.", html);
        Assert.Contains("data-chart=\"map\"", html);
    }

    [Fact]
    // The builder is a pure function: same data, same bytes.
    public void Output_is_deterministic() => Assert.Equal(HtmlReport.Build(Full()), HtmlReport.Build(Full()));

    [Fact]
    // The methods appendix names the extractor version, the date of the data and the codebooks.
    public void Methods_show_version_coverage_and_codebook()
    {
        var html = HtmlReport.Build(Full());
        var methods = html[html.IndexOf("<section id=\"methods\">", StringComparison.Ordinal)..];
        Assert.Contains("defwatch-extract/test.v1", methods);
        Assert.Contains("articles published up to 2024-03-10", methods);
        Assert.Contains("<dt>civilian_flight</dt>", methods);
        Assert.Contains("<dt>military_pressure</dt>", methods);
        Assert.Contains("<dt>foreign_fighters</dt>", methods);
        Assert.Contains("Natural Earth", methods);
    }

    [Fact]
    // Evidence snippets link to their article (http/https only).
    public void Evidence_links_to_its_source()
    {
        var html = HtmlReport.Build(Full());
        var narratives = html[html.IndexOf("<section id=\"narratives\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"estimates\">", StringComparison.Ordinal)];
        Assert.Contains("href=\"https://example.test/a\"", narratives);
        Assert.Contains("They had not been paid for months", narratives);
    }

    [Fact]
    // Long evidence is cut to a short snippet.
    public void Snippets_are_short()
    {
        var longText = string.Join(' ', Enumerable.Repeat("word", 200));
        var html = HtmlReport.Build(Full() with { Motives = [Motive(1, 0, "family", longText)] });
        Assert.DoesNotContain(longText, html);
        Assert.Matches("(word ){20,}word…", html);
    }

    [Theory]
    [InlineData(CountQualifier.Exact, 90L, null, null, "90")]
    [InlineData(CountQualifier.Approx, 90L, null, null, "about 90")]
    [InlineData(CountQualifier.AtLeast, 1000L, null, null, "at least 1,000")]
    [InlineData(CountQualifier.AtMost, 50L, null, null, "up to 50")]
    [InlineData(CountQualifier.Range, null, 1500L, 2000L, "1,500–2,000")]
    [InlineData(CountQualifier.Vague, null, 24L, 99L, "24–99 (vague)")]
    // Claims in the tracker read as the text said them.
    public void Counts_read_as_words(CountQualifier q, long? value, long? low, long? high, string expected)
    {
        var c = q switch
        {
            CountQualifier.Exact => Count.Exact(value!.Value),
            CountQualifier.Approx => Count.Approx(value!.Value),
            CountQualifier.AtLeast => Count.AtLeast(value!.Value),
            CountQualifier.AtMost => Count.AtMost(value!.Value),
            CountQualifier.Range => Count.Between(low!.Value, high!.Value),
            _ => Count.Vague(low!.Value, high!.Value),
        };
        Assert.Equal(expected, HtmlReport.CountText(c));
    }

    [Fact]
    // Random strings anywhere in the data never break out of the markup.
    public void Random_text_never_produces_markup()
    {
        Gen.String[Gen.Char["<>\"'&=/ abcdeonrsciptl"], 0, 40].Sample(s =>
        {
            var data = Data(
                events: [Event(1, 0, group: s, evidence: s, source: s, place: new Place(s, "IQ", 30, 40, PlacePrecision.City))],
                motives: [Motive(1, 0, "family", s)],
                sources: [Source(1, title: s, publisher: s + "x")]);
            var html = HtmlReport.Build(data);
            // Every '<' in the output is one of ours: a known tag name follows it.
            foreach (Match m in Regex.Matches(html, "<(/?)([a-zA-Z!][a-zA-Z0-9]*)"))
                Assert.Contains(m.Groups[2].Value.ToLowerInvariant(), KnownTags);
        }, iter: 200);
    }

    private static readonly HashSet<string> KnownTags =
    [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "nav", "a", "main", "section", "div",
        "strong", "span", "figure", "figcaption", "svg", "rect", "line", "text", "path", "circle", "g", "table", "thead", "tbody", "tr", "th", "td",
        "br", "small", "i", "blockquote", "cite", "details", "summary", "ul", "li", "dl", "dt", "dd", "code", "footer",
    ];
}
