namespace DefectionWatch.Extraction.Dates;

internal enum DateTokenKind : byte { Word, Number, Punct }

/// <summary>
/// A token for date matching: a run of letters, a run of ASCII digits or one other non-space character.
/// <c>Gap</c> is true when white space separates it from the previous token; <c>Newline</c> when that
/// white space holds a line break (a date never runs across lines).
/// </summary>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, bool Gap, bool Newline)
{
    public int Length => End - Start;
}

internal static class DateTokenizer
{
    public static DateToken[] Tokenize(string text)
    {
        var list = new List<DateToken>(text.Length / 5 + 4);
        var i = 0;
        var gap = true;
        var newline = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                gap = true;
                if (c is '\n' or '\r' or '\u2028' or '\u2029') newline = true;
                i++;
                continue;
            }
            var s = i;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                kind = DateTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                kind = DateTokenKind.Word;
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i])) i++;
                kind = DateTokenKind.Punct;
            }
            list.Add(new DateToken(s, i, kind, gap, newline));
            gap = false;
            newline = false;
        }
        return [.. list];
    }
}
