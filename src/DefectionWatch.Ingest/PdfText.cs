using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace DefectionWatch.Ingest;

/// <summary>Text of a PDF (PdfPig), pages in order, separated by blank lines.</summary>
internal static class PdfText
{
    public static (string Text, string? Title) Extract(byte[] bytes, CancellationToken cancellationToken)
    {
        using var pdf = PdfDocument.Open(bytes);
        var sb = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = ContentOrderTextExtractor.GetText(page);
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(text.Trim());
        }
        var title = pdf.Information?.Title;
        return (HtmlText.Normalise(sb.ToString()), string.IsNullOrWhiteSpace(title) ? null : title.Trim());
    }
}
