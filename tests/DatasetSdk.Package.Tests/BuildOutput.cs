using System.Text.RegularExpressions;

namespace DatasetSdk.Package.Tests;

internal sealed record BuildDiagnostic(string Id, string Message);

/// <summary>Reads what a dotnet build printed.</summary>
internal static class BuildOutput
{
    /// <summary>Every distinct error and warning; MSBuild repeats each one in its summary.</summary>
    public static List<BuildDiagnostic> Diagnostics(string output) =>
        Regex.Matches(output, @"(?:error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?\r?$", RegexOptions.Multiline)
            .Select(m => new BuildDiagnostic(m.Groups["id"].Value, m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();
}
