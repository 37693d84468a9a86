using System.CommandLine;
using DatasetSdk.Generator;
using DatasetSdk.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DatasetSdk.Cli;

/// <summary>
/// <c>check &lt;dir&gt;</c>: the DSDK0xx diagnostics a build over these seeds would report, for a corpus's own
/// CI. They come from the generator's own code (<c>CorpusBuild</c>) and print in the compiler's format, so
/// ids, messages and lines are the build's.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CommandLine.SeedsArgument();
        var warningsAsErrors = new Option<bool>("--warnaserror")
        {
            Description = "Fail (exit code 1) on warnings too, as a build with TreatWarningsAsErrors would.",
        };
        var command = new Command("check", "Print the DSDK diagnostics a build over these seeds would give; exit code 1 when any is an error.") { dir, warningsAsErrors };
        command.SetAction(result => Run(context, result.GetRequiredValue(dir), result.GetValue(warningsAsErrors)));
        return command;
    }

    private static int Run(CliContext context, string input, bool warningsAsErrors)
    {
        var seeds = SeedDirectory.Open(input);
        var build = seeds.Build(context.Progress);
        // The build's limit at its default: the CLI cannot see the project's DatasetSdkMaxStatements.
        var diagnostics = build.Diagnostics.Concat(build.TooLarge(CorpusBuild.DefaultMaxStatements) is { } tooLarge ? new[] { tooLarge } : Array.Empty<DiagnosticInfo>())
            .Select(d => d.ToDiagnostic()).ToList();
        foreach (var diagnostic in diagnostics) context.Out.WriteLine(diagnostic.ToString());

        int Count(DiagnosticSeverity severity) => diagnostics.Count(d => d.Severity == severity);
        context.Out.WriteLine($"{seeds.Files.Length} files checked: {Plural(Count(DiagnosticSeverity.Error), "error")}, " +
                              $"{Plural(Count(DiagnosticSeverity.Warning), "warning")}, {Plural(Count(DiagnosticSeverity.Info), "message")}");
        return ExitCode(diagnostics, warningsAsErrors);
    }

    /// <summary>1 when the build would fail: on an error, or with <paramref name="warningsAsErrors"/> on a warning too.</summary>
    internal static int ExitCode(IEnumerable<Diagnostic> diagnostics, bool warningsAsErrors) =>
        diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || (warningsAsErrors && d.Severity == DiagnosticSeverity.Warning))
            ? CommandLine.Failed
            : CommandLine.Ok;

    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
