using AngleSharp.Html.Parser;
using SmartReader;

namespace DefectionWatch.Ingest;

/// <summary>Main text of an HTML page: SmartReader's article extraction, else the body's visible text.</summary>
internal static class HtmlText
{
    internal sealed record Extracted(string Text, string? Title, DateOnly? Published, string? SiteName, string? Language);

    public static Extracted Extract(string html, string url)
    {
        string? title = null, site = null, language = null;
        DateOnly? published = null;
        try
        {
            var article = new Reader(url, html).GetArticle();
            title = Clean(article.Title);
            site = Clean(article.SiteName);
            language = Clean(article.Language);
            if (article.PublicationDate is { } pd && pd.Year > 1900) published = DateOnly.FromDateTime(pd);
            var text = article.IsReadable ? Normalise(article.TextContent) : "";
            if (text.Length > 0) return new Extracted(text, title, published, site, language);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // SmartReader gave up on this page: fall back to the plain body text below.
        }
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var el in doc.QuerySelectorAll("script, style, noscript, nav, header, footer, template")) el.Remove();
        title ??= Clean(doc.Title);
        return new Extracted(Normalise(doc.Body?.TextContent ?? doc.DocumentElement?.TextContent ?? ""), title, published, site, language);
    }

    /// <summary>Text of an HTML fragment (feed item content), tags dropped.</summary>
    public static string FragmentText(string html)
    {
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0) return Normalise(html);
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var el in doc.QuerySelectorAll("script, style")) el.Remove();
        foreach (var el in doc.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4")) el.After(doc.CreateTextNode("\n"));
        return Normalise(doc.Body?.TextContent ?? "");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Trims lines, collapses runs of blank lines to one paragraph break.</summary>
    internal static string Normalise(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sb = new System.Text.StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in lines)
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0) { blank = sb.Length > 0; continue; }
            if (sb.Length > 0) sb.Append(blank ? "\n\n" : "\n");
            blank = false;
            sb.Append(line);
        }
        return TextDecoding.CleanControls(sb.ToString());
    }
}
