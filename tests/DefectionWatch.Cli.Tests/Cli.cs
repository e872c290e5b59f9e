using System.Diagnostics;

namespace DefectionWatch.Cli.Tests;

/// <summary>Runs the built <c>defwatch</c> as a child process.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static string DllPath { get; } = Locate();

    private static string Locate()
    {
        var baseDir = AppContext.BaseDirectory;
        var config = baseDir.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(baseDir); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "DefectionWatch.Cli", "bin", config, "net10.0", "defwatch.dll");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("built defwatch.dll not found above " + baseDir);
    }

    public static ProcessStartInfo StartInfo(string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(DllPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return psi;
    }

    public static Result Run(string workDir, params string[] args)
    {
        using var p = Process.Start(StartInfo(workDir, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("defwatch " + string.Join(' ', args) + " did not finish");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
