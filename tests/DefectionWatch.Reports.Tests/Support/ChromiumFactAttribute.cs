namespace DefectionWatch.Reports.Tests.Support;

/// <summary>
/// A test that needs Debian's chromium at /usr/bin/chromium. Locally it is skipped, with the reason, when
/// chromium is absent; on CI (environment variable CI=true) it always runs, so a CI without chromium fails
/// instead of hiding the test (Npgsql's IgnoreExceptOnBuildServer convention). .ci/run installs chromium.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !OnCi)
            Skip = $"{ChromiumPath} is absent: install it with `apt-get install -y chromium` to run the browser test (on CI, with CI=true, this test fails instead)";
    }
}
