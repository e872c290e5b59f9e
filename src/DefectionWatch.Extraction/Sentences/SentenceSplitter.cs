using System.Collections.Frozen;
using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Text;
using DefectionWatch.Extraction.Internal;

namespace DefectionWatch.Extraction.Sentences;

/// <summary>
/// Splits text into sentences and tokens. A sentence ends at '.', '!' or '?' (plus closing quotes or
/// brackets) followed by white space and an upper-case letter, digit or opening quote, unless the word
/// before the period is an abbreviation ("Col.", "Dec.", "U.S."). Line breaks always end a sentence:
/// headlines, datelines and list items stand alone.
/// </summary>
public sealed class SentenceSplitter : IStage
{
    public static readonly StageInfo Descriptor =
        StageInfo.Create("sentences.v1", [], Layers.Sentences, Layers.Tokens);

    private readonly FrozenSet<string> _abbreviations;

    public SentenceSplitter(ResourceStore resources)
    {
        _abbreviations = resources.ReadTsv("en/abbreviations.tsv")
            .SelectMany(r => r.Fields)
            .Where(f => f.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    public StageInfo Info => Descriptor;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = Split(document.Text);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (var s in sentences) Tokenize(document.Text, s.Span, tokens);
        return document.With(Layers.Sentences, sentences).With(Layers.Tokens, tokens.ToImmutable());
    }

    /// <summary>The sentences of <paramref name="text"/>, trimmed of surrounding white space.</summary>
    public ImmutableArray<Sentence> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && IsBoundary(text, i, out var end))
            {
                Add(text, start, end, result);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        Add(text, start, text.Length, result);
        return result.ToImmutable();
    }

    private bool IsBoundary(string text, int i, out int end)
    {
        end = i + 1;
        // closing quotes and brackets belong to the sentence they close
        while (end < text.Length && text[end] is '"' or '\u201d' or '\u2019' or '\'' or ')' or ']') end++;
        // "..." or "?!" runs: the boundary is after the run
        while (end < text.Length && text[end] is '.' or '!' or '?') end++;
        if (end < text.Length && !char.IsWhiteSpace(text[end])) return false;
        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r' or '\u00a0') next++;
        if (next >= text.Length || text[next] == '\n') return true;
        var n = text[next];
        var startsNew = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\u201c' or '\u2018' or '(' or '[' or '-' or '\u2014';
        if (!startsNew) return false;
        if (text[i] != '.') return true;
        // the word before the period
        var w = i;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not '(' and not '"' and not '\u201c') w--;
        var word = text.AsSpan(w, i - w);
        if (word.Length == 0) return true;
        if (_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        if (IsDottedAbbreviation(word)) return IsLikelySentenceStartAfterAcronym(text, next);
        // a single capital letter is an initial ("George W. Bush")
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return true;
    }

    /// <summary>"U.S", "U.N", "e.g" (the final period is not part of the word).</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (var k = 0; k < word.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        }
        return true;
    }

    // After "U.S." a sentence rarely starts; treat it as a boundary only before a common sentence opener.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This",
        "That", "There", "His", "Her", "Their", "Its", "Officials", "Some", "Many", "Most", "After", "Before",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsLikelySentenceStartAfterAcronym(string text, int next)
    {
        var e = next;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next, e - next));
    }

    private static void Add(string text, int start, int end, ImmutableArray<Sentence>.Builder result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new Sentence(new CharSpan(start, end)));
    }

    /// <summary>Words (with inner hyphens, apostrophes and dotted abbreviations), numbers (with separators) and punctuation.</summary>
    public static void Tokenize(string text, CharSpan span, ImmutableArray<Token>.Builder into)
    {
        var i = span.Start;
        while (i < span.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var s = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < span.End && (char.IsDigit(text[i]) ||
                       (text[i] is ',' or '.' && i + 1 < span.End && char.IsDigit(text[i + 1])))) i++;
                into.Add(new Token(new CharSpan(s, i), TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                var segment = s;
                while (i < span.End && (char.IsLetterOrDigit(text[i]) ||
                       (text[i] is '-' or '\'' or '\u2019' or '.' && i + 1 < span.End && char.IsLetter(text[i + 1]))))
                {
                    // "State-held", "Kurdish-led", "Qaeda-linked": a name with a lower-case suffix splits at the hyphen
                    if (text[i] == '-' && char.IsUpper(text[segment]) && char.IsLower(text[i + 1])) break;
                    // the possessive "'s" is not part of the name: "Al-Shabaab's strength"
                    if (text[i] is '\'' or '\u2019' && text[i + 1] == 's' && (i + 2 >= span.End || !char.IsLetter(text[i + 2]))) break;
                    if (text[i] == '-') segment = i + 1;
                    i++;
                }
                into.Add(new Token(new CharSpan(s, i), TokenKind.Word));
            }
            else
            {
                i++;
                into.Add(new Token(new CharSpan(s, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }
    }
}
