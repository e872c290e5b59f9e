using System.Globalization;
using System.Text;

namespace DefectionWatch.Reports.Html;

/// <summary>Escaping and formatting shared by the HTML and SVG writers. Every text from a document goes through <see cref="Escape"/>.</summary>
internal static class Html
{
    /// <summary>Text safe in element content and in quoted attribute values (also valid XML for inline SVG).</summary>
    public static string Escape(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        if (s.AsSpan().IndexOfAny("&<>\"'\0") < 0) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A URL that may be linked: absolute http(s) only (no javascript:, data: or relative links), else null.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? u.AbsoluteUri : null;

    /// <summary>At most <paramref name="max"/> characters, cut at a word, with an ellipsis.</summary>
    public static string Shorten(string? s, int max)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        var t = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length <= max) return t;
        var cut = t.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? t[..cut] : t[..(max - 1)]).TrimEnd(',', ';', ':') + "…";
    }

    public static string N(long v) => v.ToString("#,0", CultureInfo.InvariantCulture);
    public static string N(double v) => v.ToString("#,0", CultureInfo.InvariantCulture);
    public static string P(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"1,500" or "1,500 (1,200–2,000)" when the low–high band differs from the best figure.</summary>
    public static string People(PeopleSum p) =>
        p.Counted == 0 ? "–" : p.Low == p.Best && p.High == p.Best ? N(p.Best) : $"{N(p.Best)} ({N(p.Low)}–{N(p.High)})";
}
