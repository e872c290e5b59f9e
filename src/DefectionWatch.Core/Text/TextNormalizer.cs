using System.Globalization;
using System.Text;

namespace DefectionWatch.Core.Text;

/// <summary>Name normalisation shared by codebooks, gazetteer and scorer (as score.py's normalize_name).</summary>
public static class TextNormalizer
{
    private const string Hyphens = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    private const string Apostrophes = "'`\u00b4\u2018\u2019\u201b\u02bb\u02bc\u2032";

    /// <summary>Casefold, strip diacritics, hyphens/apostrophes/dots to spaces, collapse spaces, drop a leading "the ".</summary>
    public static string NormalizeName(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (System.Text.Ascii.IsValid(text)) return NormalizeAscii(text);
        var decomposed = text.Replace("\u00ad", "", StringComparison.Ordinal).ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = Hyphens.Contains(c, StringComparison.Ordinal) || Apostrophes.Contains(c, StringComparison.Ordinal) || c == '.' || char.IsWhiteSpace(c) ? ' ' : c;
            if (ch == ' ')
            {
                if (lastSpace) continue;
                lastSpace = true;
            }
            else lastSpace = false;
            sb.Append(ch);
        }
        var s = sb.ToString().TrimEnd();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    /// <summary>The same result as the general path for ASCII text, without decomposition or a builder.</summary>
    private static string NormalizeAscii(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var lastSpace = true;
        foreach (var raw in text)
        {
            var ch = raw is '-' or '\'' or '`' or '.' || char.IsWhiteSpace(raw) ? ' ' : char.ToLowerInvariant(raw);
            if (ch == ' ')
            {
                if (lastSpace) continue;
                lastSpace = true;
            }
            else lastSpace = false;
            buffer[n++] = ch;
        }
        while (n > 0 && buffer[n - 1] == ' ') n--;
        var s = buffer[..n];
        return s.StartsWith("the ", StringComparison.Ordinal) ? new string(s[4..]) : new string(s);
    }

    /// <summary>NormalizeName, then drop "al"/"el" tokens (score.py's normalize_person).</summary>
    public static string NormalizePerson(string? text)
    {
        var tokens = NormalizeName(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = tokens.Where(t => t is not ("al" or "el")).ToArray();
        return string.Join(' ', kept.Length > 0 ? kept : tokens);
    }
}
