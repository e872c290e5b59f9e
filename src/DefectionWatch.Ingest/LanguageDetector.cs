using Lingua;

namespace DefectionWatch.Ingest;

/// <summary>
/// Language of a text among a fixed small set (Lingua with all languages costs 2.8 GB). Looks at the first
/// few thousand characters only. Thread-safe; build one per process and share it.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>The languages loaded: English and the languages of the regions the news comes from.</summary>
    public static readonly IReadOnlyList<Language> Languages =
    [
        Language.English, Language.Arabic, Language.French, Language.Russian,
        Language.Somali, Language.Spanish, Language.Turkish, Language.Persian,
    ];

    private const int SampleChars = 2000;
    private readonly Lingua.LanguageDetector _detector;

    public LanguageDetector()
    {
        _detector = LanguageDetectorBuilder.FromLanguages([.. Languages]).WithMinimumRelativeDistance(0.05).Build();
    }

    /// <summary>ISO 639-1 code in lower case ("en", "ar"), or null when the text is too short or unclear.</summary>
    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sample = text.Length > SampleChars ? CutAtSpace(text, SampleChars) : text;
        var lang = _detector.DetectLanguageOf(sample);
        if (lang == Language.Unknown) return null;
        return LanguageInfo.IsoCode6391(lang).ToString().ToLowerInvariant();
    }

    private static string CutAtSpace(string text, int max)
    {
        var cut = text.LastIndexOf(' ', max - 1, Math.Min(200, max));
        return text[..(cut > 0 ? cut : max)];
    }
}
