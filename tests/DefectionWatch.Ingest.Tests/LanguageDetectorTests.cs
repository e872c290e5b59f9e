namespace DefectionWatch.Ingest.Tests;

public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new();

    [Theory]
    // Plain English news prose.
    [InlineData("The soldiers left their posts and crossed into the neighbouring country on Tuesday, officials said.", "en")]
    // French.
    [InlineData("Les soldats ont quitté leurs positions mardi et ont traversé la frontière, selon les responsables.", "fr")]
    // Spanish.
    [InlineData("Los soldados abandonaron sus puestos el martes y cruzaron la frontera, dijeron las autoridades.", "es")]
    // Arabic script.
    [InlineData("غادر الجنود مواقعهم يوم الثلاثاء وعبروا الحدود بحسب المسؤولين", "ar")]
    // Russian (Cyrillic).
    [InlineData("Солдаты покинули свои позиции во вторник и пересекли границу, сообщили официальные лица.", "ru")]
    // Turkish.
    [InlineData("Askerler salı günü mevzilerini terk ederek sınırı geçti, yetkililer söyledi.", "tr")]
    public void Detects_the_loaded_languages(string text, string expected) =>
        Assert.Equal(expected, Detector.Detect(text));

    [Theory]
    // Nothing to detect.
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_has_no_language(string text) => Assert.Null(Detector.Detect(text));
}
