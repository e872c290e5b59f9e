using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DefectionWatch.Core.Layers;
using DefectionWatch.Core.Pipeline;
using DefectionWatch.Core.Records;
using DefectionWatch.Core.Text;

namespace DefectionWatch.Extraction.Events;

/// <summary>
/// What the whole document says that a sentence's frame falls back on: its most mentioned armed group and
/// state force, the exit type its explicit wording favours, and the dateline (where the reporter is).
/// </summary>
public sealed partial record DocumentContext(string? DominantGroup, string? DominantForce, EventType AmbiguousExitType, CharSpan Dateline)
{
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{Ll} ,.'-]{1,60}?(?:\([^)]{1,60}\)\s*)?[-\u2013\u2014]\s", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\bdefect(?:ed|ing|ion|ions|or|ors)?\b|\bswitched sides\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefectWords();

    [GeneratedRegex(@"\bdesert(?:ed|ing|ion|ions|er|ers)\b|\bAWOL\b|\bran away\b|\brunaway", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DesertWords();

    public static DocumentContext Of(Document doc, ImmutableArray<SentenceFacts> sentences, EventLexicon lexicon)
    {
        var actors = doc.Get(Layers.Actors).Where(a => !a.Generic).ToList();
        string? Dominant(ActorKind kind) => actors.Where(a => a.Kind == kind)
            .GroupBy(a => a.Canonical).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(a => a.Span.Start))
            .Select(g => g.Key).FirstOrDefault();
        var defect = DefectWords().Count(doc.Text);
        var desert = DesertWords().Count(doc.Text);
        var m = DatelinePattern().Match(doc.Text.Length > 200 ? doc.Text[..200] : doc.Text);
        var dateline = m.Success ? new CharSpan(0, m.Length) : new CharSpan(0, 0);
        _ = sentences; _ = lexicon;
        return new DocumentContext(Dominant(ActorKind.ArmedGroup), Dominant(ActorKind.StateForce),
            defect > desert ? EventType.Defection : EventType.Desertion, dateline);
    }
}
