using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DefectionWatch.Extraction.Internal;

/// <summary>
/// A linear-time test whether any of many patterns can match a text: the patterns are joined without their
/// lookarounds (which only narrow a match, so the test stays a superset) into as few non-backtracking
/// automata as the size limit allows. Stages run their exact patterns only where this says yes.
/// </summary>
public sealed class RegexPrefilter
{
    private static readonly Regex Lookarounds = new(@"\(\?<?[!=](?:[^()]|\([^()]*\))*\)", RegexOptions.CultureInvariant);
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly ImmutableArray<Regex> _automata;

    public RegexPrefilter(IEnumerable<Regex> patterns)
    {
        var result = new List<Regex>();
        var chunk = new List<string>();
        Regex? built = null;
        foreach (var p in patterns.Select(r => "(?:" + Lookarounds.Replace(r.ToString(), "") + ")"))
        {
            chunk.Add(p);
            Regex? next;
            try { next = new Regex(string.Join('|', chunk), Options); }
            catch (NotSupportedException) when (chunk.Count > 1) { next = null; } // automaton too large: start a new one
            if (next is null)
            {
                result.Add(built!);
                chunk = [p];
                next = new Regex(p, Options);
            }
            built = next;
        }
        if (built is not null) result.Add(built);
        _automata = [.. result];
    }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        foreach (var r in _automata) if (r.IsMatch(text)) return true;
        return false;
    }
}
