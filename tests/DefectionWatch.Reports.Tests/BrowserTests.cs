using DefectionWatch.Reports.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DefectionWatch.Reports.Tests;

/// <summary>
/// Opens the sample-corpus report in headless chromium (Playwright driving Debian's /usr/bin/chromium; no browser
/// download) with every request routed: anything that is not the file itself fails the test.
/// </summary>
public class BrowserTests(SampleReport sample, ITestOutputHelper output) : IClassFixture<SampleReport>
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    [ChromiumFact]
    public async Task Report_opens_offline_with_charts_and_map_visible()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ChromiumPath),
            $"{ChromiumFactAttribute.ChromiumPath} is missing on CI: .ci/run must install it (apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = Args,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add($"console {m.Type}: {m.Text}"); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) => requests.Add(r.Url);
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
            else { blocked.Add(route.Request.Url); await route.AbortAsync(); }
        });

        var url = new Uri(sample.HtmlPath).AbsoluteUri;
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);

        foreach (var id in new[] { "headline", "timeline", "breakdown", "map", "narratives", "estimates", "sources", "methods" })
            Assert.True(await page.Locator($"section#{id}").IsVisibleAsync(), $"section {id} visible");
        foreach (var chart in new[] { "timeline-events", "timeline-people", "groups", "countries", "map" })
        {
            var svg = page.Locator($"svg[data-chart='{chart}']").First;
            await svg.ScrollIntoViewIfNeededAsync();
            Assert.True(await svg.IsVisibleAsync(), $"chart {chart} visible");
            var box = await svg.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 300 && box.Height > 100, $"chart {chart} is drawn at a readable size ({box.Width}x{box.Height})");
        }
        // The map draws country outlines and event marks, and the marks sit inside the map.
        Assert.True(await page.Locator("svg.map path.land").CountAsync() > 20, "country outlines");
        Assert.True(await page.Locator("svg.map path.land.hit").CountAsync() >= 5, "countries with events shaded");
        var marks = page.Locator("svg.map circle.pt");
        Assert.True(await marks.CountAsync() >= 5, "event marks");
        Assert.True(await marks.First.IsVisibleAsync(), "event marks visible");
        // Bars of the timeline are drawn.
        Assert.True(await page.Locator("svg[data-chart='timeline-events'] rect[fill]").CountAsync() > 5);
        // Rendered text is escaped text, not markup: no script element exists at all.
        Assert.Equal(0, await page.Locator("script").CountAsync());

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var shot = Path.Combine(shots, "sample-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        output.WriteLine("screenshot: " + shot);
        Assert.True(new FileInfo(shot).Length > 50_000);

        Assert.Empty(problems);
        Assert.Empty(blocked);
        Assert.All(requests, r => Assert.StartsWith("file:", r));
    }

    [ChromiumFact]
    // A hostile article renders as text in the browser: no script runs, no element is injected.
    public async Task Hostile_text_does_not_run()
    {
        var data = Support.Reports.Full() with
        {
            Motives = [Support.Reports.Motive(1, 0, "family", "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">")],
            Sources = Support.Reports.Full().Sources.SetItem(1, Support.Reports.Source(1, title: "<img src=x onerror=\"window.pwned=3\">", publisher: "<b onmouseover=alert(1)>x</b>")),
        };
        var path = Path.Combine(sample.Directory, "hostile.html");
        await File.WriteAllTextAsync(path, DefectionWatch.Reports.Html.HtmlReport.Build(data));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumFactAttribute.ChromiumPath, Headless = true, Args = Args });
        var page = await browser.NewPageAsync();
        var blocked = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) await route.ContinueAsync();
            else { blocked.Add(route.Request.Url); await route.AbortAsync(); }
        });
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        Assert.Equal(0, await page.Locator("script, img, b").CountAsync());
        Assert.Contains("<script>window.pwned=1</script>", await page.Locator("section#narratives").InnerTextAsync());
        Assert.Empty(blocked);
    }
}
