namespace DefectionWatch.Extraction.Numbers;

/// <summary>What a <see cref="NumTok"/> is.</summary>
internal enum NumTokKind : byte { Word, Number, Other }

/// <summary>
/// A token of the numbers stage's own light tokenisation. <c>Space</c> says whether white space (or the
/// start of the text) comes before it, so that "twenty-three", "17-year-old", "21st" and "2.5m" can be
/// told from "twenty - three".
/// </summary>
internal readonly record struct NumTok(int Start, int End, NumTokKind Kind, bool Space)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into words (letters, inner apostrophes and inner dots: "o'clock", "a.m"), numbers (ASCII
/// digits with thousands groups "1,300" / "12 000" and one decimal part "1.5") and single other characters
/// (hyphens, '%', '$', brackets). One pass, no allocation besides the token list.
/// </summary>
internal static class NumberTokenizer
{
    public static List<NumTok> Tokenize(string text)
    {
        var list = new List<NumTok>(Math.Max(16, text.Length / 5));
        Tokenize(text, list);
        return list;
    }

    public static void Tokenize(ReadOnlySpan<char> text, List<NumTok> into)
    {
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            var s = i;
            if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i);
                into.Add(new NumTok(s, i, NumTokKind.Number, space));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetter(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) { i++; continue; }
                    if (d is '\'' or '\u2019' or '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])) { i += 2; continue; }
                    break;
                }
                into.Add(new NumTok(s, i, NumTokKind.Word, space));
            }
            else
            {
                i++;
                // keep surrogate pairs together
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i])) i++;
                into.Add(new NumTok(s, i, NumTokKind.Other, space));
            }
            space = false;
        }
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        var firstGroup = i - start;
        var groupSep = '\0';
        // thousands groups: ",ddd" or " ddd" (space groups only after a 1-3 digit head; separators not mixed)
        while (i < text.Length)
        {
            var sep = text[i];
            var spaceSep = sep is ' ' or '\u00a0' or '\u202f' or '\u2009';
            if (sep != ',' && !spaceSep) break;
            if (spaceSep && firstGroup > 3) break;
            if (groupSep != '\0' && groupSep != sep) break;
            if (!IsGroup(text, i + 1)) break;
            groupSep = sep;
            i += 4;
        }
        // decimal part
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        return i;
    }

    /// <summary>Exactly three digits at <paramref name="p"/> and no digit after them.</summary>
    private static bool IsGroup(ReadOnlySpan<char> text, int p) =>
        p + 3 <= text.Length && char.IsAsciiDigit(text[p]) && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2])
        && (p + 3 == text.Length || !char.IsAsciiDigit(text[p + 3]));

    /// <summary>The value of a number token: groups joined, one decimal part; false when too large.</summary>
    public static bool TryValue(ReadOnlySpan<char> token, out decimal value, out bool hasDecimal, out bool hasGroups)
    {
        value = 0;
        hasDecimal = false;
        hasGroups = false;
        long integer = 0;
        var digits = 0;
        var k = 0;
        for (; k < token.Length; k++)
        {
            var c = token[k];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 15) return false;
                integer = integer * 10 + (c - '0');
            }
            else if (c == '.') break;
            else hasGroups = true;
        }
        value = integer;
        if (k < token.Length)
        {
            hasDecimal = true;
            decimal scale = 0.1m;
            for (k++; k < token.Length && scale > 0.0000001m; k++)
            {
                value += (token[k] - '0') * scale;
                scale /= 10;
            }
        }
        return true;
    }
}
