using System.Collections.Frozen;
using System.Collections.Immutable;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Events;

/// <summary>A number that counts people: the mention, the noun it counts and that noun's class.</summary>
public sealed record PeopleCount(NumberMention Number, CharSpan Noun, string NounText, PeopleClass Class, bool Foreign);

/// <summary>
/// Links cardinal numbers to the people noun they count ("1,300 ISIS militants", "about 50 of his
/// fighters", "2,000 Syrians"), skipping up to three modifiers between them.
/// </summary>
public sealed class PeopleCounts(EventLexicon lexicon)
{
    private static readonly FrozenSet<string> Possessives =
        new[] { "his", "their", "its", "her", "the", "them", "those", "own", "whom" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<PeopleCount> Find(SentenceFacts s)
    {
        var b = ImmutableArray.CreateBuilder<PeopleCount>();
        foreach (var n in s.Numbers)
        {
            if (n.Kind != Core.Layers.NumberKind.Cardinal) continue;
            var t = FirstTokenAfter(s.Tokens, n.Span.End);
            // "two of them", "three of those"
            if (t + 1 < s.Tokens.Length && s.Tokens[t].Span.Slice(s.Text).Equals("of", StringComparison.OrdinalIgnoreCase) &&
                s.Tokens[t + 1].Span.Slice(s.Text) is "them" or "those" or "these")
            {
                b.Add(new PeopleCount(n, s.Tokens[t + 1].Span, "them", PeopleClass.Person, false));
                continue;
            }
            var foreign = false;
            var skipped = 0;
            for (; t < s.Tokens.Length && skipped < 5; t++)
            {
                var tok = s.Tokens[t];
                var w = tok.Span.Slice(s.Text);
                if (tok.Kind == TokenKind.Number) break;
                if (tok.Kind != TokenKind.Word)
                {
                    if (w is "-" or "(" or ")" or "\"" or "”" or "“") { skipped++; continue; }
                    break;
                }
                // "181 wounded", "2,700 dead": the adjective stands for the people
                if (skipped == 0 && w is "wounded" or "injured" or "dead" or "killed")
                {
                    b.Add(new PeopleCount(n, tok.Span, w, PeopleClass.Person, foreign));
                    break;
                }
                // "driven over two million from their homes"
                if (skipped == 0 && w == "from" && t + 2 < s.Tokens.Length && s.Tokens[t + 1].Span.Slice(s.Text) == "their" && s.Tokens[t + 2].Span.Slice(s.Text) == "homes")
                {
                    b.Add(new PeopleCount(n, s.Tokens[t + 2].Span, "homes", PeopleClass.Civilian, foreign));
                    break;
                }
                if (w.Equals("of", StringComparison.OrdinalIgnoreCase) || Possessives.Contains(w)) { skipped++; continue; }
                var actor = s.Actors.FirstOrDefault(a => a.Span.Contains(tok.Span) && !a.Generic);
                if (actor is not null)
                {
                    // "300 Islamic State West Africa Province (ISWAP) fighters": the name is one modifier
                    while (t + 1 < s.Tokens.Length && s.Tokens[t + 1].Span.End <= actor.Span.End) t++;
                    // an alias that ends in a people noun ("Islamic State militants", "Syrian soldiers") names the people too
                    var last = s.Tokens[t].Span.Slice(s.Text);
                    if (lexicon.PeopleNouns.TryGetValue(last, out var ownClass))
                    {
                        b.Add(new PeopleCount(n, s.Tokens[t].Span, last, ownClass, foreign));
                        break;
                    }
                    if (t + 3 < s.Tokens.Length && s.Tokens[t + 1].Span.Slice(s.Text) == "(" && s.Tokens[t + 3].Span.Slice(s.Text) == ")") t += 3;
                    skipped++;
                    continue;
                }
                if (w.StartsWith("foreign", StringComparison.OrdinalIgnoreCase)) foreign = true;
                if (lexicon.PeopleNouns.TryGetValue(w, out var cls) || IsDemonymPlural(w, skipped, out cls))
                {
                    b.Add(new PeopleCount(n, tok.Span, w, cls, foreign || w.StartsWith("foreign", StringComparison.OrdinalIgnoreCase)));
                    break;
                }
                // "90,000 Boko Haram and ISWAP members": two names before one noun
                if (w == "and" && t + 1 < s.Tokens.Length && s.Actors.Any(a => !a.Generic && a.Span.Start == s.Tokens[t + 1].Span.Start)) { skipped++; continue; }
                if (w is "and" or "or" or "to" or "in" or "at" or "from" or "were" or "had" or "have" or "has" or "who") break;
                skipped++;
            }
        }
        return b.ToImmutable();
    }

    private static bool IsDemonymPlural(string w, int position, out PeopleClass cls)
    {
        cls = PeopleClass.Person;
        return position <= 1 && w.Length > 4 && char.IsUpper(w[0]) &&
               (w.EndsWith("ans", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal));
    }

    public static int FirstTokenAfter(ImmutableArray<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
