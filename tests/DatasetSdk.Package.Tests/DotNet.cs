using System.Diagnostics;
using System.Text;

namespace DatasetSdk.Package.Tests;

/// <summary>Output of one finished <c>dotnet</c> command.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public override string ToString() => $"$ {CommandLine}\n(exit {ExitCode})\n{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, isolated from the test host's own MSBuild environment.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, params string[] args) =>
        RunProgram(Executable(), workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs <paramref name="program"/> (dotnet, or an installed tool's command) with the same isolated
    /// environment plus <paramref name="environment"/>.
    /// </summary>
    public static CommandResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // `dotnet test` exports MSBuild locations for its own build; a nested build must find its SDK afresh.
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(key);
            }
        }
        // Lingering build servers would inherit the redirected pipes and keep the output open after exit.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var commandLine = Path.GetFileName(program) + " " + string.Join(" ", args);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output)
            {
                throw new TimeoutException($"Killed after {Timeout.TotalMinutes} minutes:\n$ {commandLine}\n{output}");
            }
        }
        process.WaitForExit();
        lock (output)
        {
            return new CommandResult(commandLine, process.ExitCode, output.ToString());
        }
    }

    /// <summary>Runs and asserts success, showing the whole output when it fails.</summary>
    public static CommandResult Succeed(string workingDirectory, params string[] args)
    {
        var result = Run(workingDirectory, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    // The CLI that runs the tests names itself, so nested commands use the same SDK as the outer build.
    public static string Executable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
