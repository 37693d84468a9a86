using System.Diagnostics;

namespace DatasetSdk.Extraction.Tests.Cli;

/// <summary>Headless Chromium from Debian's <c>chromium</c> package, the real browser the review page is tested in.</summary>
internal static class Chromium
{
    /// <summary>The <c>chromium</c> executable on PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "chromium"))
        .FirstOrDefault(File.Exists);

    /// <summary>Opens <paramref name="file"/> with <paramref name="hash"/>, lets its script run, and returns the DOM as HTML.</summary>
    public static string DumpDom(string file, string hash)
    {
        var executable = Executable ?? throw new InvalidOperationException(
            "chromium is not on PATH; install Debian's package (apt-get install chromium), as .ci/run does");
        var profile = Directory.CreateTempSubdirectory("dsdk-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // --no-sandbox because CI containers run as root, where the sandbox refuses to start; the page is our own.
            // A profile per run, so parallel runs and a user's own browser never share one.
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         $"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", new Uri(file).AbsoluteUri + "#" + hash })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 120 s");
            }
            if (process.ExitCode != 0 || stdout.Result.Length == 0)
            {
                throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
            }
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // a crash reporter may still hold the profile for a moment; a stray temp folder fails nothing
            }
        }
    }
}

/// <summary>
/// A fact that needs Chromium: skipped with the reason when it is not installed, unless the CI variable is set,
/// where a missing browser must fail the run instead of passing it quietly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = "chromium is not installed (apt-get install chromium): the review page's browser tests are skipped; with CI set they fail instead";
        }
    }
}
