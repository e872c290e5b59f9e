using CsCheck;
using DefectionWatch.Extraction.Tests.Support;

namespace DefectionWatch.Extraction.Tests.Events;

/// <summary>The assembled pipeline on recombined fragments of exit reporting: it never throws and every span lies in the text.</summary>
public class PipelineRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "KIRKUK - ", "About 40 Islamic State fighters surrendered to the Peshmerga near Dibis on Sunday", ", officials said",
        ". ", ".\n\n", "They were caught and shot", "Some fighters tried to go home", " in March", " last week",
        "\"We were hungry,\" said a commander", " who defected", "More than 1,000 civilians fled Mosul", " and 23 children",
        "A Syrian army colonel defected with 14 of his men", "the number of soldiers who have deserted the army at \"more than 40,000\"",
        "executed twelve of their own fighters after accusing them of planning to desert", " (ISWAP) ", " no fighter had left",
        "Imagine that they laid down their arms", "; ", ", while ", "Abu Omar al-Shishani", " between 22 July and Wednesday",
    ];

    [Fact]
    public void RecombinedReportsNeverThrowAndSpansStayInTheText()
    {
        Gen.Int[0, Fragments.Length - 1].Array[0, 30].Sample(picks =>
        {
            var text = string.Concat(picks.Select(i => Fragments[i]));
            var record = SharedExtractor.Extract(text, "2017-10-10");
            foreach (var e in record.Events)
                foreach (var ev in e.AllEvidence)
                    if (ev.Start < 0 || ev.End > text.Length || ev.Start > ev.End) return false;
            return record.Estimates.All(e => e.Evidence.End <= text.Length) && record.Quotes.All(q => q.Evidence.End <= text.Length);
        }, iter: 400);
    }
}
