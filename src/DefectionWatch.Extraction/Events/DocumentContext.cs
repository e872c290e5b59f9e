using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Events;

/// <summary>
/// What the whole document says that a sentence's frame falls back on: its most mentioned armed group and
/// state force, the exit type its explicit wording favours, the datelines (where the reporter is, not where
/// things happened) and the spans of direct quotations.
/// </summary>
public sealed partial record DocumentContext(
    string? DominantGroup, string? DominantForce, EventType AmbiguousExitType,
    ImmutableArray<CharSpan> Datelines, ImmutableArray<CharSpan> NearDatelines, ImmutableArray<CharSpan> Quotations)
{
    [GeneratedRegex(@"(?m)^(?:[A-Z][A-Z/ .'’-]{2,40}|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2})(?:,[^\n\-–—]{1,40}?)?(?:\s*\([^)\n]{1,60}\))?\s*[-–—]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\bdefect(?:ed|ing|ion|ions|or|ors)?\b|\bswitched sides\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefectWords();

    [GeneratedRegex(@"\bdesert(?:ed|ing|ion|ions|er|ers)\b|\bAWOL\b|\bran away\b|\brunaway", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DesertWords();

    [GeneratedRegex(@"“[^”\n]{1,2000}”|(?<![\w])""[^""\n]{1,2000}""", RegexOptions.CultureInvariant)]
    private static partial Regex QuotationPattern();

    public static DocumentContext Of(Document doc, SentenceFactsList sentences)
    {
        var firstSentences = sentences.Count > 2 ? sentences.SpanAt(2).Start : doc.Text.Length;
        var actors = doc.Get(Layers.Actors).Where(a => !a.Generic).ToList();
        // mentions in the lede weigh more: that is what the story is about
        string? Dominant(ActorKind kind) => actors.Where(a => a.Kind == kind)
            .GroupBy(a => a.Canonical)
            .OrderByDescending(g => g.Sum(a => a.Span.Start < firstSentences ? 3 : 1)).ThenBy(g => g.Min(a => a.Span.Start))
            .Select(g => g.Key).FirstOrDefault();
        var defect = DefectWords().Count(doc.Text);
        var desert = DesertWords().Count(doc.Text);
        var head = doc.Text.Length > 2000 ? doc.Text[..2000] : doc.Text;
        var datelines = DatelinePattern().Matches(head).Select(m => new CharSpan(m.Index, m.Index + m.Length)).ToImmutableArray();
        var quotes = QuotationPattern().Matches(doc.Text).Select(m => new CharSpan(m.Index, m.Index + m.Length)).ToImmutableArray();
        var near = datelines.Where(d => NearPrefix.Any(p => doc.Text.AsSpan(d.Start).StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToImmutableArray();
        return new DocumentContext(Dominant(ActorKind.ArmedGroup), Dominant(ActorKind.StateForce),
            defect > desert ? EventType.Defection : EventType.Desertion, datelines, near, quotes);
    }

    public bool InDateline(CharSpan span) => Datelines.Any(d => d.Contains(span));

    /// <summary>"NEAR BAGHUZ, Syria -": a dateline that says the reporter is at the scene.</summary>
    public bool IsNearDateline(CharSpan span) => NearDatelines.Any(d => d.Contains(span));

    private static readonly string[] NearPrefix = ["NEAR ", "OUTSIDE ", "ON THE "];
    public bool InQuotation(CharSpan span) => Quotations.Any(q => q.Contains(span));
}
